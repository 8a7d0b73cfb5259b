package org.verbatim.core.themes;

import java.util.List;

/**
 * A candidate grouping of codes not yet in any theme, with why: {@code similarity} is the average
 * pairwise similarity of its codes (0..1), {@code sharedPassages} the overlapping runs its codes
 * share pairwise, {@code topWords} the words their passages share most, and {@code reason} all of
 * that in a sentence. {@code key} identifies it for dismissing (the sorted code ids).
 */
public record ThemeProposal(
    String key,
    List<EvidenceMatrix.Row> codes,
    double similarity,
    int sharedPassages,
    List<String> topWords,
    String reason) {
  public ThemeProposal {
    codes = List.copyOf(codes);
    topWords = List.copyOf(topWords);
  }
}
