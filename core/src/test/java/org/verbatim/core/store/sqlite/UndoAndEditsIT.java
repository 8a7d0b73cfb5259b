package org.verbatim.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeEdit;
import org.verbatim.core.model.CodeMerge;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.UndoOutcome;

class UndoAndEditsIT {
  @TempDir Path dir;
  private SqliteProjectStore store;
  private DocumentSummary doc;
  private Coder ann;
  private Coder ben;

  @BeforeEach
  void open() {
    store = SqliteProjectStore.open(dir.resolve("project.sqlite"));
    doc =
        store
            .documents()
            .add(
                new DocumentContent(
                    "P01",
                    Language.ENGLISH,
                    SourceFormat.TXT,
                    "We trusted the team. Then it changed.",
                    List.of(),
                    List.of()),
                "test");
    ann = store.coders().ensure("ann", "test");
    ben = store.coders().ensure("ben", "test");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Code code(String name) {
    return store.codes().create(new NewCode(Optional.empty(), name, "", "#123456"), "ann");
  }

  private Coding coding(Coder coder, Code code, int start, int end) {
    return store
        .codings()
        .addAll(
            List.of(new NewCoding(doc.id(), code.id(), coder.id(), new Span(start, end), "")),
            coder.name())
        .get(0);
  }

  @Test
  void renamingWithAStaleVersionIsAConflictAndChangesNothing() {
    Code trust = code("Trust");
    store
        .codes()
        .edit(
            trust.id(),
            trust.version(),
            new CodeEdit(Optional.of("Trust in team"), Optional.empty(), Optional.empty()),
            "ben");
    assertThatThrownBy(
            () ->
                store
                    .codes()
                    .edit(
                        trust.id(),
                        trust.version(),
                        new CodeEdit(Optional.of("Faith"), Optional.empty(), Optional.empty()),
                        "ann"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 2");
    assertThat(store.codes().get(trust.id()).orElseThrow().name()).isEqualTo("Trust in team");
  }

  @Test
  void undoRevertsTheActorsLatestActionAndRedoReappliesIt() {
    Code trust = code("Trust");
    Code renamed =
        store
            .codes()
            .edit(
                trust.id(),
                1,
                new CodeEdit(Optional.of("Faith"), Optional.empty(), Optional.empty()),
                "ann");
    assertThat(renamed.version()).isEqualTo(2);

    UndoOutcome undone = store.undo().undo("ann").orElseThrow();
    assertThat(undone.label()).isEqualTo("rename code 'Trust' to 'Faith'");
    assertThat(store.codes().get(trust.id()).orElseThrow().name()).isEqualTo("Trust");
    assertThat(store.undo().state("ann").redo()).contains("rename code 'Trust' to 'Faith'");

    store.undo().redo("ann").orElseThrow();
    assertThat(store.codes().get(trust.id()).orElseThrow().name()).isEqualTo("Faith");
    assertThat(store.audit().list(0, 100)).extracting(e -> e.action()).contains("undo", "redo");
  }

  @Test
  void aBatchOfCodingsIsOneUndoableAction() {
    Code trust = code("Trust");
    List<Coding> batch =
        store
            .codings()
            .addAll(
                List.of(
                    new NewCoding(doc.id(), trust.id(), ann.id(), new Span(0, 5), ""),
                    new NewCoding(doc.id(), trust.id(), ann.id(), new Span(21, 25), "")),
                "ann");
    assertThat(batch).hasSize(2);
    store.undo().undo("ann").orElseThrow();
    assertThat(store.codings().forDocument(doc.id(), Optional.empty())).isEmpty();
    store.undo().redo("ann").orElseThrow();
    assertThat(store.codings().forDocument(doc.id(), Optional.empty())).hasSize(2);
  }

  @Test
  void undoIsRefusedWhenSomeoneChangedTheEntitySince() {
    Code trust = code("Trust");
    store
        .codes()
        .edit(
            trust.id(),
            1,
            new CodeEdit(Optional.empty(), Optional.of("by ann"), Optional.empty()),
            "ann");
    store
        .codes()
        .edit(
            trust.id(),
            2,
            new CodeEdit(Optional.empty(), Optional.of("by ben"), Optional.empty()),
            "ben");
    assertThatThrownBy(() -> store.undo().undo("ann")).isInstanceOf(ConflictException.class);
    assertThat(store.codes().get(trust.id()).orElseThrow().definition()).isEqualTo("by ben");
  }

  @Test
  void aNewActionClearsTheRedoHistory() {
    Code trust = code("Trust");
    store.undo().undo("ann").orElseThrow();
    assertThat(store.codes().get(trust.id())).isEmpty();
    code("Hope");
    assertThat(store.undo().redo("ann")).isEmpty();
  }

  @Test
  void mergeMovesCodingsAndChildrenDeletesDuplicatesAndUndoesAsOne() {
    Code a = code("Trust");
    Code b = code("Faith");
    Code child =
        store.codes().create(new NewCode(Optional.of(a.id()), "In managers", "", "#123456"), "ann");
    Coding moved = coding(ann, a, 0, 5);
    Coding dup = coding(ben, a, 6, 13);
    coding(ben, b, 6, 13);

    CodeMerge merge = store.codes().merge(a.id(), a.version(), b.id(), Optional.empty(), "owner");
    assertThat(merge.moved()).extracting(Coding::id).containsExactly(moved.id());
    assertThat(merge.removedDuplicates()).extracting(Coding::id).containsExactly(dup.id());
    assertThat(store.codes().get(a.id())).isEmpty();
    assertThat(store.codes().get(child.id()).orElseThrow().parent()).contains(b.id());
    assertThat(store.codings().get(moved.id()).orElseThrow().code()).isEqualTo(b.id());

    store.undo().undo("owner").orElseThrow();
    assertThat(store.codes().get(a.id())).isPresent();
    assertThat(store.codes().get(child.id()).orElseThrow().parent()).contains(a.id());
    assertThat(store.codings().get(moved.id()).orElseThrow().code()).isEqualTo(a.id());
    assertThat(store.codings().get(dup.id())).isPresent();
  }

  @Test
  void aCoderMayNotMergeOrDeleteACodeOtherCodersUse() {
    Code a = code("Trust");
    code("Faith");
    coding(ben, a, 0, 5);
    assertThatThrownBy(
            () -> store.codes().delete(a.id(), a.version(), Optional.of(ann.id()), "ann"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("in use")
        .hasMessageNotContaining("other coders");
  }

  @Test
  void deletingACodeDeletesItsCodingsAndUndoBringsBothBack() {
    Code a = code("Trust");
    Coding k = coding(ann, a, 0, 5);
    assertThat(store.codes().delete(a.id(), 1, Optional.empty(), "owner").codings()).hasSize(1);
    assertThat(store.codings().get(k.id())).isEmpty();
    store.undo().undo("owner").orElseThrow();
    assertThat(store.codings().get(k.id())).isPresent();
    assertThat(store.codes().get(a.id())).isPresent();
  }

  @Test
  void movingACodeUnderItsOwnDescendantIsRefused() {
    Code a = code("Trust");
    Code child =
        store.codes().create(new NewCode(Optional.of(a.id()), "Sub", "", "#123456"), "ann");
    assertThatThrownBy(() -> store.codes().move(a.id(), 1, Optional.of(child.id()), "ann"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(store.codes().move(child.id(), 1, Optional.empty(), "ann").parent()).isEmpty();
  }

  @Test
  void codingEditsCheckTheVersion() {
    // whether the new range fits the document is CodingService's rule (CodingServiceIT)
    Code a = code("Trust");
    Coding k = coding(ann, a, 0, 5);
    Coding edited =
        store
            .codings()
            .edit(
                k.id(),
                1,
                new CodingEdit(Optional.of(new Span(3, 8)), Optional.empty(), Optional.of("why")),
                "ann");
    assertThat(edited.span()).isEqualTo(new Span(3, 8));
    assertThat(edited.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.codings().delete(k.id(), 1, "ann"))
        .isInstanceOf(ConflictException.class);
    store.codings().delete(k.id(), 2, "ann");
    assertThatThrownBy(() -> store.codings().delete(k.id(), 3, "ann"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void redoOfACodingWhoseCodeWasDeletedMeanwhileIsAConflict() {
    Code a = code("Trust");
    Code keep = code("Keep");
    Coding k = coding(ann, a, 0, 5);
    store.undo().undo("ann").orElseThrow(); // the coding is gone again
    store.codes().delete(a.id(), 1, Optional.empty(), "owner");
    assertThatThrownBy(() -> store.undo().redo("ann")).isInstanceOf(ConflictException.class);
    assertThat(store.codings().get(k.id())).isEmpty();
    assertThat(keep.name()).isEqualTo("Keep");
  }

  @Test
  void undoingTheCreationOfACodeAnotherCoderUsesIsRefusedAndTheStackStaysUsable() {
    Code trust = code("Trust");
    Coding bens = coding(ben, trust, 0, 5);
    assertThatThrownBy(() -> store.undo().undo("ann"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cannot undo 'create code 'Trust''")
        .hasMessageContaining("in use")
        .hasMessageNotContaining("ben");
    assertThat(store.codes().get(trust.id())).isPresent();
    assertThat(store.codings().get(bens.id())).isPresent();
    assertThat(store.undo().state("ann").undo()).contains("create code 'Trust'");

    store.codings().delete(bens.id(), bens.version(), "ben");
    store.undo().undo("ann").orElseThrow();
    assertThat(store.codes().get(trust.id())).isEmpty();
  }

  @Test
  void undoingTheCreationOfAParentCodeThatHoldsAnotherCodersSubcodeIsRefused() {
    Code parent = code("Trust");
    Code child =
        store.codes().create(new NewCode(Optional.of(parent.id()), "Faith", "", "#123456"), "ben");
    assertThatThrownBy(() -> store.undo().undo("ann"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("has subcodes");
    assertThat(store.codes().get(parent.id())).isPresent();
    assertThat(store.codes().get(child.id()).orElseThrow().parent()).contains(parent.id());
  }

  @Test
  void redoingACodeDeletionIsRefusedWhenAnotherCoderCodedWithItMeanwhile() {
    Code trust = code("Trust");
    store.codes().delete(trust.id(), trust.version(), Optional.empty(), "ann");
    store.undo().undo("ann").orElseThrow();
    Coding bens = coding(ben, trust, 0, 5);
    assertThatThrownBy(() -> store.undo().redo("ann"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cannot redo");
    assertThat(store.codes().get(trust.id())).isPresent();
    assertThat(store.codings().get(bens.id())).isPresent();
    assertThat(store.undo().state("ann").redo()).isPresent();
  }
}
