package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Row;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * Coded segments for analysis elsewhere. Long form: one row per coding of the layer, in document
 * order, with document, participant, each participant attribute, speaker, turn (1-based), start and
 * end (UTF-16 offsets into the stored text, end exclusive), text, the code's full path, coder and
 * memo. Wide form: one row per coded passage (distinct document and span), the coders who coded it,
 * and one 0/1 column per code (by full path) saying whether any of them applied it.
 */
final class SegmentsExport {
  private SegmentsExport() {}

  static ExportDocument document(ProjectStore store, ExportOptions options) {
    LayerSnapshot s = ExportSnapshot.of(store, options);
    ExportTable table = options.wide() ? wide(s, store) : longForm(s, store);
    return ExportDocument.of(
        table, List.of(ExportSnapshot.fact(s), s.codings().size() + " codings"));
  }

  static ExportTable longForm(LayerSnapshot s, ProjectStore store) {
    List<String> attributes = attributes(s);
    Map<CodeId, String> paths = paths(s);
    List<Column> columns = new ArrayList<>(head(attributes));
    columns.add(Column.text("Code"));
    columns.add(Column.text("Coder"));
    columns.add(Column.text("Memo"));
    List<Row> rows = new ArrayList<>(s.codings().size());
    forEachDocument(
        s,
        store,
        (doc, participant, codings) -> {
          Place place = new Place(doc);
          for (Coding k : codings) {
            List<Cell> cells = head(doc, participant, attributes, place, k.span());
            cells.add(Cell.text(paths.get(k.code())));
            cells.add(Cell.text(s.coderName(k.coder())));
            cells.add(Cell.text(k.memo()));
            rows.add(new Row(cells, 0));
          }
        });
    return new ExportTable(
        "Coded segments",
        "Segments",
        columns,
        rows,
        List.of(
            "One row per coding in layer "
                + s.layer().label()
                + ". Start and end are UTF-16 offsets into the stored text, end exclusive; turn is"
                + " the 1-based speaker turn."));
  }

  static ExportTable wide(LayerSnapshot s, ProjectStore store) {
    List<String> attributes = attributes(s);
    Map<CodeId, String> paths = paths(s);
    List<Code> codes = s.codes();
    Map<CodeId, Integer> column = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      column.put(codes.get(i).id(), i);
    }
    List<Column> columns = new ArrayList<>(head(attributes));
    columns.add(Column.text("Coders"));
    codes.forEach(c -> columns.add(Column.integer(paths.get(c.id()))));
    List<Row> rows = new ArrayList<>();
    forEachDocument(
        s,
        store,
        (doc, participant, codings) -> {
          Place place = new Place(doc);
          Map<Span, List<Coding>> passages = new LinkedHashMap<>();
          codings.forEach(k -> passages.computeIfAbsent(k.span(), x -> new ArrayList<>()).add(k));
          for (Map.Entry<Span, List<Coding>> p : passages.entrySet()) {
            List<Cell> cells = head(doc, participant, attributes, place, p.getKey());
            Set<String> coders = new TreeSet<>();
            int[] flags = new int[codes.size()];
            for (Coding k : p.getValue()) {
              coders.add(s.coderName(k.coder()));
              flags[column.get(k.code())] = 1;
            }
            cells.add(Cell.text(String.join(", ", coders)));
            for (int f : flags) {
              cells.add(Cell.number(f));
            }
            rows.add(new Row(cells, 0));
          }
        });
    return new ExportTable(
        "Coded segments (one column per code)",
        "Segments",
        columns,
        rows,
        List.of(
            "One row per coded passage (document and span) in layer "
                + s.layer().label()
                + "; a code's column is 1 when a coder of the layer applied it to exactly that"
                + " span."));
  }

  private interface DocumentRows {
    void accept(Document doc, Optional<Participant> participant, List<Coding> codings);
  }

  /** Reads each document once, with its codings in order (the snapshot's order). */
  private static void forEachDocument(LayerSnapshot s, ProjectStore store, DocumentRows rows) {
    Map<DocumentId, List<Coding>> byDocument = new LinkedHashMap<>();
    s.codings()
        .forEach(k -> byDocument.computeIfAbsent(k.document(), d -> new ArrayList<>()).add(k));
    for (Map.Entry<DocumentId, List<Coding>> e : byDocument.entrySet()) {
      // read directly: the export visits each document once, a cache would only hold memory
      Document doc = store.documents().get(e.getKey()).orElseThrow();
      rows.accept(doc, s.participant(e.getKey()), e.getValue());
    }
  }

  private static List<Column> head(List<String> attributes) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Document"));
    columns.add(Column.text("Participant"));
    attributes.forEach(a -> columns.add(Column.text(a)));
    columns.add(Column.text("Speaker"));
    columns.add(Column.integer("Turn"));
    columns.add(Column.integer("Start"));
    columns.add(Column.integer("End"));
    columns.add(Column.text("Text"));
    return columns;
  }

  private static List<Cell> head(
      Document doc,
      Optional<Participant> participant,
      List<String> attributes,
      Place place,
      Span span) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.text(doc.name()));
    cells.add(Cell.text(participant.map(Participant::label).orElse("")));
    for (String a : attributes) {
      cells.add(Cell.text(participant.flatMap(p -> p.attribute(a)).orElse("")));
    }
    Optional<Turn> turn = place.turn(span);
    cells.add(Cell.text(turn.flatMap(Turn::speaker).orElse("")));
    cells.add(turn.map(t -> Cell.number(t.index() + 1)).orElse(Cell.empty()));
    cells.add(Cell.number(span.start()));
    cells.add(Cell.number(span.end()));
    int end = Math.min(span.end(), doc.text().length());
    cells.add(Cell.text(doc.text().substring(Math.min(span.start(), end), end)));
    return cells;
  }

  /** Every attribute any participant has, sorted. */
  private static List<String> attributes(LayerSnapshot s) {
    Set<String> names = new TreeSet<>();
    for (DocumentSummary d : s.documents()) {
      d.participant().ifPresent(p -> names.addAll(p.attributes().keySet()));
    }
    return new ArrayList<>(names);
  }

  private static Map<CodeId, String> paths(LayerSnapshot s) {
    Map<CodeId, String> out = new HashMap<>();
    s.codes().forEach(c -> out.put(c.id(), CodebookExport.path(s, c)));
    return out;
  }

  /** Finds a span's speaker turn by binary search over the turns' starts. */
  private static final class Place {
    private final List<Turn> turns;

    Place(Document doc) {
      this.turns = doc.turns();
    }

    /** The turn holding the span's start (or, failing that, the first turn it overlaps). */
    Optional<Turn> turn(Span span) {
      int lo = 0;
      int hi = turns.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (turns.get(mid).span().start() <= span.start()) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found >= 0 && turns.get(found).span().end() > span.start()) {
        return Optional.of(turns.get(found));
      }
      if (found + 1 < turns.size() && turns.get(found + 1).span().overlaps(span)) {
        return Optional.of(turns.get(found + 1));
      }
      return Optional.empty();
    }
  }
}
