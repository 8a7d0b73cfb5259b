package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;

/**
 * The evidence views as ordered maps for a JSON writer, one shape for the command line and the REST
 * API. Every view states its {@code layer}. Keys are stable:
 *
 * <ul>
 *   <li>tree: {@code layer, of, themes}; each node {@code id, name, path, definition, status, memo,
 *       version, codes (names), codeIds, participants (count), of, participantLabels, documents,
 *       passages, children};
 *   <li>passages: {@code layer, total, offset, passages}; each {@code coding, document, documentId,
 *       participant, speaker, turn, paragraph, start, end, text, code, coder, memo};
 *   <li>matrix: {@code layer, measure, attribute, columns, columnTotals, rows}; each row {@code
 *       kind, id, name, depth, cells, total};
 *   <li>co-occurrence: {@code layer, proximity, codes, counts, jaccard};
 *   <li>saturation: {@code layer, order, k, rule, point, steps}; each step {@code number, document,
 *       participant, newCodes, new, cumulative}.
 * </ul>
 */
public final class EvidenceJson {
  private EvidenceJson() {}

  /** The theme tree with each node's prevalence in the snapshot's layer. */
  public static Map<String, Object> tree(LayerSnapshot s) {
    Map<ThemeId, Support> support = Prevalence.ofNodes(s);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", s.layer().label());
    out.put("of", s.of());
    out.put("themes", nodes(s, s.tree().roots(), support));
    return out;
  }

  private static List<Map<String, Object>> nodes(
      LayerSnapshot s, List<Theme> level, Map<ThemeId, Support> support) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Theme t : level) {
      out.add(node(s, t, support.get(t.id()), nodes(s, s.tree().children(t.id()), support)));
    }
    return out;
  }

  /** One node with its support and the given children. */
  public static Map<String, Object> node(
      LayerSnapshot s, Theme t, Support sup, List<Map<String, Object>> children) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id().value());
    m.put("name", t.name());
    m.put("path", s.tree().path(t.id()));
    m.put("definition", t.definition());
    m.put("status", t.status().code());
    m.put("memo", t.memo());
    m.put("version", t.version());
    m.put("codes", t.codes().stream().map(c -> codeName(s, c)).toList());
    m.put("codeIds", t.codes().stream().map(CodeId::value).toList());
    m.put("participants", sup.count());
    m.put("of", sup.of());
    m.put("participantLabels", sup.participants());
    m.put("documents", sup.documents());
    m.put("passages", sup.passages());
    m.put("children", children);
    return m;
  }

  /** Prevalence of every code: {@code layer, of, codes}; each {@code id, name, participants, …}. */
  public static Map<String, Object> codePrevalence(LayerSnapshot s) {
    List<Map<String, Object>> codes = new ArrayList<>();
    Prevalence.ofCodes(s)
        .forEach(
            (id, sup) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", id.value());
              m.put("name", codeName(s, id));
              m.put("participants", sup.count());
              m.put("of", sup.of());
              m.put("participantLabels", sup.participants());
              m.put("documents", sup.documents());
              m.put("passages", sup.passages());
              codes.add(m);
            });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", s.layer().label());
    out.put("of", s.of());
    out.put("codes", codes);
    return out;
  }

  public static Map<String, Object> passages(PassagePage page, int offset) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", page.layer());
    out.put("total", page.total());
    out.put("offset", offset);
    out.put("passages", page.passages().stream().map(EvidenceJson::passage).toList());
    return out;
  }

  public static Map<String, Object> passage(CodedPassage p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("coding", p.coding().value());
    m.put("document", p.documentName());
    m.put("documentId", p.document().value());
    m.put("participant", p.participant().orElse(null));
    m.put("speaker", p.speaker().orElse(null));
    m.put("turn", p.turn().orElse(null));
    m.put("paragraph", p.paragraph());
    m.put("start", p.span().start());
    m.put("end", p.span().end());
    m.put("text", p.text());
    m.put("code", p.code());
    m.put("coder", p.coder());
    m.put("memo", p.memo());
    return m;
  }

  public static Map<String, Object> matrix(EvidenceMatrix x) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", x.layer());
    out.put("measure", x.measure().code());
    out.put("attribute", x.attribute().orElse(null));
    out.put("columns", x.columns());
    out.put("columnTotals", x.columnTotals());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int r = 0; r < x.rows().size(); r++) {
      EvidenceMatrix.Row row = x.rows().get(r);
      Map<String, Object> m = row(row);
      m.put("cells", x.cells().get(r));
      m.put("total", x.rowTotals().get(r));
      rows.add(m);
    }
    out.put("rows", rows);
    return out;
  }

  public static Map<String, Object> cooccurrence(CooccurrenceMatrix c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", c.layer());
    out.put("proximity", c.proximity().code());
    out.put("codes", c.codes().stream().map(EvidenceJson::row).toList());
    out.put("counts", c.counts());
    out.put("jaccard", c.jaccard());
    return out;
  }

  public static Map<String, Object> saturation(SaturationCurve c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", c.layer());
    out.put("order", c.order());
    out.put("k", c.k());
    out.put("rule", c.rule());
    out.put("point", c.point().orElse(null));
    List<Map<String, Object>> steps = new ArrayList<>();
    for (SaturationCurve.Step st : c.steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", st.number());
      m.put("document", st.document());
      m.put("participant", st.participant());
      m.put("newCodes", st.newCodes());
      m.put("new", st.newCodes().size());
      m.put("cumulative", st.cumulative());
      steps.add(m);
    }
    out.put("steps", steps);
    return out;
  }

  public static Map<String, Object> proposals(String layer, List<ThemeProposal> proposals) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("layer", layer);
    List<Map<String, Object>> list = new ArrayList<>();
    for (ThemeProposal p : proposals) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", p.key());
      m.put("codes", p.codes().stream().map(EvidenceJson::row).toList());
      m.put("similarity", p.similarity());
      m.put("sharedPassages", p.sharedPassages());
      m.put("topWords", p.topWords());
      m.put("reason", p.reason());
      list.add(m);
    }
    out.put("proposals", list);
    return out;
  }

  static Map<String, Object> row(EvidenceMatrix.Row row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", row.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("id", row.id());
    m.put("name", row.name());
    m.put("depth", row.depth());
    return m;
  }

  private static String codeName(LayerSnapshot s, CodeId id) {
    return s.code(id).map(c -> c.name()).orElse("code " + id);
  }
}
