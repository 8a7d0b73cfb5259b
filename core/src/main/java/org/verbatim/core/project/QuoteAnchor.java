package org.verbatim.core.project;

import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;

/** Finds the span of an exact quote in a document's text, so codings survive format conversion. */
final class QuoteAnchor {
  private QuoteAnchor() {}

  /**
   * The span of the {@code occurrence}-th (1-based) occurrence of {@code quote} in {@code text}.
   *
   * @throws InvalidInputException naming {@code where} if there are fewer occurrences
   */
  static Span locate(String text, String quote, int occurrence, String where) {
    if (occurrence < 1) {
      throw new InvalidInputException(where + ": occurrence must be >= 1, was " + occurrence);
    }
    int from = -1;
    for (int i = 0; i < occurrence; i++) {
      from = text.indexOf(quote, from + 1);
      if (from < 0) {
        throw new InvalidInputException(
            where
                + ": quote not found"
                + (i > 0 ? " " + occurrence + " times" : "")
                + ": \""
                + (quote.length() > 60 ? quote.substring(0, 57) + "..." : quote)
                + "\"");
      }
    }
    return new Span(from, from + quote.length());
  }
}
