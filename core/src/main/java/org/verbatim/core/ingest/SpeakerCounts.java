package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Turn;

/**
 * The speakers of a document with their turn counts, in order of first appearance, so that a wrong
 * split shows at a glance after an import ("Dan 47, Participant 47, no speaker 1").
 *
 * @param counts turns per speaker name, in order of first appearance
 * @param unlabelled turns without a speaker
 */
public record SpeakerCounts(Map<String, Integer> counts, int unlabelled) {
  public SpeakerCounts {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** Counts the turns of {@code turns} per speaker. */
  public static SpeakerCounts of(List<Turn> turns) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int unlabelled = 0;
    for (Turn turn : turns) {
      if (turn.speaker().isPresent()) {
        counts.merge(turn.speaker().get(), 1, Integer::sum);
      } else {
        unlabelled++;
      }
    }
    return new SpeakerCounts(counts, unlabelled);
  }

  /** One line: {@code Dan 47, Participant 47, no speaker 1}, or {@code none found}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    counts.forEach((name, n) -> parts.add(name + " " + n));
    if (unlabelled > 0) {
      parts.add("no speaker " + unlabelled);
    }
    return parts.isEmpty() ? "none found (no turns)" : String.join(", ", parts);
  }
}
