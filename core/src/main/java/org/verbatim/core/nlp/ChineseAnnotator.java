package org.verbatim.core.nlp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.Span;

/**
 * Chinese tokens. By default ICU's dictionary word segmentation, the one search uses (it handles
 * Traditional and Simplified script): words only, no part of speech, lemma = word, no entities.
 * When CoreNLP's Chinese models (about 1.5 GB, not shipped) are on the classpath, their segmenter,
 * tagger and NER are used instead.
 */
final class ChineseAnnotator implements TextAnnotator {
  /** The properties file at the root of CoreNLP's Chinese models jar. */
  static final String CHINESE_MODELS = "StanfordCoreNLP-chinese.properties";

  private static volatile StanfordCoreNLP shared;
  private final boolean corenlp;

  ChineseAnnotator() {
    this.corenlp = ChineseAnnotator.class.getClassLoader().getResource(CHINESE_MODELS) != null;
  }

  @Override
  public String version() {
    return corenlp ? "zh:corenlp-4.5.10:1" : "zh:icu-words:1";
  }

  @Override
  public List<Token> annotate(String text) {
    return corenlp ? withCoreNlp(text) : withIcu(text);
  }

  private static List<Token> withIcu(String text) {
    // a new iterator per call: ICU break iterators are not thread-safe
    BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    words.setText(text);
    List<Token> out = new ArrayList<>();
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      // spaces and punctuation have the status WORD_NONE; letters, numbers and ideographs not
      if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
        continue;
      }
      String word = text.substring(start, end);
      out.add(new Token(start, end, word, word, "", "O"));
    }
    return out;
  }

  private static List<Token> withCoreNlp(String text) {
    StanfordCoreNLP pipeline = pipeline();
    List<Token> out = new ArrayList<>();
    for (Span chunk : CoreNlpSentenceSplitter.chunks(text)) {
      if (chunk.length() == 0) {
        continue;
      }
      Annotation annotation = new Annotation(chunk.of(text));
      pipeline.annotate(annotation);
      List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null) {
        continue;
      }
      for (CoreLabel t : tokens) {
        String word = t.word();
        out.add(
            new Token(
                chunk.start() + t.beginPosition(),
                chunk.start() + t.endPosition(),
                word,
                word,
                t.tag() == null ? "" : t.tag(),
                t.ner() == null ? "O" : t.ner()));
      }
    }
    return out;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (ChineseAnnotator.class) {
        p = shared;
        if (p == null) {
          java.util.Properties props = new java.util.Properties();
          try (var in =
              ChineseAnnotator.class.getClassLoader().getResourceAsStream(CHINESE_MODELS)) {
            props.load(in);
          } catch (java.io.IOException e) {
            throw new NlpModelsMissingException(
                "CoreNLP Chinese models unreadable: " + e.getMessage());
          }
          props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
          props.setProperty("ner.buildEntityMentions", "false");
          p = new StanfordCoreNLP(props, false);
          shared = p;
        }
      }
    }
    return p;
  }
}
