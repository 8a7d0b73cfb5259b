package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;

/**
 * The evidence views as CSV (RFC 4180: comma separated, fields quoted when they hold a comma, quote
 * or line break, CRLF line ends). The first line states the layer as {@code # layer: …}.
 */
public final class EvidenceCsv {
  private EvidenceCsv() {}

  /** One row per theme node: path, depth, status, participants, of, documents, passages, codes. */
  public static String prevalence(LayerSnapshot s) {
    StringBuilder sb = header(s.layer().label());
    line(
        sb,
        List.of(
            "theme", "depth", "status", "participants", "of", "documents", "passages", "codes"));
    Map<ThemeId, Support> support = Prevalence.ofNodes(s);
    for (Theme t : s.tree().nodes()) {
      Support sup = support.get(t.id());
      line(
          sb,
          List.of(
              s.tree().path(t.id()),
              Integer.toString(s.tree().depth(t.id())),
              t.status().code(),
              Integer.toString(sup.count()),
              Integer.toString(sup.of()),
              Integer.toString(sup.documents()),
              Integer.toString(sup.passages()),
              String.join(
                  "; ",
                  t.codes().stream().map(c -> s.code(c).map(x -> x.name()).orElse("")).toList())));
    }
    return sb.toString();
  }

  /** A header of row kind and name, the columns, then one line per row with its total. */
  public static String matrix(EvidenceMatrix m) {
    StringBuilder sb = header(m.layer() + "; counting " + m.measure().code());
    List<String> head =
        new ArrayList<>(
            List.of(
                m.rows().isEmpty()
                    ? "row"
                    : m.rows().get(0).kind().name().toLowerCase(Locale.ROOT)));
    head.addAll(m.columns());
    head.add("total");
    line(sb, head);
    for (int r = 0; r < m.rows().size(); r++) {
      List<String> cells = new ArrayList<>();
      cells.add(m.rows().get(r).name());
      m.cells().get(r).forEach(c -> cells.add(Integer.toString(c)));
      cells.add(Integer.toString(m.rowTotals().get(r)));
      line(sb, cells);
    }
    return sb.toString();
  }

  /** One line per pair of codes (each pair once, with the diagonal): count and Jaccard. */
  public static String cooccurrence(CooccurrenceMatrix c) {
    StringBuilder sb = header(c.layer() + "; units: " + c.proximity().code());
    line(sb, List.of("code", "other", "both", "jaccard"));
    for (int a = 0; a < c.codes().size(); a++) {
      for (int b = a; b < c.codes().size(); b++) {
        line(
            sb,
            List.of(
                c.codes().get(a).name(),
                c.codes().get(b).name(),
                Integer.toString(c.count(a, b)),
                String.format(Locale.ROOT, "%.4f", c.jaccard(a, b))));
      }
    }
    return sb.toString();
  }

  /** One line per interview: number, document, participant, new, cumulative, new codes. */
  public static String saturation(SaturationCurve c) {
    StringBuilder sb =
        header(
            c.layer()
                + "; "
                + c.order()
                + "; "
                + c.rule()
                + "; point: "
                + c.point().map(String::valueOf).orElse("not reached"));
    line(sb, List.of("interview", "document", "participant", "new", "cumulative", "new codes"));
    for (SaturationCurve.Step st : c.steps()) {
      line(
          sb,
          List.of(
              Integer.toString(st.number()),
              st.document(),
              st.participant(),
              Integer.toString(st.newCodes().size()),
              Integer.toString(st.cumulative()),
              String.join("; ", st.newCodes())));
    }
    return sb.toString();
  }

  private static StringBuilder header(String layer) {
    StringBuilder sb = new StringBuilder();
    sb.append("# layer: ").append(layer.replace('\n', ' ')).append("\r\n");
    return sb;
  }

  private static void line(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    sb.append("\r\n");
  }

  static String field(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
