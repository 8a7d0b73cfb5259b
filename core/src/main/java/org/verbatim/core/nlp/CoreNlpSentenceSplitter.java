package org.verbatim.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
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
    // One CoreNLP pass over the whole text: a pass per turn pays the tokenizer's set-up thousands
    // of times. Every line break ends a sentence, and turns start at line starts, so the cuts
    // inside a turn are the same either way.
    TreeSet<Integer> all = cuts(text, new Span(0, text.length()));
    for (Span region : SentencePartition.regions(text, turns)) {
      TreeSet<Integer> inside =
          new TreeSet<>(all.subSet(region.start(), false, region.end(), true));
      partition.add(region, inside);
    }
    return partition.sentences();
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
