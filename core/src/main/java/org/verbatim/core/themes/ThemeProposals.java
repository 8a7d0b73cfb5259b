package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.Language;
import org.verbatim.core.nlp.ShippedStopWords;

/**
 * Proposes groupings of the codes no theme links yet, deterministically for the same data. Two
 * codes are similar by the mean of (a) their co-occurrence, the Jaccard index of overlapping
 * passages ({@link Cooccurrence}, {@link Proximity#OVERLAP}), and (b) the TF-IDF cosine of the
 * words of their passages (each code's passages form one bag of words; idf = ln((1 + n) / (1 + df))
 * + 1 over the n candidate codes; Han characters count as words of their own; the shipped stop
 * words of {@link ShippedStopWords} are left out). Codes are grouped by average-linkage
 * agglomerative clustering: the two most similar groups merge while their average similarity is at
 * least {@link #THRESHOLD}; ties go to the groups first in codebook order. Groups of two or more
 * codes are proposed.
 */
public final class ThemeProposals {
  /** Least average similarity at which two groups still merge. */
  public static final double THRESHOLD = 0.2;

  private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}][\\p{L}\\p{M}'’-]*");
  // inflected English forms (the word lists hold lemmas) and contractions, which this tokenizer
  // keeps whole, then the word lists' shipped stop words (Chinese particles are single characters)
  private static final Set<String> STOP = stopWords();

  private ThemeProposals() {}

  /** Proposals over the snapshot's unlinked codes that have passages, minus dismissed keys. */
  public static List<ThemeProposal> propose(LayerSnapshot s, Set<String> dismissed) {
    Set<org.verbatim.core.model.CodeId> linked = s.tree().allLinkedCodes();
    List<Code> candidates =
        s.codes().stream()
            .filter(c -> !linked.contains(c.id()) && !s.codingsOf(c.id()).isEmpty())
            .toList();
    int n = candidates.size();
    if (n < 2) {
      return List.of();
    }
    CooccurrenceMatrix cooc = Cooccurrence.of(s, candidates, Proximity.OVERLAP);
    List<Map<String, Double>> vectors = tfidf(s, candidates);
    double[][] sim = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        sim[a][b] = a == b ? 1 : (cooc.jaccard(a, b) + cosine(vectors.get(a), vectors.get(b))) / 2;
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>(List.of(i)));
    }
    while (groups.size() > 1) {
      int bestA = -1;
      int bestB = -1;
      double best = -1;
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double avg = average(groups.get(a), groups.get(b), sim);
          // strictly greater keeps the earliest pair on ties
          if (avg > best + 1e-12) {
            best = avg;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (best < THRESHOLD) {
        break;
      }
      groups.get(bestA).addAll(groups.remove(bestB));
      groups.get(bestA).sort(Comparator.naturalOrder());
    }
    List<ThemeProposal> out = new ArrayList<>();
    for (List<Integer> g : groups) {
      if (g.size() < 2) {
        continue;
      }
      ThemeProposal p = describe(g, candidates, cooc, vectors, sim);
      if (!dismissed.contains(p.key())) {
        out.add(p);
      }
    }
    out.sort(
        Comparator.comparingDouble(ThemeProposal::similarity)
            .reversed()
            .thenComparing(ThemeProposal::key));
    return out;
  }

  private static ThemeProposal describe(
      List<Integer> g,
      List<Code> candidates,
      CooccurrenceMatrix cooc,
      List<Map<String, Double>> vectors,
      double[][] sim) {
    double total = 0;
    int pairs = 0;
    int shared = 0;
    for (int i = 0; i < g.size(); i++) {
      for (int j = i + 1; j < g.size(); j++) {
        total += sim[g.get(i)][g.get(j)];
        shared += cooc.count(g.get(i), g.get(j));
        pairs++;
      }
    }
    // words present in every member, ranked by their smallest weight among the members
    Map<String, Double> common = new TreeMap<>(vectors.get(g.get(0)));
    for (int i : g) {
      Map<String, Double> v = vectors.get(i);
      common.keySet().retainAll(v.keySet());
      common.replaceAll((w, x) -> Math.min(x, v.get(w)));
    }
    List<String> top =
        common.entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(5)
            .map(Map.Entry::getKey)
            .toList();
    List<EvidenceMatrix.Row> codes =
        g.stream()
            .map(i -> candidates.get(i))
            .map(c -> new EvidenceMatrix.Row(EvidenceMatrix.Kind.CODE, c.id().value(), c.name(), 0))
            .toList();
    String key =
        codes.stream()
            .map(r -> r.id())
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining("-"));
    double similarity = total / pairs;
    String reason =
        String.format(
            Locale.ROOT,
            "%s: similarity %.2f; %d shared overlapping passage%s; common words: %s",
            codes.stream().map(EvidenceMatrix.Row::name).collect(Collectors.joining(", ")),
            similarity,
            shared,
            shared == 1 ? "" : "s",
            top.isEmpty() ? "none" : String.join(", ", top));
    return new ThemeProposal(key, codes, similarity, shared, top, reason);
  }

  private static double average(List<Integer> a, List<Integer> b, double[][] sim) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        sum += sim[i][j];
      }
    }
    return sum / (a.size() * b.size());
  }

  private static Set<String> stopWords() {
    Set<String> out =
        new HashSet<>(
            Set.of(
                "a", "about", "all", "an", "and", "are", "as", "at", "be", "been", "but", "by",
                "can", "do", "for", "from", "had", "has", "have", "he", "her", "him", "his", "i",
                "if", "in", "is", "it", "its", "just", "me", "my", "not", "of", "on", "or", "our",
                "she", "so", "that", "the", "their", "them", "then", "there", "they", "this", "to",
                "was", "we", "were", "what", "when", "which", "who", "with", "you", "your", "very",
                "really", "like", "s", "t", "don't", "it's", "i'm", "i've", "that's"));
    for (Language l : Language.values()) {
      out.addAll(ShippedStopWords.of(l));
    }
    return Set.copyOf(out);
  }

  /** One TF-IDF vector per code over the words of its passages. */
  static List<Map<String, Double>> tfidf(LayerSnapshot s, List<Code> codes) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Code c : codes) {
      Map<String, Integer> tf = new TreeMap<>();
      for (CodedSpan k : s.codingsOf(c.id())) {
        String text = s.text(k.document()).text();
        int end = Math.min(k.span().end(), text.length());
        Matcher m = WORD.matcher(text.substring(Math.min(k.span().start(), end), end));
        while (m.find()) {
          String w = m.group().toLowerCase(Locale.ROOT);
          if (!STOP.contains(w)) {
            tf.merge(w, 1, Integer::sum);
          }
        }
      }
      tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      counts.add(tf);
    }
    int n = codes.size();
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> tf : counts) {
      Map<String, Double> v = new TreeMap<>();
      tf.forEach((w, f) -> v.put(w, f * (Math.log((1.0 + n) / (1.0 + df.get(w))) + 1)));
      out.add(v);
    }
    return out;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }
}
