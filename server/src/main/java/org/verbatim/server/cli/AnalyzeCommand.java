package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.project.Project;
import org.verbatim.core.themes.Cooccurrence;
import org.verbatim.core.themes.CooccurrenceMatrix;
import org.verbatim.core.themes.EvidenceCsv;
import org.verbatim.core.themes.EvidenceJson;
import org.verbatim.core.themes.EvidenceMatrices;
import org.verbatim.core.themes.EvidenceMatrix;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Measure;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.Proximity;
import org.verbatim.core.themes.Saturation;
import org.verbatim.core.themes.SaturationCurve;
import org.verbatim.core.themes.Support;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim analyze DIR prevalence|matrix|cooccurrence|saturation}: the evidence views. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Evidence views over a layer of codings:",
      "  prevalence    participants (n of N), documents and passages per theme node;",
      "  matrix        themes (or --rows codes) x participants, or x the values of --by ATTR,"
          + " counting --count participants|passages;",
      "  cooccurrence  codes x codes: units coded with both and the Jaccard index (--proximity"
          + " overlap|sentence|turn);",
      "  saturation    new codes per interview in import order or --by ATTR, the cumulative"
          + " count, and the first interview after which --k interviews add no new code."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;
  @Mixin ProjectArg project = new ProjectArg();
  @Mixin LayerOption layer = new LayerOption();

  @Parameters(
      index = "1",
      paramLabel = "VIEW",
      description = "prevalence|matrix|cooccurrence|saturation")
  String view = "";

  @Option(
      names = "--by",
      paramLabel = "ATTR",
      description = "Participant attribute: matrix columns, or saturation order.")
  Optional<String> by = Optional.empty();

  @Option(
      names = "--rows",
      paramLabel = "KIND",
      defaultValue = "themes",
      description = "Matrix rows: themes|codes (default: ${DEFAULT-VALUE}).")
  String rows = "themes";

  @Option(
      names = "--count",
      paramLabel = "WHAT",
      defaultValue = "participants",
      description = "Matrix cells count participants|passages (default: ${DEFAULT-VALUE}).")
  String count = "participants";

  @Option(
      names = "--proximity",
      paramLabel = "HOW",
      defaultValue = "overlap",
      description = "Co-occurrence units: overlap|sentence|turn (default: ${DEFAULT-VALUE}).")
  String proximity = "overlap";

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "3",
      description =
          "Saturation: successive interviews without a new code (default: ${DEFAULT-VALUE}).")
  int k = Saturation.DEFAULT_K;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV.")
    boolean csv;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    try (Project p = project.openSharing()) {
      LayerSnapshot s = p.services().evidence().snapshot(layer.chosen());
      switch (view.strip().toLowerCase(Locale.ROOT)) {
        case "prevalence" -> prevalence(s, out);
        case "matrix" -> matrix(s, out);
        case "cooccurrence", "co-occurrence" -> cooccurrence(s, out);
        case "saturation" -> saturation(s, out);
        default ->
            throw new InvalidInputException(
                "unknown view '" + view + "'; use prevalence, matrix, cooccurrence or saturation");
      }
    }
    out.flush();
    return 0;
  }

  private void prevalence(LayerSnapshot s, PrintWriter out) throws Exception {
    if (format.json) {
      Map<String, Object> tree = EvidenceJson.tree(s);
      tree.put("codes", EvidenceJson.codePrevalence(s).get("codes"));
      LayerOption.printJson(out, tree);
    } else if (format.csv) {
      out.print(EvidenceCsv.prevalence(s));
    } else {
      Map<ThemeId, Support> sup = Prevalence.ofNodes(s);
      out.println("layer: " + s.layer().label());
      for (Theme t : s.tree().nodes()) {
        Support x = sup.get(t.id());
        out.println(
            "  ".repeat(s.tree().depth(t.id()))
                + t.name()
                + ": "
                + x.fraction()
                + " participants ("
                + String.join(", ", x.participants())
                + "), "
                + x.documents()
                + " documents, "
                + x.passages()
                + " passages");
      }
    }
  }

  private void matrix(LayerSnapshot s, PrintWriter out) throws Exception {
    List<EvidenceMatrix.Row> r =
        switch (rows.strip().toLowerCase(Locale.ROOT)) {
          case "themes" -> EvidenceMatrices.themeRows(s);
          case "codes" -> EvidenceMatrices.codeRows(s);
          default ->
              throw new InvalidInputException("unknown rows '" + rows + "'; use themes or codes");
        };
    Measure m = Measure.of(count);
    EvidenceMatrix x =
        by.isPresent()
            ? EvidenceMatrices.byAttribute(s, r, m, by.get())
            : EvidenceMatrices.byParticipant(s, r, m);
    if (format.json) {
      LayerOption.printJson(out, EvidenceJson.matrix(x));
    } else if (format.csv) {
      out.print(EvidenceCsv.matrix(x));
    } else {
      out.println("layer: " + x.layer() + "; counting " + m.code());
      out.println("\t" + String.join("\t", x.columns()) + "\ttotal");
      for (int i = 0; i < x.rows().size(); i++) {
        StringBuilder line =
            new StringBuilder("  ".repeat(x.rows().get(i).depth()) + x.rows().get(i).name());
        x.cells().get(i).forEach(c -> line.append('\t').append(c));
        line.append('\t').append(x.rowTotals().get(i));
        out.println(line);
      }
    }
  }

  private void cooccurrence(LayerSnapshot s, PrintWriter out) throws Exception {
    CooccurrenceMatrix c = Cooccurrence.of(s, Proximity.of(proximity));
    if (format.json) {
      LayerOption.printJson(out, EvidenceJson.cooccurrence(c));
    } else if (format.csv) {
      out.print(EvidenceCsv.cooccurrence(c));
    } else {
      out.println("layer: " + c.layer() + "; units: " + c.proximity().code());
      for (int a = 0; a < c.codes().size(); a++) {
        for (int b = a + 1; b < c.codes().size(); b++) {
          if (c.count(a, b) > 0) {
            out.println(
                String.format(
                    Locale.ROOT,
                    "%s + %s: %d (Jaccard %.3f)",
                    c.codes().get(a).name(),
                    c.codes().get(b).name(),
                    c.count(a, b),
                    c.jaccard(a, b)));
          }
        }
      }
    }
  }

  private void saturation(LayerSnapshot s, PrintWriter out) throws Exception {
    SaturationCurve c = Saturation.of(s, by, k);
    if (format.json) {
      LayerOption.printJson(out, EvidenceJson.saturation(c));
    } else if (format.csv) {
      out.print(EvidenceCsv.saturation(c));
    } else {
      out.println("layer: " + c.layer() + "; interviews " + c.order());
      for (SaturationCurve.Step st : c.steps()) {
        out.println(
            st.number()
                + ". "
                + st.document()
                + " ("
                + st.participant()
                + "): +"
                + st.newCodes().size()
                + " = "
                + st.cumulative());
      }
      out.println(
          c.point().map(pt -> "saturation after interview " + pt).orElse("saturation not reached")
              + " ("
              + c.rule()
              + ")");
    }
  }
}
