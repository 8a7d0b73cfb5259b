package org.verbatim.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Checks the boundary sweep against the definitions computed position by position with per-
 * character arrays, on random data with two to four coders.
 */
class UnitizingAlphaBruteForceTest {

  @RepeatedTest(30)
  void sweepMatchesPerCharacterDefinition(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    int length = 20 + random.nextInt(200);
    int coders = 2 + random.nextInt(3);
    String[] categories = {"a", "b", "c"};
    Map<String, List<Segment>> data = new LinkedHashMap<>();
    for (int i = 0; i < coders; i++) {
      List<Segment> segments = new ArrayList<>();
      int at = random.nextInt(5);
      while (at < length - 1) {
        int end = Math.min(length, at + 1 + random.nextInt(30));
        if (random.nextInt(3) > 0) {
          segments.add(new Segment(at, end, categories[random.nextInt(3)]));
        }
        at = end + (random.nextBoolean() ? 0 : random.nextInt(10));
      }
      data.put("coder" + i, segments);
    }
    UnitizedStudy study = UnitizedStudy.of(length, data);
    UnitizingAlpha alpha = new UnitizingAlpha(study);
    BruteForce expected = new BruteForce(study);
    assertClose(Statistic.compute(alpha::uAlpha), expected.u());
    assertClose(Statistic.compute(alpha::binaryUAlpha), expected.binary());
    assertClose(Statistic.compute(alpha::cuAlpha), expected.cu());
  }

  private static void assertClose(Statistic actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual.isDefined()).as("undefined like the reference").isFalse();
    } else {
      assertThat(actual.value().orElseThrow()).isCloseTo(expected, within(1e-9));
    }
  }

  /** Per-character reference computation, written independently of the sweep. */
  private static final class BruteForce {
    final int m;
    final int length;
    final int[][] value; // 0 gap, 1.. category
    final int[][] segmentOf;
    final List<int[]> segments = new ArrayList<>(); // {coder, start, end, value}

    BruteForce(UnitizedStudy study) {
      List<String> coders = study.coders();
      m = coders.size();
      length = study.length();
      value = new int[m][length];
      segmentOf = new int[m][length];
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < m; i++) {
        java.util.Arrays.fill(segmentOf[i], -1);
        for (Segment s : study.segments(coders.get(i))) {
          int v = index.computeIfAbsent(s.category(), k -> index.size() + 1);
          for (int p = s.start(); p < s.end(); p++) {
            value[i][p] = v;
            segmentOf[i][p] = segments.size();
          }
          segments.add(new int[] {i, s.start(), s.end(), v});
        }
      }
    }

    double u() {
      double[][] o = new double[4][4];
      for (int p = 0; p < length; p++) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < m; j++) {
            if (i != j) {
              o[value[i][p]][value[j][p]] += 1.0 / (m - 1);
            }
          }
        }
      }
      double[] self = new double[4];
      int coded = 0;
      for (int[] s : segments) {
        self[s[3]] += (double) (s[2] - s[1]) * (s[2] - s[1]);
        coded += s[2] - s[1];
      }
      self[0] = m * length - coded;
      return alpha(o, self);
    }

    double binary() {
      double[][] o = new double[2][2];
      for (int p = 0; p < length; p++) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < m; j++) {
            if (i != j) {
              o[value[i][p] > 0 ? 1 : 0][value[j][p] > 0 ? 1 : 0] += 1.0 / (m - 1);
            }
          }
        }
      }
      double[] self = new double[2];
      int coded = 0;
      for (int[] s : segments) {
        self[1] += (double) (s[2] - s[1]) * (s[2] - s[1]);
        coded += s[2] - s[1];
      }
      self[0] = m * length - coded;
      return alpha(o, self);
    }

    double cu() {
      double[][] o = new double[3][3];
      for (int p = 0; p < length; p++) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < m; j++) {
            if (i != j && value[i][p] > 0 && value[j][p] > 0) {
              o[value[i][p] - 1][value[j][p] - 1] += 1.0 / (m - 1);
            }
          }
        }
      }
      double[] self = new double[3];
      for (int[] s : segments) {
        double sum = 0;
        for (int j = 0; j < m; j++) {
          if (j == s[0]) {
            continue;
          }
          int shared = 0;
          for (int p = s[1]; p < s[2]; p++) {
            if (value[j][p] > 0) {
              shared++;
            }
          }
          sum += shared;
        }
        self[s[3] - 1] += (sum / (m - 1)) * (sum / (m - 1));
      }
      double total = 0;
      for (double[] row : o) {
        for (double x : row) {
          total += x;
        }
      }
      return total == 0 ? Double.NaN : alpha(o, self);
    }

    /** α = 1 − D_o/D_e with D = Σ_{c≠k}, expected coincidences as in the 2016 paper. */
    static double alpha(double[][] o, double[] self) {
      int v = o.length;
      double[] margin = new double[v];
      double n = 0;
      double selfSum = 0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          margin[c] += o[c][k];
        }
        n += margin[c];
        selfSum += self[c];
      }
      double observed = 0;
      double expected = 0;
      for (int c = 0; c < v; c++) {
        for (int k = 0; k < v; k++) {
          if (c != k) {
            observed += o[c][k];
            expected += n * margin[c] * margin[k] / (n * n - selfSum);
          }
        }
      }
      return expected <= 1e-9 * n ? Double.NaN : 1 - observed / expected;
    }
  }
}
