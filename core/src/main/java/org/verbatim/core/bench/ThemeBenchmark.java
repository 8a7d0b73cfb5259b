package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Code;
import org.verbatim.core.project.Project;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.Cooccurrence;
import org.verbatim.core.themes.EvidenceMatrices;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Measure;
import org.verbatim.core.themes.PassageQuery;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.Proximity;
import org.verbatim.core.themes.Saturation;

/**
 * Times the theme engine on the {@link BenchStudy} (the agreement benchmark's generated study
 * stored in SQLite: N documents × 3 coders × 50 codes, one participant per document, 30 theme
 * nodes). Every timing includes reading the layer (all coders) from the store.
 */
public final class ThemeBenchmark {
  /**
   * @param evidence prevalence of every node + overlap co-occurrence + theme × discipline matrix,
   *     per run
   * @param saturation saturation in import order, per run
   * @param fill storing the study; zero when an earlier run's study was reused
   * @param passageMillis first 100 passages of a code, one entry per query, sorted
   */
  public record Result(
      int documents,
      long codings,
      int nodes,
      Duration fill,
      List<Duration> evidence,
      List<Duration> saturation,
      double[] passageMillis) {
    public double passagePercentile(double p) {
      int i = (int) Math.ceil(p / 100.0 * passageMillis.length) - 1;
      return passageMillis[Math.max(0, Math.min(i, passageMillis.length - 1))];
    }
  }

  private ThemeBenchmark() {}

  /**
   * Times {@code runs} rounds of each view on the study in {@code work} ({@link BenchStudy}: built
   * there unless a complete one of the same settings is there already).
   */
  public static Result run(AgreementBenchmark.Settings settings, Path work, int runs) {
    BenchStudy.Stored stored = BenchStudy.prepare(settings, work, Optional.empty());
    try (Project project = Project.open(stored.project())) {
      ProjectStore store = project.store();
      int nodes = store.themes().list().size();
      EvidenceService evidence = project.services().evidence();
      List<Duration> views = new ArrayList<>();
      List<Duration> saturation = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long begin = System.nanoTime();
        LayerSnapshot s = evidence.snapshot(Optional.of(Layer.all()));
        Prevalence.ofNodes(s);
        Cooccurrence.of(s, Proximity.OVERLAP);
        EvidenceMatrices.byAttribute(
            s, EvidenceMatrices.themeRows(s), Measure.PARTICIPANTS, "discipline");
        views.add(since(begin));
        begin = System.nanoTime();
        Saturation.of(
            evidence.snapshot(Optional.of(Layer.all())), Optional.empty(), Saturation.DEFAULT_K);
        saturation.add(since(begin));
      }
      List<Code> codes = store.codes().list();
      List<Double> millis = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Code c : codes) {
          long begin = System.nanoTime();
          evidence.passages(Optional.of(Layer.all()), PassageQuery.ofCode(c.id()).page(0, 100));
          millis.add(since(begin).toNanos() / 1e6);
        }
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      long codings = evidence.snapshot(Optional.of(Layer.all())).codings().size();
      return new Result(
          settings.documents(), codings, nodes, stored.fill(), views, saturation, sorted);
    }
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
