package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads SubRip (.srt) subtitles: numbered cues with {@code 00:00:01,000 --> 00:00:04,000} timings;
 * each cue's time range is kept on its turn and {@code Name:} prefixes become speakers. Formatting
 * tags ({@code <i>}, {@code <font>}, {@code {\an8}}) are dropped. See {@link TimedTranscript} for
 * the stored text.
 */
public final class SrtTranscriptReader implements TranscriptReader {
  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    byte[] bytes = SourceFiles.readBytes(file, SourceFiles.MAX_TEXT_BYTES);
    String text = TextNormaliser.normalise(SourceFiles.decodeText(file, bytes));
    return parse(file, text, options);
  }

  /** Reads the already decoded and normalised {@code text} of {@code file}. */
  static DocumentContent parse(Path file, String text, ImportOptions options) {
    String name = SourceFiles.label(file);
    TimedTranscript transcript = new TimedTranscript();
    int cue = 0;
    for (SubtitleBlocks.Block block : SubtitleBlocks.of(text)) {
      cue++;
      List<String> lines = block.lines();
      // The cue number is optional in practice; a block may start with its timing.
      if (!CueTiming.looksLikeTiming(lines.get(0)) && !lines.get(0).strip().matches("\\d+")) {
        throw new InvalidInputException(
            block.where(name, cue, 0)
                + ": expected a cue number and a timing line, found '"
                + lines.get(0).strip()
                + "'");
      }
      int timingIndex = block.timingIndex(name, cue);
      String where = block.where(name, cue, timingIndex);
      CueTiming timing = CueTiming.parse(lines.get(timingIndex), where);
      List<String> payload = lines.subList(timingIndex + 1, lines.size());
      transcript.add(CuePayload.of(payload, options.speakerPattern(), false), timing);
    }
    return transcript.build(file, options, SourceFormat.SRT);
  }
}
