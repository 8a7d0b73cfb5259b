package org.verbatim.core.ingest;

import java.nio.file.Path;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads plain-text transcripts (also Markdown): UTF-8 with or without byte order mark, or UTF-16
 * with one; speaker turns come from the layout ({@link TranscriptLayout}).
 */
public final class TextTranscriptReader implements TranscriptReader {
  /** Largest transcript file accepted, in bytes (also for VTT and SRT). */
  public static final long MAX_FILE_BYTES = SourceFiles.MAX_TEXT_BYTES;

  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    byte[] bytes = SourceFiles.readBytes(file, SourceFiles.MAX_TEXT_BYTES);
    String text = TextNormaliser.normalise(SourceFiles.decodeText(file, bytes));
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.TXT, layout.text(), layout.turns());
  }
}
