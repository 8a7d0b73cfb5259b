package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.quotes.Attribution;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.Support;

/**
 * Table 2: one row per theme node in tree order, a theme's name in the first column and a
 * subtheme's in the second (deeper nodes by their path below the theme), its definition, the
 * participants supporting it ("9 of 12", {@link Prevalence}) and its first pinned quotes, each
 * attributed through the project's pattern ({@link Attribution}).
 */
public final class ThemeTable {
  /** The columns, by the names the options use. */
  public enum Part {
    THEME("Theme"),
    SUBTHEME("Subtheme"),
    DEFINITION("Definition"),
    PARTICIPANTS("Participants"),
    QUOTES("Illustrative quotes");

    final String header;

    Part(String header) {
      this.header = header;
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ThemeTable() {}

  static ExportDocument document(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    Attribution attribution = new QuoteService(store).attribution();
    ExportTable table = build(s, store.quotes().list(), attribution, options);
    return ExportDocument.of(
        table,
        List.of(
            ExportSnapshot.fact(s),
            s.of() + " participants",
            "Quotes attributed as " + attribution.pattern()));
  }

  /**
   * Builds the table from a snapshot and the pinned quotes.
   *
   * @throws InvalidInputException naming an unknown column
   */
  public static ExportTable build(
      LayerSnapshot s, List<Quote> quotes, Attribution attribution, ExportOptions options) {
    List<Part> parts = parts(options.columns());
    Map<ThemeId, List<Quote>> byNode = new HashMap<>();
    quotes.forEach(q -> byNode.computeIfAbsent(q.theme(), k -> new ArrayList<>()).add(q));
    byNode.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Quote::position)));
    Map<ThemeId, Support> support = Prevalence.ofNodes(s);
    List<Row> rows = new ArrayList<>();
    for (Theme node : s.tree().nodes()) {
      int depth = s.tree().depth(node.id());
      List<Cell> cells = new ArrayList<>();
      for (Part part : parts) {
        cells.add(
            switch (part) {
              case THEME -> Cell.text(depth == 0 ? node.name() : "");
              case SUBTHEME -> Cell.text(depth == 0 ? "" : below(s, node));
              case DEFINITION -> Cell.text(node.definition());
              case PARTICIPANTS -> Cell.text(support.get(node.id()).fraction());
              case QUOTES ->
                  quotes(byNode.getOrDefault(node.id(), List.of()), s, attribution, options);
            });
      }
      rows.add(new Row(cells, parts.get(0) == Part.THEME ? 0 : depth));
    }
    List<Column> columns = parts.stream().map(p -> Column.text(p.header)).toList();
    return new ExportTable(
        "Table 2. Themes and subthemes",
        "Themes",
        columns,
        rows,
        List.of(
            "Participants: those with at least one coded passage of a code linked to the theme or"
                + " to a theme below it (with its subcodes), of the "
                + s.of()
                + " participants in the project; layer "
                + s.layer().label()
                + "."));
  }

  private static String below(LayerSnapshot s, Theme node) {
    List<Theme> line = s.tree().lineage(node.id());
    return String.join(" > ", line.subList(1, line.size()).stream().map(Theme::name).toList());
  }

  private static Cell quotes(
      List<Quote> pinned, LayerSnapshot s, Attribution attribution, ExportOptions options) {
    List<String> lines = new ArrayList<>();
    for (Quote q : pinned.subList(0, Math.min(options.quotesPerNode(), pinned.size()))) {
      lines.addAll(QuoteRendering.lines(q, s, attribution, options.quoteLanguage()));
    }
    return lines.isEmpty() ? Cell.empty() : Cell.text(String.join("\n", lines));
  }

  private static List<Part> parts(List<String> names) {
    if (names.isEmpty()) {
      return Arrays.asList(Part.values());
    }
    List<Part> out = new ArrayList<>();
    for (String name : names) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      Part part =
          Arrays.stream(Part.values())
              .filter(p -> p.key().equals(key))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "theme table has no column '"
                              + name
                              + "'; columns are "
                              + String.join(
                                  ", ", Arrays.stream(Part.values()).map(Part::key).toList())));
      if (out.contains(part)) {
        throw new InvalidInputException("theme table column '" + name + "' is named twice");
      }
      out.add(part);
    }
    return out;
  }
}
