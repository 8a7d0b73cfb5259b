package org.verbatim.core.project;

import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.core.ingest.SpeakerCounts;
import org.verbatim.core.model.DocumentSummary;

/**
 * What became of one file in a batch import: the stored document with the speakers found in it, or
 * why it was refused.
 */
public record ImportOutcome(
    Path file,
    Optional<DocumentSummary> document,
    Optional<SpeakerCounts> speakers,
    Optional<String> error) {
  public static ImportOutcome imported(
      Path file, DocumentSummary document, SpeakerCounts speakers) {
    return new ImportOutcome(file, Optional.of(document), Optional.of(speakers), Optional.empty());
  }

  public static ImportOutcome refused(Path file, String error) {
    return new ImportOutcome(file, Optional.empty(), Optional.empty(), Optional.of(error));
  }
}
