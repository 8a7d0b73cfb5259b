package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Theme;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.Support;

/**
 * The codebook: each code in codebook order, indented under its parent, with its full path,
 * definition, its passages, documents and participants in the layer (its own codings, not its
 * subcodes'), and the theme nodes it is linked to (by path).
 */
final class CodebookExport {
  private CodebookExport() {}

  static ExportDocument document(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    return ExportDocument.of(
        build(s), List.of(ExportSnapshot.fact(s), s.codes().size() + " codes"));
  }

  static ExportTable build(LayerSnapshot s) {
    Map<CodeId, Support> support = Prevalence.ofCodes(s);
    Map<CodeId, List<String>> themes = new HashMap<>();
    for (Theme t : s.tree().nodes()) {
      for (CodeId c : t.codes()) {
        themes.computeIfAbsent(c, k -> new ArrayList<>()).add(s.tree().path(t.id()));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Code code : s.codes()) {
      Support sup = support.get(code.id());
      rows.add(
          new Row(
              List.of(
                  Cell.text(code.name()),
                  Cell.text(path(s, code)),
                  Cell.text(code.definition()),
                  Cell.number(sup.passages()),
                  Cell.number(sup.documents()),
                  Cell.number(sup.count()),
                  Cell.text(String.join("\n", themes.getOrDefault(code.id(), List.of())))),
              depth(s, code)));
    }
    return new ExportTable(
        "Codebook",
        "Codebook",
        List.of(
            Column.text("Code"),
            Column.text("Path"),
            Column.text("Definition"),
            Column.integer("Passages"),
            Column.integer("Documents"),
            Column.integer("Participants"),
            Column.text("Themes")),
        rows,
        List.of(
            "Counts are of each code's own live codings in layer "
                + s.layer().label()
                + " (not its subcodes'); participants of "
                + s.of()
                + ". Themes: the theme nodes the code is linked to."));
  }

  /** "Parent > Child". */
  static String path(LayerSnapshot s, Code code) {
    List<String> names = new ArrayList<>();
    Optional<Code> at = Optional.of(code);
    int guard = 0;
    while (at.isPresent() && guard++ < 100) {
      names.add(0, at.get().name());
      at = at.get().parent().flatMap(s::code);
    }
    return String.join(" > ", names);
  }

  private static int depth(LayerSnapshot s, Code code) {
    int d = 0;
    Optional<Code> at = code.parent().flatMap(s::code);
    while (at.isPresent() && d < 100) {
      d++;
      at = at.get().parent().flatMap(s::code);
    }
    return d;
  }
}
