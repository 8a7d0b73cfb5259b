package org.verbatim.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.verbatim.core.model.Span;

/**
 * English tokens from Stanford CoreNLP's {@code tokenize,ssplit,pos,lemma,ner}: one pipeline per
 * process, built on first use (it loads about 0.5 GB of models, for some seconds) and shared by
 * every thread, as CoreNLP's own server shares it.
 */
final class EnglishAnnotator implements TextAnnotator {
  /** A resource of the models jar; its absence means the models are not on the classpath. */
  static final String MODEL_PROBE =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private static volatile StanfordCoreNLP shared;

  @Override
  public String version() {
    return "en:corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner:3";
  }

  @Override
  public List<Token> annotate(String text) {
    StanfordCoreNLP pipeline = pipeline();
    List<Token> out = new ArrayList<>();
    // the sentence splitter's chunks: bounded memory, and every chunk ends at a line break
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
      List<Token> chunkTokens = new ArrayList<>(tokens.size());
      for (CoreLabel t : tokens) {
        int start = chunk.start() + t.beginPosition();
        int end = chunk.start() + t.endPosition();
        String word = t.word();
        String lemma = t.lemma() == null ? word : t.lemma();
        String pos = t.tag() == null ? "" : t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        chunkTokens.add(new Token(start, end, word, lemma, pos, ner));
      }
      out.addAll(CityGazetteer.retag(chunkTokens, text));
    }
    return out;
  }

  /** Whether the CoreNLP English models are on the classpath. */
  static boolean modelsPresent() {
    return EnglishAnnotator.class.getClassLoader().getResource(MODEL_PROBE) != null;
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (EnglishAnnotator.class) {
        p = shared;
        if (p == null) {
          if (!modelsPresent()) {
            throw new NlpModelsMissingException(
                "CoreNLP English models are not on the classpath: add"
                    + " edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models"
                    + " (server/target/lib/ beside verbatim.jar)");
          }
          p = new StanfordCoreNLP(properties(), false);
          shared = p;
        }
      }
    }
    return p;
  }

  private static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("tokenize.language", "en");
    // as the sentence splitter: one utterance per line, unknown characters kept silently
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "untokenizable=noneKeep");
    // one CRF (PERSON, ORGANIZATION, LOCATION) instead of three, and no fine-grained rules (half a
    // million regular expressions per sentence): a quarter of the time. DATE still comes from
    // SUTime; CITY from the same gazetteer's city names (CityGazetteer)
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.combinationMode", "NORMAL");
    return props;
  }
}
