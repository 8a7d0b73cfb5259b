package org.verbatim.core.search;

import java.util.Optional;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;
import org.verbatim.core.search.internal.KeywordInContext;

/**
 * One match as keyword-in-context: {@code match} is the stored text's substring [start, end)
 * (UTF-16 offsets), with some context before and after; {@code turn} is the turn index.
 */
public record SearchHit(
    DocumentId documentId,
    String document,
    Optional<String> participant,
    Optional<String> speaker,
    int turn,
    int start,
    int end,
    String match,
    String before,
    String after) {
  /**
   * The hit at {@code [start, end)} of a stored text, its context cut as search cuts it but within
   * {@code within} (the hit's turn, say): how words and other non-search views show a match.
   */
  public static SearchHit inContext(
      DocumentId documentId,
      String document,
      Optional<String> participant,
      Optional<String> speaker,
      int turn,
      String text,
      Span within,
      int start,
      int end) {
    String inner = within.of(text);
    return new SearchHit(
        documentId,
        document,
        participant,
        speaker,
        turn,
        start,
        end,
        text.substring(start, end),
        KeywordInContext.before(inner, start - within.start()),
        KeywordInContext.after(inner, end - within.start()));
  }
}
