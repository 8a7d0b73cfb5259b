package org.verbatim.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Paging passages in the store ({@link PassageRetrieval#findPaged}, what {@link
 * EvidenceService#passages} answers with) gives exactly the pages of the in-memory retrieval over
 * the whole layer ({@link PassageRetrieval#find}), on {@link HandStudy} with a few hundred random
 * codings added (same spans by several coders, soft-deleted codings) and a document "a0" whose
 * participant "Z" sorts last although its name sorts first.
 */
class PassagePagingIT {
  @TempDir Path dir;
  HandStudy study;
  EvidenceService evidence;
  final List<Coding> added = new ArrayList<>();

  @BeforeEach
  void build() {
    study = new HandStudy(dir);
    var a0 =
        study
            .store
            .documents()
            .add(
                new DocumentContent(
                    "a0",
                    Language.ENGLISH,
                    SourceFormat.TXT,
                    HandStudy.TEXT + "#a0",
                    List.of(Turn.untimed(0, Optional.of("Zoe"), new Span(5, 26))),
                    List.of()),
                "test");
    study.docs.put("a0", a0.id());
    study
        .store
        .participants()
        .attach(
            List.of(new ParticipantRow("a0", "Z", Map.of("discipline", "nursing"), "line z")),
            "test");
    Random r = new Random(7);
    List<String> names = List.of("a0", "d1", "d2", "d3", "d4", "d5", "d6");
    List<String> codes = List.of("Hope", "Family", "Stigma", "Work", "Pay");
    List<NewCoding> codings = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int start = r.nextInt(50);
      Span span = new Span(start, start + 1 + r.nextInt(8));
      var doc = study.docs.get(names.get(r.nextInt(names.size())));
      var code = study.codes.get(codes.get(r.nextInt(codes.size())));
      codings.add(
          new NewCoding(
              doc,
              code,
              r.nextBoolean() ? study.meiId : study.jamesId,
              span,
              i % 3 == 0 ? "m" + i : ""));
      if (i % 10 == 0) {
        // the same span by the other coder: ties broken by id
        codings.add(new NewCoding(doc, code, study.jamesId, span, ""));
      }
    }
    added.addAll(study.store.codings().addAll(codings, "test"));
    for (int i = 0; i < added.size(); i += 17) {
      Coding c = added.get(i);
      study.store.codings().delete(c.id(), c.version(), "test");
    }
    evidence = new EvidenceService(study.store);
  }

  @AfterEach
  void close() {
    study.close();
  }

  /** The page as retrieval computed it before paging in the store: over the whole layer. */
  private PassagePage inMemory(Optional<Layer> layer, PassageQuery q) {
    ResolvedLayer resolved = evidence.layer(layer);
    return PassageRetrieval.find(
        LayerSnapshot.load(study.store, resolved, new DocumentCache(study.store.documents(), 16)),
        q);
  }

  @Test
  void paged_in_the_store_every_page_equals_the_in_memory_page() {
    List<Optional<Layer>> layers =
        List.of(
            Optional.empty(),
            Optional.of(Layer.all()),
            Optional.of(Layer.coder("mei")),
            Optional.of(Layer.parse("mei,james")));
    List<PassageQuery> queries = new ArrayList<>();
    for (String c : List.of("Hope", "Work", "Pay")) {
      queries.add(PassageQuery.ofCode(study.codes.get(c)));
    }
    queries.add(PassageQuery.ofTheme(study.hopeAndFamily.id()));
    queries.add(PassageQuery.ofTheme(study.structural.id()));
    List<PassageQuery> filtered = new ArrayList<>();
    for (PassageQuery q : queries) {
      filtered.add(q);
      filtered.add(q.sorted(PassageQuery.Sort.PARTICIPANT));
      filtered.add(q.coders(Set.of("james")));
      filtered.add(q.coders(Set.of("nobody")));
      filtered.add(q.documents(Set.of("d2", "a0")));
      filtered.add(q.participants(Set.of("Z", "C")).sorted(PassageQuery.Sort.PARTICIPANT));
      filtered.add(q.where(Map.of("discipline", "nursing")).sorted(PassageQuery.Sort.PARTICIPANT));
    }
    int compared = 0;
    for (Optional<Layer> layer : layers) {
      for (PassageQuery q : filtered) {
        for (int[] page : new int[][] {{0, 100}, {0, 1}, {3, 7}, {13, 20}, {40, 5}, {500, 10}}) {
          PassageQuery paged = q.page(page[0], page[1]);
          PassagePage expected = inMemory(layer, paged);
          assertThat(evidence.passages(layer, paged)).as("%s %s", layer, paged).isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(4 * 35 * 6);
    // the study is large enough that pages cross documents
    assertThat(evidence.passages(Optional.of(Layer.all()), queries.get(0)).total())
        .isGreaterThan(50);
  }

  @Test
  void a_new_coding_and_a_deleted_one_show_in_the_next_page() {
    PassageQuery hope = PassageQuery.ofCode(study.codes.get("Hope")).page(0, 3);
    PassagePage before = evidence.passages(Optional.of(Layer.all()), hope);
    // a coding at the very start of the first document by name: it becomes the first passage
    Coding first =
        study
            .store
            .codings()
            .addAll(
                List.of(
                    new NewCoding(
                        study.docs.get("a0"),
                        study.codes.get("Hope"),
                        study.meiId,
                        new Span(0, 3),
                        "new")),
                "test")
            .get(0);
    PassagePage after = evidence.passages(Optional.of(Layer.all()), hope);
    assertThat(after.total()).isEqualTo(before.total() + 1);
    assertThat(after.passages().get(0).coding()).isEqualTo(first.id());
    assertThat(after.passages().get(0).memo()).isEqualTo("new");
    assertThat(after).isEqualTo(inMemory(Optional.of(Layer.all()), hope));
    study.store.codings().delete(first.id(), first.version(), "test");
    assertThat(evidence.passages(Optional.of(Layer.all()), hope)).isEqualTo(before);
  }

  /** The participant labels of the first page of Hope passages in d1. */
  private List<String> participantsOfD1() {
    return evidence
        .passages(
            Optional.of(Layer.all()),
            PassageQuery.ofCode(study.codes.get("Hope")).documents(Set.of("d1")))
        .passages()
        .stream()
        .map(p -> p.participant().orElseThrow())
        .distinct()
        .toList();
  }

  @Test
  void the_kept_listing_is_read_again_after_a_write_in_this_process() {
    assertThat(participantsOfD1()).containsExactly("A");
    study
        .store
        .participants()
        .attach(List.of(new ParticipantRow("d1", "Q", Map.of(), "line q")), "test");
    assertThat(participantsOfD1()).containsExactly("Q");
  }

  @Test
  void the_kept_listing_is_read_again_after_a_write_by_another_connection() {
    assertThat(participantsOfD1()).containsExactly("A");
    // another process's store: a second connection to the same file
    try (var other =
        org.verbatim.core.store.sqlite.SqliteProjectStore.open(dir.resolve("project.sqlite"))) {
      other
          .participants()
          .attach(List.of(new ParticipantRow("d1", "R", Map.of(), "line r")), "other");
    }
    assertThat(participantsOfD1()).containsExactly("R");
    assertThat(study.store.changeMark()).isEqualTo(study.store.changeMark());
  }

  @Test
  void errors_are_those_of_the_in_memory_retrieval() {
    assertThatThrownBy(
            () ->
                evidence.passages(
                    Optional.of(Layer.all()),
                    PassageQuery.ofCode(study.codes.get("Hope")).where(Map.of("age", "3"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no participant has the attribute 'age'")
        .hasMessageContaining("discipline, interviewed");
  }
}
