package org.verbatim.core.deid;

import org.verbatim.core.model.DocumentId;

/**
 * One place a possibly identifying form occurs: {@code [start, end)} in the stored text of {@code
 * document} (UTF-16 units), what found it ({@code ner}, {@code list} or {@code pattern}).
 */
public record Mention(DocumentId document, int start, int end, DeidTag tag, String source) {
  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a mention needs 0 <= start < end, was " + start + ".." + end);
    }
  }
}
