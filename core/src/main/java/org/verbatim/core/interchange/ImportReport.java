package org.verbatim.core.interchange;

import java.util.List;
import java.util.Map;

/**
 * What an import brought in, and what it could not carry over.
 *
 * @param keptUsers users who coded nothing and wrote no note, kept as users only (not coders)
 * @param skipped what was left out, by kind, with counts (never silently lost)
 * @param notes one line per thing worth knowing: the position convention detected per source,
 *     renamed duplicates, a top folder of codes unwrapped
 */
public record ImportReport(
    String origin,
    int documents,
    int codes,
    int codings,
    int coders,
    int keptUsers,
    int memos,
    int participants,
    int themes,
    Map<String, Integer> skipped,
    List<String> notes) {
  public ImportReport {
    skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
    notes = List.copyOf(notes);
  }
}
