package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Language;
import org.verbatim.core.nlp.AnnotationService;
import org.verbatim.core.nlp.Token;

/**
 * Named-entity mentions from the project's cached annotations ({@link AnnotationService}): runs of
 * adjacent tokens with the same CoreNLP tag become one mention, and a person's title ("Dr.", "Mrs")
 * just before it joins the mention, so "Dr. Lin" and "Dr Lin" group together apart from a bare
 * "Lin". A document annotated once is read from the cache on every later scan. Chinese documents
 * carry no entity tags without CoreNLP's Chinese models; for them {@link ChineseNames} and the
 * researcher's list stand in, so they are not annotated here.
 */
public final class AnnotationTagger implements EntityTagger {
  private final AnnotationService annotations;

  public AnnotationTagger(AnnotationService annotations) {
    this.annotations = annotations;
  }

  @Override
  public void prepare(Collection<Document> documents) {
    // annotating in parallel up front: the scan itself then reads the cache, one document at a time
    annotations.annotate(
        documents.stream().filter(AnnotationTagger::tagged).map(AnnotationTagger::id).toList());
  }

  @Override
  public List<Mention> mentions(Document document) {
    if (!tagged(document)) {
      return List.of();
    }
    String text = document.text();
    List<Token> tokens = annotations.tokens(id(document));
    List<Mention> out = new ArrayList<>();
    // the token index just past each mention in out, to look back over the words between
    List<Integer> ends = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<DeidTag> tag = tagOf(tokens.get(i).ner());
      if (tag.isEmpty()) {
        i++;
        continue;
      }
      int first = i;
      String ner = tokens.get(i).ner();
      // CoreNLP tags each token, not spans: "Kaohsiung General Hospital" is three ORGANIZATION
      // tokens
      while (i + 1 < tokens.size()
          && tokens.get(i + 1).ner().equals(ner)
          && spaces(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
        i++;
      }
      int start = tokens.get(first).start();
      if (tag.get() == DeidTag.PERSON && first > 0 && isTitle(tokens.get(first - 1), text)) {
        start = tokens.get(first - 1).start();
      }
      Mention m =
          new Mention(document.summary().id(), start, tokens.get(i).end(), tag.get(), "ner");
      int last = out.size() - 1;
      if (m.tag() == DeidTag.ORGANIZATION
          && last >= 0
          && out.get(last).tag() != DeidTag.PERSON
          && out.get(last).tag() != DeidTag.DATE
          && bridged(tokens, ends.get(last), first, text)) {
        // "Kaohsiung General Hospital" comes as CITY, a capitalised word, ORGANIZATION: one
        // organisation named after its place, which must be replaced whole
        out.set(last, new Mention(m.document(), out.get(last).start(), m.end(), m.tag(), "ner"));
        ends.set(last, i + 1);
      } else if (m.tag() != DeidTag.DATE || specific(text.substring(m.start(), m.end()))) {
        out.add(m);
        ends.add(i + 1);
      }
      i++;
    }
    return out;
  }

  /**
   * Whether the tokens {@code [from, to)} are at most three capitalised words on one line, each
   * apart from the next by spaces only, with nothing else between the mentions around them.
   */
  private static boolean bridged(List<Token> tokens, int from, int to, String text) {
    if (to - from > 3 || from == 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = text.substring(tokens.get(k).start(), tokens.get(k).end());
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    for (int k = from; k <= to; k++) {
      if (!spaces(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code [from, to)} of {@code text} holds spaces only (no line break, no tab). */
  private static boolean spaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a DATE names a day or a month ("2025-03-14", "next June", "Tuesday"), which can
   * identify an interview or an event; "now", "last year", "two years ago" cannot.
   */
  static boolean specific(String date) {
    return SPECIFIC_DATE.matcher(date).find();
  }

  private static final java.util.regex.Pattern SPECIFIC_DATE =
      java.util.regex.Pattern.compile(
          "\\d|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\b"
              + "|\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

  /** Our tag for a CoreNLP tag; states and countries count as places. */
  static Optional<DeidTag> tagOf(String ner) {
    return switch (ner) {
      case "STATE_OR_PROVINCE", "COUNTRY" -> Optional.of(DeidTag.LOCATION);
      case "O" -> Optional.empty();
      default -> DeidTag.of(ner);
    };
  }

  private static boolean isTitle(Token t, String text) {
    String w = text.substring(t.start(), t.end());
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    return FormKey.TITLES.contains(bare);
  }

  private static boolean tagged(Document d) {
    return d.summary().language() == Language.ENGLISH;
  }

  private static DocumentId id(Document d) {
    return d.summary().id();
  }
}
