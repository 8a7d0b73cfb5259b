package org.verbatim.core.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads unit reliability data in the layout ReCal users know: a header row of coder names, then one
 * row per unit, one column per coder; an empty cell is a missing value. At a numeric level every
 * value must be a number, and numbers are normalised ({@code 1.0} and {@code 1} are one category).
 */
public final class ReliabilityCsv {
  private ReliabilityCsv() {}

  /**
   * Reads {@code file} (UTF-8, optional BOM).
   *
   * @throws InvalidInputException naming the file, line and column of the first problem
   */
  public static UnitStudy read(Path file, Level level) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), level);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads CSV text; {@code name} names the source in error messages. */
  public static UnitStudy read(Reader reader, String name, Level level) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException(name + ": the file is empty; expected a header row");
      }
      CSVRecord header = records.next();
      List<String> coders = coders(header, name, parser.getCurrentLineNumber());
      UnitStudy.Builder builder = UnitStudy.builder(coders);
      while (records.hasNext()) {
        CSVRecord row = records.next();
        long line = parser.getCurrentLineNumber();
        if (row.size() != coders.size()) {
          throw new InvalidInputException(
              String.format(
                  "%s: line %d has %d fields but the header names %d coders",
                  name, line, row.size(), coders.size()));
        }
        String[] values = new String[coders.size()];
        for (int c = 0; c < values.length; c++) {
          String cell = row.get(c).strip();
          values[c] =
              cell.isEmpty()
                  ? null
                  : level.numeric() ? number(cell, name, line, coders.get(c), level) : cell;
        }
        builder.addUnit(values);
      }
      return builder.build();
    } catch (UncheckedIOException e) {
      throw new InvalidInputException(name + ": malformed CSV (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> coders(CSVRecord header, String name, long line) {
    List<String> coders = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String coder = header.get(c).strip();
      if (coder.isEmpty()) {
        throw new InvalidInputException(
            String.format("%s: line %d, column %d: the coder name is empty", name, line, c + 1));
      }
      if (!seen.add(coder)) {
        throw new InvalidInputException(
            String.format("%s: line %d: coder '%s' is named twice", name, line, coder));
      }
      coders.add(coder);
    }
    return coders;
  }

  private static String number(String cell, String name, long line, String coder, Level level) {
    try {
      BigDecimal value = new BigDecimal(cell);
      if (level == Level.RATIO && value.signum() < 0) {
        throw new InvalidInputException(
            String.format(
                "%s: line %d, column '%s': %s is negative; ratio level needs values of at least 0",
                name, line, coder, cell));
      }
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          String.format(
              "%s: line %d, column '%s': '%s' is not a number (level %s needs numbers)",
              name, line, coder, cell, level.label()));
    }
  }
}
