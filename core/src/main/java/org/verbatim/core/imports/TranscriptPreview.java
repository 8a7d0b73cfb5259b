package org.verbatim.core.imports;

import java.nio.file.Path;
import org.verbatim.core.ingest.SpeakerCounts;
import org.verbatim.core.model.DocumentContent;

/**
 * What importing a transcript would store, read as import reads it but never stored (a dry run).
 *
 * @param turns the number of speaker turns
 */
public record TranscriptPreview(
    Path file, String name, String language, String format, int turns, SpeakerCounts speakers) {
  static TranscriptPreview of(Path file, DocumentContent content) {
    return new TranscriptPreview(
        file,
        content.name(),
        content.language().code(),
        content.format().extension(),
        content.turns().size(),
        SpeakerCounts.of(content.turns()));
  }
}
