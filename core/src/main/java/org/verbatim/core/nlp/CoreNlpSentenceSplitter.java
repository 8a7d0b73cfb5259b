package org.verbatim.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Splits English text with Stanford CoreNLP's rule-based {@code tokenize,ssplit} annotators, which
 * need only the CoreNLP code jar, not its models.
 *
 * <p>CoreNLP normalises token text (quotes, brackets) but reports character offsets into the string
 * it was given; only those offsets are used, so sentences always refer to the original text. The
 * pipeline is built once, in the constructor, and is safe to share between threads.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {
  /** Longest span of text given to CoreNLP at once, in UTF-16 units. */
  static final int CHUNK = 64 * 1024;

  private final StanfordCoreNLP pipeline;

  /** Builds the CoreNLP pipeline now, so that a broken classpath shows at startup. */
  public CoreNlpSentenceSplitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // Transcripts put one utterance or paragraph per line, often without final punctuation.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Keep characters the tokenizer does not know (emoji, symbols) silently; offsets stay right.
    props.setProperty("tokenize.options", "untokenizable=noneKeep");
    this.pipeline = new StanfordCoreNLP(props, false);
  }

  @Override
  public List<Sentence> split(String text, List<Turn> turns, Language language) {
    SentencePartition partition = new SentencePartition(text);
    // CoreNLP passes over chunks of many lines: a pass per turn pays the tokenizer's set-up
    // thousands of times, one pass over a whole long text holds all its tokens at once. Every line
    // break ends a sentence, and turns start at line starts, so the cuts are the same either way.
    TreeSet<Integer> all = new TreeSet<>();
    for (Span chunk : chunks(text)) {
      all.addAll(cuts(text, chunk));
    }
    for (Span region : SentencePartition.regions(text, turns)) {
      TreeSet<Integer> inside =
          new TreeSet<>(all.subSet(region.start(), false, region.end(), true));
      partition.add(region, inside);
    }
    return partition.sentences();
  }

  /**
   * Consecutive spans covering {@code text}, each ending at a line break and at most {@link #CHUNK}
   * long, so that CoreNLP's memory stays bounded however long the text. A single line longer than
   * that is cut after the last sentence-final mark followed by a space (or else the last space)
   * before the bound, where a sentence ends anyway.
   */
  static List<Span> chunks(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int limit = Math.min(text.length(), start + CHUNK);
      int end = limit;
      if (limit < text.length()) {
        int newline = text.lastIndexOf('\n', limit - 1);
        end = newline >= start ? newline + 1 : cutInLine(text, start, limit);
      }
      out.add(new Span(start, end));
      start = end;
    }
    return out;
  }

  private static int cutInLine(String text, int start, int limit) {
    int space = -1;
    for (int i = limit - 1; i > start; i--) {
      if (text.charAt(i) == ' ') {
        char before = text.charAt(i - 1);
        if (before == '.' || before == '?' || before == '!') {
          return i + 1;
        }
        if (space < 0) {
          space = i + 1;
        }
      }
    }
    if (space > 0) {
      return space;
    }
    // no space at all: cut at the bound, but never between the halves of a surrogate pair
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** CoreNLP's sentence ends in {@code region}, as absolute offsets of {@code text}. */
  private TreeSet<Integer> cuts(String text, Span region) {
    TreeSet<Integer> cuts = new TreeSet<>();
    if (region.length() == 0) {
      return cuts;
    }
    Annotation annotation = new Annotation(region.of(text));
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return cuts;
    }
    for (CoreMap sentence : sentences) {
      Integer end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (end != null) {
        cuts.add(region.start() + end);
      }
    }
    return cuts;
  }
}
