package org.verbatim.core.reconcile;

import java.util.List;

/** The disagreements and exact agreements of the chosen coders on one document, by position. */
public record Findings(List<Disagreement> disagreements, List<ExactAgreement> agreements) {
  public Findings {
    disagreements = List.copyOf(disagreements);
    agreements = List.copyOf(agreements);
  }
}
