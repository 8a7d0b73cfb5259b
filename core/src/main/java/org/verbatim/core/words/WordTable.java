package org.verbatim.core.words;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.export.ExportDocument;
import org.verbatim.core.export.ExportTable;
import org.verbatim.core.export.ExportTable.Cell;
import org.verbatim.core.export.ExportTable.Column;
import org.verbatim.core.export.ExportTable.Kind;
import org.verbatim.core.export.ExportTable.Row;

/** A word list or the distinctive words of a scope as an export table, in any export format. */
public final class WordTable {
  private WordTable() {}

  /**
   * The frequency table: rank, word, count, share of the words counted.
   *
   * @param facts what was counted (scope, layer), printed above the table where a format can
   */
  public static ExportDocument of(WordList list, List<String> facts) {
    List<Row> rows = new ArrayList<>();
    int rank = 1;
    for (WordCount w : list.words()) {
      rows.add(
          Row.of(
              Cell.number(rank++),
              Cell.text(w.word()),
              Cell.number(w.count()),
              Cell.number(list.tokens() == 0 ? 0 : (double) w.count() / list.tokens())));
    }
    List<String> all = new ArrayList<>(facts);
    all.add(
        list.tokens()
            + " words counted ("
            + list.distinct()
            + " different, stop words excluded) in "
            + list.documents()
            + " documents");
    return ExportDocument.of(
        new ExportTable(
            "Word frequencies",
            "Words",
            List.of(
                Column.integer("Rank"),
                Column.text("Word"),
                Column.integer("Count"),
                new Column("Share", Kind.PERCENT)),
            rows,
            List.of()),
        all);
  }

  /** The distinctive words: rank, word, count in the passages, count in the rest, G². */
  public static ExportDocument of(DistinctiveWords words, List<String> facts) {
    List<Row> rows = new ArrayList<>();
    int rank = 1;
    for (Keyness k : words.words()) {
      rows.add(
          Row.of(
              Cell.number(rank++),
              Cell.text(k.word()),
              Cell.number(k.count()),
              Cell.number(k.reference()),
              Cell.number(k.keyness(), Kind.DECIMAL)));
    }
    List<String> all = new ArrayList<>(facts);
    all.add(
        "keyness: log-likelihood G² of a word's count in the passages ("
            + words.target()
            + " words) against the rest of the documents in scope ("
            + words.reference()
            + " words); only words more frequent in the passages are listed");
    return ExportDocument.of(
        new ExportTable(
            "Distinctive words",
            "Distinctive words",
            List.of(
                Column.integer("Rank"),
                Column.text("Word"),
                Column.integer("In passages"),
                Column.integer("Elsewhere"),
                new Column("Keyness (G²)", Kind.DECIMAL)),
            rows,
            List.of()),
        all);
  }
}
