package org.verbatim.core.search.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.SearchQuery;

/**
 * Refuses a search narrowed to a document or speaker that the index does not hold: "0 hits" would
 * hide a typo in the name. Matching is as the filter matches (case and surrounding space ignored).
 */
public final class FilterCheck {
  private FilterCheck() {}

  /**
   * @throws InvalidInputException naming the unknown document or speaker
   */
  public static void requireKnown(IndexReader reader, SearchQuery query) throws IOException {
    Optional<String> document = query.document().filter(d -> !d.isBlank());
    if (document.isPresent() && absent(reader, IndexFields.DOC_NAME_LC, document.get())) {
      throw new InvalidInputException("no document named '" + document.get().strip() + "'");
    }
    Optional<String> speaker = query.speaker().filter(s -> !s.isBlank());
    if (speaker.isPresent() && absent(reader, IndexFields.SPEAKER_LC, speaker.get())) {
      throw new InvalidInputException("no speaker '" + speaker.get().strip() + "' in any document");
    }
  }

  private static boolean absent(IndexReader reader, String field, String value) throws IOException {
    return reader.docFreq(new Term(field, IndexFields.fold(value.trim()))) == 0;
  }
}
