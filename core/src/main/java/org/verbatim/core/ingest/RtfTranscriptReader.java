package org.verbatim.core.ingest;

import java.nio.file.Path;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads Rich Text Format transcripts (from Word, WordPad and transcription services) through {@link
 * RtfText}, then speaker layouts as in plain text ({@link TranscriptLayout}).
 */
public final class RtfTranscriptReader implements TranscriptReader {
  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    String name = SourceFiles.label(file);
    byte[] bytes = SourceFiles.readBytes(file, SourceFiles.MAX_TEXT_BYTES);
    if (bytes.length == 0) {
      throw new InvalidInputException(name + ": is empty");
    }
    String text = TextNormaliser.normalise(RtfText.of(name, bytes));
    if (text.isBlank()) {
      throw new InvalidInputException(name + ": is empty (the document has no text)");
    }
    TranscriptLayout.Layout layout = TranscriptLayout.of(text, options.speakerPattern());
    return Contents.of(file, options, SourceFormat.RTF, layout.text(), layout.turns());
  }
}
