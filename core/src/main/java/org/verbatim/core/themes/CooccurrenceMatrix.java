package org.verbatim.core.themes;

import java.util.List;

/**
 * Co-occurrence of codes: for each pair, the units coded with both ({@code counts}) and the Jaccard
 * index, units with both / units with either ({@code jaccard}, 0 when neither occurs). The diagonal
 * holds each code's own units. See {@link Cooccurrence} for what a unit is.
 */
public record CooccurrenceMatrix(
    String layer,
    Proximity proximity,
    List<EvidenceMatrix.Row> codes,
    List<List<Integer>> counts,
    List<List<Double>> jaccard) {
  public CooccurrenceMatrix {
    codes = List.copyOf(codes);
    counts = counts.stream().map(List::copyOf).toList();
    jaccard = jaccard.stream().map(List::copyOf).toList();
  }

  public int count(int a, int b) {
    return counts.get(a).get(b);
  }

  public double jaccard(int a, int b) {
    return jaccard.get(a).get(b);
  }
}
