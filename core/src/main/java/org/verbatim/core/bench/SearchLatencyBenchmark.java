package org.verbatim.core.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.core.search.SearchIndex;
import org.verbatim.core.search.SearchResult;

/**
 * Measures search latency over a query mix: runs the whole mix {@code warmupRounds} times
 * unmeasured (JIT, caches), then times every query in {@code measuredRounds} further rounds,
 * wall-clock per {@link SearchIndex#search} call.
 */
public final class SearchLatencyBenchmark {
  /** One timed query. */
  public record Measurement(String kind, String text, double millis, int totalHits) {}

  /**
   * Latency percentiles (nearest rank) over all measurements, in milliseconds.
   *
   * @param queries distinct queries in the mix
   * @param measurements timed calls (queries × measured rounds)
   * @param withoutHits queries whose result was empty (a mix that misses measures little)
   * @param slowest the five slowest measurements, slowest first
   */
  public record LatencyReport(
      int queries,
      int measurements,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis,
      int withoutHits,
      List<Measurement> slowest) {
    public LatencyReport {
      slowest = List.copyOf(slowest);
    }
  }

  private SearchLatencyBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @throws IllegalStateException naming the query when one fails (a mix must run cleanly)
   */
  public static LatencyReport run(
      SearchIndex index, List<QueryMix.BenchQuery> queries, int warmupRounds, int measuredRounds) {
    if (queries.isEmpty() || measuredRounds < 1 || warmupRounds < 0) {
      throw new IllegalArgumentException("need queries, measuredRounds >= 1, warmupRounds >= 0");
    }
    for (int round = 0; round < warmupRounds; round++) {
      queries.forEach(q -> search(index, q));
    }
    List<Measurement> measurements = new ArrayList<>();
    int withoutHits = 0;
    for (int round = 0; round < measuredRounds; round++) {
      for (QueryMix.BenchQuery q : queries) {
        long begin = System.nanoTime();
        SearchResult result = search(index, q);
        double millis = (System.nanoTime() - begin) / 1e6;
        measurements.add(new Measurement(q.kind(), q.query().text(), millis, result.totalHits()));
        if (round == 0 && result.totalHits() == 0) {
          withoutHits++;
        }
      }
    }
    double[] sorted = measurements.stream().mapToDouble(Measurement::millis).sorted().toArray();
    List<Measurement> slowest =
        measurements.stream()
            .sorted(Comparator.comparingDouble(Measurement::millis).reversed())
            .limit(5)
            .toList();
    return new LatencyReport(
        queries.size(),
        sorted.length,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted[sorted.length - 1],
        withoutHits,
        slowest);
  }

  /** Nearest-rank percentile of ascending {@code sorted}. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  private static SearchResult search(SearchIndex index, QueryMix.BenchQuery q) {
    try {
      return index.search(q.query());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "benchmark query \""
              + q.query().text()
              + "\" ("
              + q.kind()
              + ") failed: "
              + e.getMessage(),
          e);
    }
  }
}
