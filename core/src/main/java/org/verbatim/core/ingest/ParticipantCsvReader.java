package org.verbatim.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ParticipantRow;

/**
 * Reads a participants table (CSV, UTF-8): one row per interview with columns {@code document} (the
 * document name) and {@code label} ("Nurse K"); every other column is an attribute.
 *
 * <p>Header names are trimmed and lower-cased, and runs of spaces and hyphens become {@code _}
 * ("Organisation type" → {@code organisation_type}); attribute names are these normalised headers.
 * Cells are trimmed and empty attribute cells are left out. Rows whose cells are all empty are
 * skipped. Anything else irregular is refused with the file and line: a missing required column, a
 * blank or repeated header, a row with more or fewer cells than the header, an empty document or
 * label, a document described twice.
 */
public final class ParticipantCsvReader {
  /** Required column naming the document (file name without extension, or the name given). */
  public static final String DOCUMENT = "document";

  /** Required column holding the attribution label. */
  public static final String LABEL = "label";

  /**
   * Reads {@code csv}.
   *
   * @return one row per non-empty line, in file order; {@link ParticipantRow#origin()} is "{file
   *     name} line {n}" (1-based, the line the record starts on)
   * @throws InvalidInputException naming the file and line of the first problem
   * @throws UncheckedIOException when the file cannot be read
   */
  public List<ParticipantRow> read(Path csv) {
    String name = SourceFiles.label(csv);
    String text =
        TextNormaliser.normalise(
            SourceFiles.decodeText(csv, SourceFiles.readBytes(csv, SourceFiles.MAX_TEXT_BYTES)));
    return read(name, text);
  }

  /**
   * Reads a table already turned into CSV text ({@code name} is the file named in messages), so
   * that other table formats get the same checks and messages.
   *
   * @throws InvalidInputException naming {@code name} and the line of the first problem
   */
  List<ParticipantRow> read(String name, String text) {
    List<CSVRecord> records = parse(name, text);
    if (records.isEmpty()) {
      throw new InvalidInputException(name + ": is empty");
    }
    List<String> header = header(name, records.get(0));
    int documentColumn = header.indexOf(DOCUMENT);
    int labelColumn = header.indexOf(LABEL);
    List<ParticipantRow> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> lineStarts = lineStarts(text);
    for (CSVRecord record : records.subList(1, records.size())) {
      int line = lineOf(lineStarts, record);
      String where = name + " line " + line;
      if (record.stream().allMatch(String::isBlank)) {
        continue;
      }
      checkWidth(where, record, header);
      String document = required(where, record, DOCUMENT, documentColumn);
      String label = required(where, record, LABEL, labelColumn);
      Integer earlier = seen.putIfAbsent(document, line);
      if (earlier != null) {
        throw new InvalidInputException(
            where + ": document '" + document + "' is already described on line " + earlier);
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i).strip();
        if (i != documentColumn && i != labelColumn && !value.isEmpty()) {
          attributes.put(header.get(i), value);
        }
      }
      rows.add(new ParticipantRow(document, label, attributes, where));
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException(name + ": has a header but no participant rows");
    }
    return rows;
  }

  /** Turns a header cell into an attribute name ("Organisation type" → "organisation_type"). */
  public static String normaliseHeader(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  private static List<CSVRecord> parse(String name, String text) {
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidInputException(name + ": is not valid CSV: " + e.getMessage(), e);
    }
  }

  private static List<String> header(String name, CSVRecord record) {
    List<String> header = new ArrayList<>();
    for (int i = 0; i < record.size(); i++) {
      String column = normaliseHeader(record.get(i));
      if (column.isEmpty()) {
        throw new InvalidInputException(
            name + " line 1: column " + (i + 1) + " has a blank header");
      }
      int earlier = header.indexOf(column);
      if (earlier >= 0) {
        throw new InvalidInputException(
            name
                + " line 1: columns "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + " are both named '"
                + column
                + "'");
      }
      header.add(column);
    }
    for (String required : List.of(DOCUMENT, LABEL)) {
      if (!header.contains(required)) {
        throw new InvalidInputException(
            name
                + " line 1: no '"
                + required
                + "' column (required: "
                + DOCUMENT
                + ", "
                + LABEL
                + "); the header has: "
                + String.join(", ", header));
      }
    }
    return header;
  }

  private static void checkWidth(String where, CSVRecord record, List<String> header) {
    if (record.size() > header.size()) {
      throw new InvalidInputException(
          where
              + ": unknown column "
              + (header.size() + 1)
              + " (the row has "
              + record.size()
              + " cells, the header "
              + header.size()
              + " columns)");
    }
    if (record.size() < header.size()) {
      throw new InvalidInputException(
          where
              + ": the row has "
              + record.size()
              + " cells but the header has "
              + header.size()
              + " columns (missing: "
              + String.join(", ", header.subList(record.size(), header.size()))
              + ")");
    }
  }

  private static String required(String where, CSVRecord record, String column, int index) {
    String value = record.get(index).strip();
    if (value.isEmpty()) {
      throw new InvalidInputException(where + ": the '" + column + "' cell is empty");
    }
    return value;
  }

  /** The 1-based line on which {@code record} starts, from the offsets where lines start. */
  private static int lineOf(List<Integer> lineStarts, CSVRecord record) {
    int at = Collections.binarySearch(lineStarts, (int) record.getCharacterPosition());
    return at >= 0 ? at + 1 : -at - 1;
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }
}
