package org.verbatim.core.bench;

import java.time.Duration;
import java.util.List;

/** The median and the worst of a benchmark's timed runs, and durations in seconds. */
public final class Durations {
  private Durations() {}

  /** The median run (the upper one of an even count); zero for no runs. */
  public static Duration median(List<Duration> runs) {
    return runs.isEmpty() ? Duration.ZERO : runs.stream().sorted().toList().get(runs.size() / 2);
  }

  /** A duration in seconds, as the bench commands print it. */
  public static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  /** The slowest run; zero for no runs. */
  public static Duration worst(List<Duration> runs) {
    return runs.stream().max(Duration::compareTo).orElse(Duration.ZERO);
  }
}
