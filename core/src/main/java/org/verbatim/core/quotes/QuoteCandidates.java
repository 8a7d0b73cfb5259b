package org.verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CodedSpan;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * Candidate exemplar quotes for a theme node, ranked from the coded passages of its supporting
 * codes in a layer. How they are ranked:
 *
 * <ol>
 *   <li>Only passages of readable length are kept: {@link #MIN_WORDS} to {@link #MAX_WORDS} words
 *       by default, where a run of Latin letters or digits is a word and each Han character counts
 *       as half a word (a Chinese word is about two characters).
 *   <li>A passage that overlaps a quote already pinned to another node (or to this one) is left
 *       out, so that one passage does not illustrate two themes.
 *   <li>Each passage is scored by how many of the layer's coders coded it with a supporting code
 *       (agreement makes an exemplar), then by how close its length is to {@link #IDEAL_WORDS}
 *       words, then by document order.
 *   <li>The list is spread over participants: every participant's best passage first (in score
 *       order), then every participant's second best, and so on.
 * </ol>
 */
public final class QuoteCandidates {
  public static final int MIN_WORDS = 15;
  public static final int MAX_WORDS = 80;
  public static final int IDEAL_WORDS = 40;

  private QuoteCandidates() {}

  /** One candidate: the passage, its words and the coders who coded it. */
  public record Candidate(
      DocumentId document,
      String participant,
      Span span,
      String text,
      double words,
      List<String> coders) {
    public Candidate {
      coders = List.copyOf(coders);
    }
  }

  /** Up to {@code limit} candidates for {@code node}, ranked as the class says. */
  public static List<Candidate> rank(
      LayerSnapshot s, ThemeId node, List<Quote> pinned, int minWords, int maxWords, int limit) {
    Set<CodeId> codes = s.supportingCodes(node);
    Map<String, List<CodedSpan>> bySpan = new LinkedHashMap<>();
    for (CodedSpan k : s.codingsOf(codes)) {
      bySpan
          .computeIfAbsent(
              k.document() + ":" + k.span().start() + "-" + k.span().end(), x -> new ArrayList<>())
          .add(k);
    }
    List<Candidate> all = new ArrayList<>();
    for (List<CodedSpan> same : bySpan.values()) {
      CodedSpan k = same.get(0);
      if (pinned.stream()
          .anyMatch(q -> q.document().equals(k.document()) && q.span().overlaps(k.span()))) {
        continue;
      }
      String text = k.span().of(s.text(k.document()).text()).strip();
      double words = words(text);
      if (words < minWords || words > maxWords) {
        continue;
      }
      Set<String> coders = new TreeSet<>();
      same.forEach(x -> coders.add(s.coderName(x.coder())));
      all.add(
          new Candidate(
              k.document(),
              s.participantOf(k.document()),
              k.span(),
              text,
              words,
              List.copyOf(coders)));
    }
    all.sort(
        Comparator.comparingInt((Candidate c) -> -c.coders().size())
            .thenComparingDouble(c -> Math.abs(c.words() - IDEAL_WORDS)));
    Map<String, List<Candidate>> byParticipant = new LinkedHashMap<>();
    all.forEach(c -> byParticipant.computeIfAbsent(c.participant(), x -> new ArrayList<>()).add(c));
    List<Candidate> out = new ArrayList<>();
    for (int round = 0; out.size() < limit; round++) {
      boolean any = false;
      for (List<Candidate> theirs : byParticipant.values()) {
        if (round < theirs.size() && out.size() < limit) {
          out.add(theirs.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  /** Words as the ranking counts them: Latin/digit runs, plus half a word per Han character. */
  public static double words(String text) {
    double words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
        words += 0.5;
        inWord = false;
      } else if (Character.isLetterOrDigit(ch) || (inWord && ch == '\'')) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return words;
  }
}
