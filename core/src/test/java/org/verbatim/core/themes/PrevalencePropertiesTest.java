package org.verbatim.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeStatus;
import org.verbatim.core.store.DocumentStore;

/** Properties of prevalence over random studies built in memory (no texts are read). */
class PrevalencePropertiesTest {
  private static final List<Coder> CODERS =
      List.of(
          new Coder(new CoderId(1), "a"),
          new Coder(new CoderId(2), "b"),
          new Coder(new CoderId(3), "c"));

  @Test
  void prevalence_never_exceeds_the_participants_and_a_union_is_at_least_each_coder() {
    for (int seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      Study s = Study.random(r);
      ResolvedLayer union = new ResolvedLayer(Layer.union(List.of("a", "b", "c")), CODERS, false);
      Map<ThemeId, Support> all = Prevalence.ofNodes(s.snapshot(union));
      for (Coder coder : CODERS) {
        ResolvedLayer one = new ResolvedLayer(Layer.coder(coder.name()), List.of(coder), false);
        Map<ThemeId, Support> single = Prevalence.ofNodes(s.snapshot(one));
        for (ThemeId node : all.keySet()) {
          Support u = all.get(node);
          Support c = single.get(node);
          assertThat(u.count()).as("seed %d", seed).isLessThanOrEqualTo(u.of());
          assertThat(c.count()).as("seed %d", seed).isLessThanOrEqualTo(c.of());
          assertThat(u.count()).as("seed %d", seed).isGreaterThanOrEqualTo(c.count());
          assertThat(u.passages()).as("seed %d", seed).isGreaterThanOrEqualTo(c.passages());
          assertThat(u.participants()).as("seed %d", seed).containsAll(c.participants());
        }
      }
      // a parent node is supported by at least as many participants as any child
      ThemeTree tree = new ThemeTree(s.themes);
      for (Theme t : s.themes) {
        for (Theme child : tree.children(t.id())) {
          assertThat(all.get(t.id()).count()).isGreaterThanOrEqualTo(all.get(child.id()).count());
        }
      }
    }
  }

  /** A random study: documents with some participants shared, codes, a random tree, codings. */
  record Study(
      List<DocumentSummary> docs, List<Code> codes, List<Theme> themes, List<Coding> codings) {
    static Study random(Random r) {
      int participants = 1 + r.nextInt(6);
      List<DocumentSummary> docs = new ArrayList<>();
      int n = 1 + r.nextInt(10);
      for (int d = 1; d <= n; d++) {
        Optional<Participant> p =
            r.nextInt(5) == 0
                ? Optional.empty()
                : Optional.of(
                    new Participant(
                        new ParticipantId(1 + r.nextInt(participants)),
                        "P" + r.nextInt(participants),
                        Map.of()));
        docs.add(
            new DocumentSummary(
                new DocumentId(d),
                "doc" + d,
                Language.ENGLISH,
                SourceFormat.TXT,
                "h" + d,
                1000,
                100,
                0,
                p,
                Instant.EPOCH));
      }
      List<Code> codes = new ArrayList<>();
      int k = 1 + r.nextInt(8);
      for (int c = 1; c <= k; c++) {
        Optional<CodeId> parent =
            c > 1 && r.nextBoolean()
                ? Optional.of(new CodeId(1 + r.nextInt(c - 1)))
                : Optional.empty();
        codes.add(new Code(new CodeId(c), parent, "code" + c, "", "#000000", 1));
      }
      List<Theme> themes = new ArrayList<>();
      int t = 1 + r.nextInt(6);
      for (int i = 1; i <= t; i++) {
        Optional<ThemeId> parent =
            i > 1 && r.nextBoolean()
                ? Optional.of(new ThemeId(1 + r.nextInt(i - 1)))
                : Optional.empty();
        List<CodeId> linked = new ArrayList<>();
        for (Code c : codes) {
          if (r.nextInt(3) == 0) {
            linked.add(c.id());
          }
        }
        themes.add(
            new Theme(new ThemeId(i), parent, "t" + i, "", i, ThemeStatus.DRAFT, "", linked, 1));
      }
      List<Coding> codings = new ArrayList<>();
      int m = r.nextInt(40);
      for (int i = 1; i <= m; i++) {
        int start = r.nextInt(900);
        codings.add(
            new Coding(
                new CodingId(i),
                new DocumentId(1 + r.nextInt(n)),
                new CodeId(1 + r.nextInt(k)),
                CODERS.get(r.nextInt(3)).id(),
                new Span(start, start + 1 + r.nextInt(99)),
                "",
                Instant.EPOCH,
                Instant.EPOCH,
                1));
      }
      return new Study(docs, codes, themes, codings);
    }

    LayerSnapshot snapshot(ResolvedLayer layer) {
      return new LayerSnapshot(
          layer,
          docs,
          codes,
          new ThemeTree(themes),
          codings.stream().map(CodedSpan::of).toList(),
          CODERS,
          new DocumentCache(NO_TEXTS, 1),
          LayerSnapshot.Memos.NONE);
    }
  }

  /** Prevalence reads no texts; this store says so if it is ever asked. */
  private static final DocumentStore NO_TEXTS =
      new DocumentStore() {
        @Override
        public DocumentSummary add(DocumentContent content, String actor) {
          throw new UnsupportedOperationException("prevalence must not write documents");
        }

        @Override
        public List<DocumentSummary> list() {
          throw new UnsupportedOperationException("prevalence must not list documents");
        }

        @Override
        public Optional<Document> get(DocumentId id) {
          throw new UnsupportedOperationException("prevalence must not read texts");
        }

        @Override
        public Optional<Document> byName(String name) {
          throw new UnsupportedOperationException("prevalence must not read texts");
        }

        @Override
        public Optional<DocumentSummary> bySha256(String sha256) {
          throw new UnsupportedOperationException("prevalence must not read texts");
        }

        @Override
        public Optional<DocumentSummary> summary(DocumentId id) {
          throw new UnsupportedOperationException("prevalence must not read documents");
        }

        @Override
        public Optional<String> text(DocumentId id) {
          throw new UnsupportedOperationException("prevalence must not read texts");
        }

        @Override
        public void markIndexed(java.util.Collection<DocumentId> documents) {
          throw new UnsupportedOperationException("prevalence must not write documents");
        }

        @Override
        public void markNotIndexed(java.util.Collection<DocumentId> documents) {
          throw new UnsupportedOperationException("prevalence must not write documents");
        }

        @Override
        public List<DocumentId> notIndexed() {
          throw new UnsupportedOperationException("prevalence must not list documents");
        }
      };
}
