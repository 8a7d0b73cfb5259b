package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.ParticipantRow;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Theme;
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
import org.verbatim.core.themes.ThemeService;

/**
 * Times the theme engine on the agreement benchmark's generated study stored in SQLite: N documents
 * × 3 coders × 50 codes (10 top-level codes with 4 subcodes), one participant per document with a
 * discipline (5 values), and a theme tree of 10 themes (each linking a top-level code) with 2
 * subthemes each (2 subcodes apiece). Every timing includes reading the layer (all coders) from the
 * store.
 */
public final class ThemeBenchmark {
  private static final String[] DISCIPLINES = {
    "nursing", "social work", "psychiatry", "peer", "psychology"
  };

  /**
   * @param evidence prevalence of every node + overlap co-occurrence + theme × discipline matrix,
   *     per run
   * @param saturation saturation in import order, per run
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

  /** Builds the study in {@code work} and times {@code runs} rounds of each view. */
  public static Result run(AgreementBenchmark.Settings settings, Path work, int runs) {
    AgreementBenchmark.Study study = AgreementBenchmark.Study.generate(settings, work);
    try (Project project = Project.create(work.resolve("project"))) {
      ProjectStore store = project.store();
      long begin = System.nanoTime();
      AgreementStoreBenchmark.fill(store, study);
      attachParticipants(store);
      int nodes = buildThemes(store);
      Duration fill = since(begin);
      EvidenceService evidence = project.services().evidence();
      List<Duration> views = new ArrayList<>();
      List<Duration> saturation = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        begin = System.nanoTime();
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
          begin = System.nanoTime();
          evidence.passages(Optional.of(Layer.all()), PassageQuery.ofCode(c.id()).page(0, 100));
          millis.add(since(begin).toNanos() / 1e6);
        }
      }
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      long codings = store.codings().all(Optional.empty()).size();
      return new Result(settings.documents(), codings, nodes, fill, views, saturation, sorted);
    }
  }

  private static void attachParticipants(ProjectStore store) {
    List<ParticipantRow> rows = new ArrayList<>();
    List<DocumentSummary> docs = store.documents().list();
    for (int i = 0; i < docs.size(); i++) {
      rows.add(
          new ParticipantRow(
              docs.get(i).name(),
              "P" + (i + 1),
              Map.of(
                  "discipline",
                  DISCIPLINES[i % DISCIPLINES.length],
                  "interviewed",
                  Integer.toString(i)),
              "bench row " + (i + 1)));
    }
    store.participants().attach(rows, "bench");
  }

  private static int buildThemes(ProjectStore store) {
    ThemeService themes = new ThemeService(store.themes(), store.codes());
    Actor actor = new Actor("bench", Role.OWNER, Optional.empty());
    Map<CodeId, List<CodeId>> children = new HashMap<>();
    List<Code> tops = new ArrayList<>();
    for (Code c : store.codes().list()) {
      if (c.parent().isEmpty()) {
        tops.add(c);
      } else {
        children.computeIfAbsent(c.parent().get(), k -> new ArrayList<>()).add(c.id());
      }
    }
    int nodes = 0;
    for (Code top : tops) {
      Theme t =
          themes.create(actor, Optional.empty(), "Theme " + top.name(), "", List.of(top.id()));
      List<CodeId> subs = children.getOrDefault(top.id(), List.of());
      nodes++;
      for (int half = 0; half < 2; half++) {
        List<CodeId> part =
            subs.subList(Math.min(subs.size(), half * 2), Math.min(subs.size(), half * 2 + 2));
        themes.create(actor, Optional.of(t.id()), "Sub " + top.name() + " " + (half + 1), "", part);
        nodes++;
      }
    }
    return nodes;
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
