package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.nlp.AnnotationService;
import org.verbatim.core.project.Project;
import org.verbatim.core.store.AnnotationStore;
import org.verbatim.core.words.WordList;
import org.verbatim.core.words.WordScope;
import org.verbatim.core.words.WordService;

/**
 * Times word frequencies on the {@link BenchStudy}: annotating the documents (once; the study's
 * transcripts repeat its templates, so each distinct text is annotated once and the copies take its
 * cached tokens), then rounds of the word views over the cached annotations against a baseline that
 * only reads every document's cached tokens.
 */
public final class WordsBenchmark {
  /** Words each frequency view returns, as the Words page asks for. */
  public static final int LIMIT = 100;

  /** One view's timings over the runs. */
  public record Timing(String what, List<Duration> runs) {
    public Timing {
      runs = List.copyOf(runs);
    }

    public Duration median() {
      return Durations.median(runs);
    }

    public Duration worst() {
      return Durations.worst(runs);
    }
  }

  /**
   * The study's size, storing and annotating times (zero when reused), how many documents were
   * annotated now, the words counted project-wide, the baseline and every view timed.
   */
  public record Result(
      int documents,
      long words,
      Duration fill,
      Duration annotate,
      int annotated,
      Timing baseline,
      List<Timing> timings) {
    public Result {
      timings = List.copyOf(timings);
    }

    /** The timing of the view named {@code what}. */
    public Timing timing(String what) {
      return timings.stream().filter(t -> t.what().equals(what)).findFirst().orElseThrow();
    }
  }

  private WordsBenchmark() {}

  /**
   * Prepares the study in {@code work} (reused when one of the same settings is there), annotates
   * what is not cached yet, then times {@code runs} rounds of: every document's cached tokens read
   * (baseline), the project's frequencies, those of one discipline, a top-level code's frequencies
   * and distinctive words, and the keyword-in-context lines of the project's top word.
   */
  public static Result run(
      AgreementBenchmark.Settings settings, Path work, Optional<Integer> codings, int runs) {
    BenchStudy.Stored stored = BenchStudy.prepare(settings, work, codings);
    try (Project project = Project.open(stored.project())) {
      AnnotationService annotations = project.services().annotations();
      List<DocumentId> ids =
          project.store().documents().list().stream().map(DocumentSummary::id).toList();
      List<DocumentSummary> docs = project.store().documents().list();
      Map<String, DocumentSummary> byName = new HashMap<>();
      docs.forEach(d -> byName.put(d.name(), d));
      List<DocumentId> templates = new ArrayList<>();
      for (int n = 0; n < Math.min(settings.templates(), docs.size()); n++) {
        templates.add(byName.get(AgreementBenchmark.Study.name(n)).id());
      }
      long begin = System.nanoTime();
      int annotated = annotations.annotate(templates);
      Duration annotate = Duration.ofNanos(System.nanoTime() - begin);
      copyTemplateTokens(project, settings.templates(), byName);

      WordService words = project.services().words();
      Code code =
          project.store().codes().list().stream()
              .filter(c -> c.parent().isEmpty())
              .findFirst()
              .orElseThrow();
      WordScope project1 = WordScope.project();
      WordScope nursing = project1.where(Map.of("discipline", "nursing"));
      WordScope ofCode = project1.ofCode(code.id());
      Timing baseline =
          time(
              "read cached tokens",
              runs,
              () -> ids.stream().mapToLong(id -> annotations.tokens(id).size()).sum());
      List<Timing> timings = new ArrayList<>();
      WordList all = words.frequencies(project1, LIMIT);
      timings.add(time("project", runs, () -> words.frequencies(project1, LIMIT)));
      timings.add(time("discipline=nursing", runs, () -> words.frequencies(nursing, LIMIT)));
      timings.add(time("code", runs, () -> words.frequencies(ofCode, LIMIT)));
      timings.add(time("code distinctive", runs, () -> words.distinctive(ofCode, LIMIT)));
      String top = all.words().get(0).word();
      timings.add(time("kwic", runs, () -> words.kwic(project1, top, LIMIT)));
      return new Result(
          ids.size(), all.tokens(), stored.fill(), annotate, annotated, baseline, timings);
    }
  }

  /** Caches, for every document not yet annotated, the tokens of the template it repeats. */
  private static void copyTemplateTokens(
      Project project, int templates, Map<String, DocumentSummary> byName) {
    AnnotationService annotations = project.services().annotations();
    AnnotationStore cache = project.store().annotations();
    for (int n = templates; n < byName.size(); n++) {
      DocumentSummary copy = byName.get(AgreementBenchmark.Study.name(n));
      if (annotations.isCached(copy.id())) {
        continue;
      }
      DocumentSummary template = byName.get(AgreementBenchmark.Study.name(n % templates));
      String version = annotations.version(template.language());
      byte[] blob = cache.get(template.id(), version, template.sha256()).orElseThrow();
      cache.put(copy.id(), version, copy.sha256(), blob);
    }
  }

  private static Timing time(String what, int runs, Supplier<?> view) {
    List<Duration> times = new ArrayList<>();
    for (int r = 0; r < Math.max(1, runs); r++) {
      long begin = System.nanoTime();
      if (view.get() == null) {
        throw new IllegalStateException(what + " returned nothing");
      }
      times.add(Duration.ofNanos(System.nanoTime() - begin));
    }
    return new Timing(what, times);
  }
}
