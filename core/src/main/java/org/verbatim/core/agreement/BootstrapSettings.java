package org.verbatim.core.agreement;

/** How to bootstrap alpha's confidence interval: resamples, random seed, confidence level. */
public record BootstrapSettings(int replicates, long seed, double confidence) {

  public BootstrapSettings {
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be at least 1");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1)");
    }
  }

  /** 1,000 resamples at 95 % with the given seed. */
  public static BootstrapSettings standard(long seed) {
    return new BootstrapSettings(1000, seed, 0.95);
  }
}
