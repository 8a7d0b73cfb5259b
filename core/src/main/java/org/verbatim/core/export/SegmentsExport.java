package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
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
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.store.ProjectStore;
import org.verbatim.core.themes.DocumentLayout;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * Coded segments for analysis elsewhere. Long form: one row per coding of the layer, in document
 * order, with document, participant, each participant attribute, speaker, turn (1-based), start and
 * end (UTF-16 offsets into the stored text, end exclusive), text, the code's full path, coder and
 * memo. Wide form: one row per coded passage (distinct document and span), the coders who coded it,
 * and one 0/1 column per code (by full path) saying whether any of them applied it.
 *
 * <p>Rows are streamed ({@link StreamedRows}): the layer is read as spans, and each document's
 * text, turns and memos are read when its rows are written, so an export holds one document's text
 * at a time however large the study.
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
    StreamedRows rows =
        new StreamedRows(
            s.codings().size(),
            columns.size(),
            () ->
                byDocument(
                    s,
                    store,
                    (doc, participant, codings, memos) -> {
                      List<Row> out = new ArrayList<>(codings.size());
                      for (CodedSpan k : codings) {
                        List<Cell> cells = head(doc, participant, attributes, k.span());
                        cells.add(Cell.text(paths.get(k.code())));
                        cells.add(Cell.text(s.coderName(k.coder())));
                        cells.add(Cell.text(memos.getOrDefault(k.id(), "")));
                        out.add(new Row(cells, 0));
                      }
                      return out;
                    }));
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
    int passages = 0;
    for (DocumentSummary d : s.documents()) {
      passages += passages(s.codingsIn(d.id())).size();
    }
    StreamedRows rows =
        new StreamedRows(
            passages,
            columns.size(),
            () ->
                byDocument(
                    s,
                    store,
                    (doc, participant, codings, memos) -> {
                      List<Row> out = new ArrayList<>();
                      for (Map.Entry<Span, List<CodedSpan>> p : passages(codings).entrySet()) {
                        List<Cell> cells = head(doc, participant, attributes, p.getKey());
                        Set<String> coders = new TreeSet<>();
                        int[] flags = new int[codes.size()];
                        for (CodedSpan k : p.getValue()) {
                          coders.add(s.coderName(k.coder()));
                          flags[column.get(k.code())] = 1;
                        }
                        cells.add(Cell.text(String.join(", ", coders)));
                        for (int f : flags) {
                          cells.add(Cell.number(f));
                        }
                        out.add(new Row(cells, 0));
                      }
                      return out;
                    }));
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

  /** A document's codings by passage (distinct span), in order of first coding. */
  private static Map<Span, List<CodedSpan>> passages(List<CodedSpan> codings) {
    Map<Span, List<CodedSpan>> passages = new LinkedHashMap<>();
    codings.forEach(k -> passages.computeIfAbsent(k.span(), x -> new ArrayList<>()).add(k));
    return passages;
  }

  private interface DocumentRows {
    List<Row> rows(
        DocumentLayout doc,
        Optional<Participant> participant,
        List<CodedSpan> codings,
        Map<CodingId, String> memos);
  }

  /**
   * The rows of each document with codings, in the snapshot's order, made when the writer reaches
   * it: the document and its memos are read then, and dropped once its rows are written.
   */
  private static Iterator<Row> byDocument(LayerSnapshot s, ProjectStore store, DocumentRows rows) {
    Iterator<DocumentSummary> documents =
        s.documents().stream().filter(d -> !s.codingsIn(d.id()).isEmpty()).iterator();
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          DocumentSummary d = documents.next();
          // read directly: the export visits each document once, a cache would only hold memory
          DocumentLayout doc = new DocumentLayout(store.documents().get(d.id()).orElseThrow());
          current =
              rows.rows(
                      doc,
                      s.participant(d.id()),
                      s.codingsIn(d.id()),
                      store.codings().memos(d.id()))
                  .iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
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
      DocumentLayout doc, Optional<Participant> participant, List<String> attributes, Span span) {
    List<Cell> cells = new ArrayList<>();
    cells.add(Cell.text(doc.document().name()));
    cells.add(Cell.text(participant.map(Participant::label).orElse("")));
    for (String a : attributes) {
      cells.add(Cell.text(participant.flatMap(p -> p.attribute(a)).orElse("")));
    }
    Optional<Turn> turn = doc.turn(span);
    cells.add(Cell.text(turn.flatMap(Turn::speaker).orElse("")));
    cells.add(turn.map(t -> Cell.number(t.index() + 1)).orElse(Cell.empty()));
    cells.add(Cell.number(span.start()));
    cells.add(Cell.number(span.end()));
    cells.add(Cell.text(doc.excerpt(span)));
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
}
