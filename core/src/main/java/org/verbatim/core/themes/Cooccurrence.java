package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Span;

/**
 * Co-occurrence of codes in one layer, counted in units:
 *
 * <ul>
 *   <li>{@link Proximity#SENTENCE}, {@link Proximity#TURN}: a unit is a sentence or speaker turn,
 *       coded with a code when one of its passages overlaps it;
 *   <li>{@link Proximity#OVERLAP}: for a pair X, Y in a document, a unit is a stretch where the
 *       passages of X and Y overlap one another into one connected run; it is coded with both when
 *       the run holds passages of both. For X with itself, the units are X's own runs.
 * </ul>
 *
 * The count of a pair is its units coded with both; its Jaccard index is that count over the units
 * coded with either.
 */
public final class Cooccurrence {
  private Cooccurrence() {}

  /** Co-occurrence of every code of the snapshot that has codings, in codebook order. */
  public static CooccurrenceMatrix of(LayerSnapshot s, Proximity proximity) {
    List<Code> codes = s.codes().stream().filter(c -> !s.codingsOf(c.id()).isEmpty()).toList();
    return of(s, codes, proximity);
  }

  /** Co-occurrence of the given codes. */
  public static CooccurrenceMatrix of(LayerSnapshot s, List<Code> codes, Proximity proximity) {
    int n = codes.size();
    int[][] both = new int[n][n];
    int[][] either = new int[n][n];
    if (proximity == Proximity.OVERLAP) {
      overlap(s, codes, both, either);
    } else {
      units(s, codes, proximity, both, either);
    }
    List<List<Integer>> counts = new ArrayList<>();
    List<List<Double>> jaccard = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<Integer> c = new ArrayList<>();
      List<Double> j = new ArrayList<>();
      for (int b = 0; b < n; b++) {
        c.add(both[a][b]);
        j.add(either[a][b] == 0 ? 0.0 : both[a][b] / (double) either[a][b]);
      }
      counts.add(c);
      jaccard.add(j);
    }
    List<EvidenceMatrix.Row> rows =
        codes.stream()
            .map(c -> new EvidenceMatrix.Row(EvidenceMatrix.Kind.CODE, c.id().value(), c.name(), 0))
            .toList();
    return new CooccurrenceMatrix(s.layer().label(), proximity, rows, counts, jaccard);
  }

  /**
   * Document by document: each code's passages merged into runs (start, end pairs in one array),
   * then every pair of codes present in the document joined. A pair absent together from a document
   * adds the runs of the one present to its "either" count, which is settled once from the codes'
   * totals instead of per document.
   */
  private static void overlap(LayerSnapshot s, List<Code> codes, int[][] both, int[][] either) {
    int n = codes.size();
    Map<CodeId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(codes.get(i).id(), i);
    }
    int[] own = new int[n];
    // runs in both codes' documents: joint "either" minus their own runs there
    int[][] saved = new int[n][n];
    for (DocumentSummary d : s.documents()) {
      List<CodedSpan> here = s.codingsIn(d.id());
      if (here.isEmpty()) {
        continue;
      }
      List<List<Span>> spans = new ArrayList<>();
      codes.forEach(c -> spans.add(null));
      List<Integer> present = new ArrayList<>();
      for (CodedSpan k : here) {
        Integer i = index.get(k.code());
        if (i == null) {
          continue;
        }
        if (spans.get(i) == null) {
          spans.set(i, new ArrayList<>());
          present.add(i);
        }
        spans.get(i).add(k.span());
      }
      java.util.Collections.sort(present);
      int[][] runs = new int[n][];
      for (int i : present) {
        runs[i] = runs(spans.get(i));
        own[i] += runs[i].length / 2;
      }
      for (int x = 0; x < present.size(); x++) {
        int a = present.get(x);
        for (int y = x + 1; y < present.size(); y++) {
          int b = present.get(y);
          long r = joint(runs[a], runs[b]);
          int together = (int) (r >>> 32);
          int all = (int) r;
          both[a][b] += together;
          saved[a][b] += runs[a].length / 2 + runs[b].length / 2 - all;
        }
      }
    }
    for (int a = 0; a < n; a++) {
      both[a][a] = own[a];
      either[a][a] = own[a];
      for (int b = a + 1; b < n; b++) {
        both[b][a] = both[a][b];
        either[a][b] = either[b][a] = own[a] + own[b] - saved[a][b];
      }
    }
  }

  /** Runs of the union of two run arrays: {runs holding both} in the high half, all runs low. */
  private static long joint(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    int together = 0;
    int all = 0;
    int nx = x.length;
    int ny = y.length;
    while (i < nx || j < ny) {
      boolean takeX = j >= ny || (i < nx && x[i] <= y[j]);
      int end = takeX ? x[i + 1] : y[j + 1];
      boolean hasX = takeX;
      boolean hasY = !takeX;
      if (takeX) {
        i += 2;
      } else {
        j += 2;
      }
      boolean grew = true;
      while (grew) {
        grew = false;
        if (i < nx && x[i] < end) {
          end = Math.max(end, x[i + 1]);
          i += 2;
          hasX = true;
          grew = true;
        }
        if (j < ny && y[j] < end) {
          end = Math.max(end, y[j + 1]);
          j += 2;
          hasY = true;
          grew = true;
        }
      }
      all++;
      if (hasX && hasY) {
        together++;
      }
    }
    return ((long) together << 32) | all;
  }

  /** Spans merged into disjoint runs as start, end pairs, sorted. */
  private static int[] runs(List<Span> spans) {
    List<Span> merged = merge(spans);
    int[] out = new int[merged.size() * 2];
    for (int i = 0; i < merged.size(); i++) {
      out[2 * i] = merged.get(i).start();
      out[2 * i + 1] = merged.get(i).end();
    }
    return out;
  }

  /** Overlapping spans merged into disjoint runs, sorted by start. */
  static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>();
    for (Span sp : sorted) {
      if (!out.isEmpty() && sp.start() < out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), sp.end())));
      } else {
        out.add(sp);
      }
    }
    return out;
  }

  private static void units(
      LayerSnapshot s, List<Code> codes, Proximity proximity, int[][] both, int[][] either) {
    int n = codes.size();
    Map<CodeId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(codes.get(i).id(), i);
    }
    // unit sets per code as "document:unit" keys
    List<Set<Long>> sets = new ArrayList<>();
    codes.forEach(c -> sets.add(new HashSet<>()));
    for (DocumentSummary d : s.documents()) {
      List<CodedSpan> here = s.codingsIn(d.id());
      if (here.stream().noneMatch(k -> index.containsKey(k.code()))) {
        continue;
      }
      DocumentLayout layout = s.layout(d.id());
      for (CodedSpan k : here) {
        Integer code = index.get(k.code());
        if (code == null) {
          continue;
        }
        // the units a passage overlaps, found by binary search over the units' starts
        int[] range = layout.overlapping(proximity, k.span());
        for (int u = range[0]; u < range[1]; u++) {
          sets.get(code).add(d.id().value() * 1_000_000L + u);
        }
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a; b < n; b++) {
        Set<Long> small = sets.get(a).size() <= sets.get(b).size() ? sets.get(a) : sets.get(b);
        Set<Long> large = small == sets.get(a) ? sets.get(b) : sets.get(a);
        int together = 0;
        for (long u : small) {
          if (large.contains(u)) {
            together++;
          }
        }
        both[a][b] = both[b][a] = together;
        either[a][b] = either[b][a] = sets.get(a).size() + sets.get(b).size() - together;
      }
    }
  }
}
