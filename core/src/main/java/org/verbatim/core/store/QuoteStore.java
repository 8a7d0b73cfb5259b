package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.QuoteId;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.Translation;

/**
 * Quotes pinned to theme nodes, with their translations. Every write is one audited transaction;
 * the rules (parts inside the document, languages) belong to {@code
 * org.verbatim.core.quotes.QuoteService}.
 */
public interface QuoteStore {
  /**
   * Pins a quote last among the node's quotes.
   *
   * @throws org.verbatim.core.model.NotFoundException if the node or document is not live
   */
  Quote pin(ThemeId theme, DocumentId document, List<Span> parts, String actor);

  /** Live quotes of every node, by node id then position. */
  List<Quote> list();

  /** Live quotes of one node, by position. */
  List<Quote> forTheme(ThemeId theme);

  Optional<Quote> get(QuoteId id);

  /**
   * Replaces the kept parts (a trim, or undoing one).
   *
   * @throws org.verbatim.core.model.NotFoundException if there is no such live quote
   * @throws org.verbatim.core.model.ConflictException if {@code expectedVersion} is stale
   */
  Quote trim(QuoteId id, Optional<Long> expectedVersion, List<Span> parts, String actor);

  /**
   * Orders a node's quotes: {@code order} lists every live quote of the node once.
   *
   * @throws org.verbatim.core.model.InvalidInputException if it does not
   */
  List<Quote> reorder(ThemeId theme, List<QuoteId> order, String actor);

  /** Records a new current translation (older ones are kept). */
  Quote translate(QuoteId id, String text, String language, String actor);

  /** Every translation of the quote, oldest first. */
  List<Translation> translations(QuoteId id);

  /** Unpins (soft-deletes) a quote; the node's later quotes move up. */
  Quote unpin(QuoteId id, Optional<Long> expectedVersion, String actor);
}
