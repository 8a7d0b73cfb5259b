package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Language;
import org.verbatim.core.nlp.AnnotationService;
import org.verbatim.core.nlp.Token;

/**
 * Named-entity mentions from the project's cached annotations ({@link AnnotationService}): runs of
 * adjacent tokens with the same CoreNLP tag become one mention; a person's title ("Dr.", "Mrs")
 * just before it joins it, so "Dr. Lin" and "Dr Lin" group together apart from a bare "Lin"; a name
 * followed by capitalised words up to an institution word ("Kaohsiung General Hospital") is one
 * organisation; a DATE counts only when it names a day or a month. A document annotated once is
 * read from the cache on every later scan. Chinese documents carry no entity tags without CoreNLP's
 * Chinese models; for them {@link ChineseNames} and the researcher's list stand in, so they are not
 * annotated here.
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
    int i = 0;
    while (i < tokens.size()) {
      Optional<DeidTag> tag = tagOf(tokens.get(i).ner());
      if (tag.isEmpty()) {
        i++;
        continue;
      }
      int first = i;
      String ner = tokens.get(i).ner();
      // CoreNLP tags tokens, not spans: "Siu Ling" is two PERSON tokens
      while (i + 1 < tokens.size()
          && tokens.get(i + 1).ner().equals(ner)
          && spaces(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
        i++;
      }
      int start = tokens.get(first).start();
      if (tag.get() == DeidTag.PERSON && first > 0 && isTitle(tokens.get(first - 1), text)) {
        start = tokens.get(first - 1).start();
      }
      DeidTag kind = tag.get();
      int institution = kind == DeidTag.DATE ? i : institutionEnd(tokens, i, text);
      if (institution > i
          || (kind != DeidTag.DATE && first < i && institution(tokens.get(i), text))) {
        // "Kaohsiung General Hospital", tagged as a place, or a place then two more words: one
        // organisation named after a place or a person, which must be replaced whole
        i = institution;
        kind = DeidTag.ORGANIZATION;
      }
      int end = tokens.get(i).end();
      if (kind != DeidTag.DATE || specific(text.substring(start, end))) {
        out.add(new Mention(document.summary().id(), start, end, kind, "ner"));
      }
      i++;
    }
    return out;
  }

  /**
   * The index of an institution word ("Hospital", "Clinic") among the next three capitalised words
   * after token {@code last}, on the same line and apart by spaces only; else {@code last}.
   */
  private static int institutionEnd(List<Token> tokens, int last, String text) {
    for (int k = last + 1; k < tokens.size() && k <= last + 3; k++) {
      Token t = tokens.get(k);
      String w = text.substring(t.start(), t.end());
      if (w.isEmpty()
          || !Character.isUpperCase(w.codePointAt(0))
          || !spaces(text, tokens.get(k - 1).end(), t.start())) {
        return last;
      }
      if (institution(t, text)) {
        return k;
      }
    }
    return last;
  }

  private static boolean institution(Token t, String text) {
    return INSTITUTIONS.contains(text.substring(t.start(), t.end()));
  }

  /** Head words of organisations named after a place or a person. */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "Hospital",
          "Clinic",
          "Centre",
          "Center",
          "University",
          "College",
          "School",
          "Institute",
          "Foundation",
          "Association",
          "Trust",
          "Council",
          "Service",
          "Services",
          "Department",
          "Church",
          "Company",
          "Bank",
          "Society",
          "Home",
          "House",
          "Ward");

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
