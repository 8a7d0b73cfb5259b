package org.verbatim.core.agreement;

/**
 * A bootstrap confidence interval: {@code [lower, upper]} at {@code confidence} (e.g. 0.95) from
 * {@code replicates} resamples, of which {@code undefinedReplicates} gave no value and were left
 * out; {@code method} says how it was made.
 */
public record ConfidenceInterval(
    double lower,
    double upper,
    double confidence,
    int replicates,
    int undefinedReplicates,
    long seed,
    String method) {

  public ConfidenceInterval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("lower bound above upper bound");
    }
  }
}
