package org.verbatim.core.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a REFI-QDA project import is, from the step lines it reports: a percentage by phase
 * (reading 0–10, preparing documents 10–70 by documents done, storing 70–90, indexing 90–100).
 *
 * @param step the latest step line, as the import wrote it
 * @param percent 0 to 100
 */
public record ImportProgress(String step, int percent) {
  private static final Pattern PREPARED = Pattern.compile("^prepared (\\d+) of (\\d+) documents");

  public ImportProgress {
    percent = Math.max(0, Math.min(100, percent));
  }

  /** Before the first step. */
  public static ImportProgress started() {
    return new ImportProgress("receiving", 0);
  }

  /** Where {@code line} puts the import, never behind this one. */
  public ImportProgress next(String line) {
    int at = percent;
    Matcher m = PREPARED.matcher(line);
    if (m.find()) {
      long done = Long.parseLong(m.group(1));
      long all = Math.max(1, Long.parseLong(m.group(2)));
      at = (int) (10 + 60 * done / all);
    } else if (line.startsWith("read ")) {
      at = 10;
    } else if (line.startsWith("created ") || line.startsWith("stored ")) {
      at = Math.max(at, 75);
    } else if (line.startsWith("indexing ")) {
      at = 90;
    }
    return new ImportProgress(line, Math.max(percent, at));
  }
}
