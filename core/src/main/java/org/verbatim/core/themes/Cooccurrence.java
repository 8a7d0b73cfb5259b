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
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.DocumentId;
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

  private static void overlap(LayerSnapshot s, List<Code> codes, int[][] both, int[][] either) {
    int n = codes.size();
    // Per code, per document: its passages merged into disjoint runs, sorted.
    List<Map<DocumentId, List<Span>>> runs = new ArrayList<>();
    for (Code c : codes) {
      Map<DocumentId, List<Span>> byDoc = new HashMap<>();
      for (Coding k : s.codingsOf(c.id())) {
        byDoc.computeIfAbsent(k.document(), d -> new ArrayList<>()).add(k.span());
      }
      byDoc.replaceAll((d, spans) -> merge(spans));
      runs.add(byDoc);
    }
    for (int a = 0; a < n; a++) {
      int own = runs.get(a).values().stream().mapToInt(List::size).sum();
      both[a][a] = own;
      either[a][a] = own;
      for (int b = a + 1; b < n; b++) {
        Set<DocumentId> docs = new HashSet<>(runs.get(a).keySet());
        docs.addAll(runs.get(b).keySet());
        int together = 0;
        int any = 0;
        for (DocumentId d : docs) {
          int[] r =
              joint(runs.get(a).getOrDefault(d, List.of()), runs.get(b).getOrDefault(d, List.of()));
          together += r[0];
          any += r[1];
        }
        both[a][b] = both[b][a] = together;
        either[a][b] = either[b][a] = any;
      }
    }
  }

  /** Runs of the union of two run lists: {runs holding both, all runs}. */
  private static int[] joint(List<Span> x, List<Span> y) {
    int i = 0;
    int j = 0;
    int together = 0;
    int all = 0;
    while (i < x.size() || j < y.size()) {
      boolean takeX = j >= y.size() || (i < x.size() && x.get(i).start() <= y.get(j).start());
      int end = takeX ? x.get(i).end() : y.get(j).end();
      boolean hasX = takeX;
      boolean hasY = !takeX;
      if (takeX) {
        i++;
      } else {
        j++;
      }
      boolean grew = true;
      while (grew) {
        grew = false;
        if (i < x.size() && x.get(i).start() < end) {
          end = Math.max(end, x.get(i++).end());
          hasX = true;
          grew = true;
        }
        if (j < y.size() && y.get(j).start() < end) {
          end = Math.max(end, y.get(j++).end());
          hasY = true;
          grew = true;
        }
      }
      all++;
      if (hasX && hasY) {
        together++;
      }
    }
    return new int[] {together, all};
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
    Map<DocumentId, List<Coding>> byDoc = new HashMap<>();
    for (Coding k : s.codings()) {
      if (index.containsKey(k.code())) {
        byDoc.computeIfAbsent(k.document(), d -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<DocumentId, List<Coding>> e : byDoc.entrySet()) {
      List<Span> units = PassageRetrieval.units(s.text(e.getKey()), proximity);
      for (Coding k : e.getValue()) {
        for (int u = 0; u < units.size(); u++) {
          if (units.get(u).overlaps(k.span())) {
            sets.get(index.get(k.code())).add(e.getKey().value() * 1_000_000L + u);
          }
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
