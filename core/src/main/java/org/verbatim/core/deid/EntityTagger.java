package org.verbatim.core.deid;

import java.util.Collection;
import java.util.List;
import org.verbatim.core.model.Document;

/** Where named-entity mentions of a document come from (CoreNLP's cached annotations). */
@FunctionalInterface
public interface EntityTagger {
  /** Finds nothing: scans then rest on the user's list and the Chinese patterns. */
  EntityTagger NONE = d -> List.of();

  /** The mentions in {@code document} tagged with one of the {@link DeidTag}s, in order. */
  List<Mention> mentions(Document document);

  /**
   * Called once before a scan asks for the mentions of {@code documents}; may do costly work in
   * bulk.
   */
  default void prepare(Collection<Document> documents) {}
}
