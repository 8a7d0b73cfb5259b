package org.verbatim.core.quotes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.QuoteId;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * The rules on pinned quotes: parts lie inside their document's stored text, a trim keeps parts
 * within the quote's own stretch of text, a translation is non-blank text with a language tag, and
 * the project's attribution pattern is valid. The store does the writing.
 */
public final class QuoteService {
  /** Longest translation accepted, in characters. */
  public static final int MAX_TRANSLATION = 10_000;

  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

  private final ProjectStore store;

  public QuoteService(ProjectStore store) {
    this.store = store;
  }

  /**
   * Pins the text {@code parts} of {@code document} to theme node {@code theme}, last among its
   * quotes.
   *
   * @throws NotFoundException if the node or the document does not exist
   * @throws InvalidInputException if a part lies outside the document or the parts are out of order
   */
  public Quote pin(ThemeId theme, DocumentId document, List<Span> parts, String actor) {
    Document doc = document(document);
    Quote.requireParts(parts);
    requireInside(doc, parts);
    if (store.themes().list().stream().noneMatch(t -> t.id().equals(theme))) {
      throw new NotFoundException("no theme with id " + theme);
    }
    return store.quotes().pin(theme, document, parts, actor);
  }

  /**
   * Trims a quote to {@code parts}, which must lie within the quote's stretch of text as pinned
   * (offsets stay those of the stored text; what falls between two parts renders as "…").
   *
   * @throws NotFoundException if there is no such quote
   * @throws InvalidInputException if a part leaves the quote's stretch
   * @throws org.verbatim.core.model.ConflictException on a stale {@code expectedVersion}
   */
  public Quote trim(QuoteId id, Optional<Long> expectedVersion, List<Span> parts, String actor) {
    Quote quote = quote(id);
    Quote.requireParts(parts);
    Span stretch = quote.span();
    for (Span part : parts) {
      if (part.start() < stretch.start() || part.end() > stretch.end()) {
        throw new InvalidInputException(
            "quote "
                + id
                + ": a trim keeps parts of the quote, ["
                + stretch.start()
                + ", "
                + stretch.end()
                + "); part ["
                + part.start()
                + ", "
                + part.end()
                + ") lies outside it");
      }
    }
    return store.quotes().trim(id, expectedVersion, parts, actor);
  }

  /**
   * Orders a node's quotes.
   *
   * @throws InvalidInputException unless {@code order} lists each of the node's quotes once
   */
  public List<Quote> reorder(ThemeId theme, List<QuoteId> order, String actor) {
    return store.quotes().reorder(theme, order, actor);
  }

  /**
   * Records a translation as the quote's current one, with who and when.
   *
   * @throws InvalidInputException if the text is blank or too long, or the language is not a tag
   *     such as "en" or "zh-Hant"
   */
  public Quote translate(QuoteId id, String text, String language, String actor) {
    quote(id);
    String t = text.strip();
    if (t.isEmpty()) {
      throw new InvalidInputException("quote " + id + ": a translation must not be blank");
    }
    if (t.length() > MAX_TRANSLATION) {
      throw new InvalidInputException(
          "quote " + id + ": a translation has at most " + MAX_TRANSLATION + " characters");
    }
    if (!LANGUAGE.matcher(language.strip()).matches()) {
      throw new InvalidInputException(
          "quote " + id + ": '" + language + "' is not a language tag such as en or zh-Hant");
    }
    return store.quotes().translate(id, t, language.strip(), actor);
  }

  /** Unpins a quote. */
  public Quote unpin(QuoteId id, Optional<Long> expectedVersion, String actor) {
    quote(id);
    return store.quotes().unpin(id, expectedVersion, actor);
  }

  /** The project's attribution pattern (the default when none is set). */
  public Attribution attribution() {
    return store
        .settings()
        .get(Attribution.SETTING)
        .map(Attribution::new)
        .orElse(Attribution.defaults());
  }

  /**
   * Sets the project's attribution pattern.
   *
   * @throws InvalidInputException if the pattern is not valid ({@link Attribution})
   */
  public Attribution setAttribution(String pattern, String actor) {
    Attribution a = new Attribution(pattern.strip());
    store.settings().put(Attribution.SETTING, a.pattern(), actor);
    return a;
  }

  private Quote quote(QuoteId id) {
    return store
        .quotes()
        .get(id)
        .orElseThrow(() -> new NotFoundException("no quote with id " + id));
  }

  private static void requireInside(Document doc, List<Span> parts) {
    for (Span part : parts) {
      if (part.end() > doc.text().length()) {
        throw new InvalidInputException(
            doc.name()
                + ": quote part ["
                + part.start()
                + ", "
                + part.end()
                + ") lies beyond the end of the text ("
                + doc.text().length()
                + " characters)");
      }
    }
  }

  /** The quotes pinned to {@code theme}, in their order. */
  public java.util.List<Quote> forTheme(ThemeId theme) {
    return store.quotes().forTheme(theme);
  }

  /** Every pinned quote of the project. */
  public java.util.List<Quote> all() {
    return store.quotes().list();
  }

  /**
   * The document a quote comes from.
   *
   * @throws NotFoundException if there is no such document
   */
  public Document document(DocumentId id) {
    return store
        .documents()
        .get(id)
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
  }
}
