package org.verbatim.core.coding;

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
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.project.Project;
import org.verbatim.core.search.SearchQuery;

/**
 * The coding rules that belong to the service, not the store: a range fits its document, the code
 * and the document exist, and "code all" codes spans or search results as one action.
 */
class CodingServiceIT {
  private static final String TEXT = "Hope matters. Trust grows slowly.";

  @TempDir Path dir;
  private Project project;
  private CodingService codings;
  private DocumentSummary doc;
  private Code hope;
  private Actor mei;

  @BeforeEach
  void open() {
    project = Project.create(dir.resolve("p"));
    doc =
        project
            .store()
            .documents()
            .add(
                new DocumentContent(
                    "P01",
                    Language.ENGLISH,
                    SourceFormat.TXT,
                    TEXT,
                    List.of(Turn.untimed(0, Optional.of("Ann"), new Span(0, TEXT.length()))),
                    List.of()),
                "tester");
    project.indexDocument(doc.id());
    hope =
        project.store().codes().create(new NewCode(Optional.empty(), "Hope", "", "#336699"), "t");
    mei =
        new Actor(
            "mei", Role.CODER, Optional.of(project.store().coders().ensure("mei", "tester").id()));
    codings = project.services().codings();
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void aBatchOfCodingsWithOneBadSpanLeavesNothingBehind() {
    List<DocumentSpan> batch =
        List.of(
            new DocumentSpan(doc.id(), new Span(0, 5)),
            new DocumentSpan(doc.id(), new Span(3, doc.length() + 1)));
    assertThatThrownBy(() -> codings.createAll(mei, hope.id(), batch, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("<= " + doc.length())
        .hasMessageContaining("document 'P01'");
    assertThat(project.store().codings().all(Optional.empty())).isEmpty();
    codings.createAll(mei, hope.id(), batch.subList(0, 1), "");
    assertThat(codings.forDocument(mei, doc.id(), java.util.Set.of())).hasSize(1);
  }

  @Test
  void aCodingEditMustKeepItsRangeInsideTheDocument() {
    Coding k = codings.create(mei, doc.id(), hope.id(), new Span(0, 5), "");
    int length = doc.length();
    assertThatThrownBy(
            () ->
                codings.edit(
                    mei,
                    k.id(),
                    1,
                    new CodingEdit(
                        Optional.of(new Span(3, length + 1)), Optional.empty(), Optional.empty())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("<= " + length);
    assertThat(codings.get(mei, k.id()).span()).isEqualTo(new Span(0, 5));
  }

  @Test
  void codingWithACodeOrDocumentThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> codings.create(mei, doc.id(), new CodeId(999), new Span(0, 4), ""))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no code with id 999");
    assertThatThrownBy(
            () -> codings.create(mei, new DocumentId(999), hope.id(), new Span(0, 4), ""))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no document with id 999");
    Coding k = codings.create(mei, doc.id(), hope.id(), new Span(0, 4), "");
    assertThatThrownBy(
            () ->
                codings.edit(
                    mei,
                    k.id(),
                    1,
                    new CodingEdit(
                        Optional.empty(), Optional.of(new CodeId(999)), Optional.empty())))
        .isInstanceOf(NotFoundException.class);
    assertThat(project.store().codings().all(Optional.empty())).hasSize(1);
  }

  @Test
  void aRangeThatIsEmptyOrReversedIsRefusedBeforeItBecomesASpan() {
    assertThatThrownBy(() -> CodingService.range(5, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("[5, 5)");
    assertThatThrownBy(() -> CodingService.range(-1, 4)).isInstanceOf(InvalidInputException.class);
    assertThat(CodingService.range(2, 4)).isEqualTo(new Span(2, 4));
  }

  @Test
  void codingAllSearchResultsWidensEachHitToItsTurnAndSkipsWhatIsCodedAlready() {
    CodingSource results = new CodingSource.SearchResults(SearchQuery.of("trust"), Expansion.TURN);
    List<Coding> created = codings.codeAll(mei, hope.id(), results, "");
    assertThat(created).extracting(Coding::span).containsExactly(new Span(0, TEXT.length()));
    assertThat(codings.codeAll(mei, hope.id(), results, "")).isEmpty();
    List<Coding> explicit =
        codings.codeAll(
            mei,
            hope.id(),
            new CodingSource.Spans(List.of(new DocumentSpan(doc.id(), new Span(0, 4)))),
            "");
    assertThat(explicit).extracting(Coding::span).containsExactly(new Span(0, 4));
  }
}
