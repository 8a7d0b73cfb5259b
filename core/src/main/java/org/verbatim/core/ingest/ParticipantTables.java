package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.ParticipantRow;

/**
 * Reads a participants table by its extension: XLSX, or else CSV, with the same columns and checks.
 */
public final class ParticipantTables {
  private ParticipantTables() {}

  /**
   * Reads {@code table}.
   *
   * @throws org.verbatim.core.model.InvalidInputException naming the file (and line) of the first
   *     problem
   */
  public static List<ParticipantRow> read(Path table) {
    String name = SourceFiles.label(table);
    // anything but .xlsx reads as CSV, as the command line always has (a .txt export of a sheet)
    return TranscriptReaders.extension(name).equals("xlsx")
        ? new ParticipantXlsxReader().read(table)
        : new ParticipantCsvReader().read(table);
  }
}
