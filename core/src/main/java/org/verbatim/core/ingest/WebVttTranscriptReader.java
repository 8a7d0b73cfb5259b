package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;

/**
 * Reads WebVTT captions (Zoom, Teams, YouTube exports): each cue's time range is kept on its turn,
 * speakers come from voice tags ({@code <v Name>}) or {@code Name:} prefixes, and markup is
 * dropped. See {@link TimedTranscript} for the stored text. NOTE, STYLE and REGION blocks are
 * skipped.
 */
public final class WebVttTranscriptReader implements TranscriptReader {
  @Override
  public DocumentContent read(Path file, ImportOptions options) {
    byte[] bytes = SourceFiles.readBytes(file, SourceFiles.MAX_TEXT_BYTES);
    String text = TextNormaliser.normalise(SourceFiles.decodeText(file, bytes));
    return parse(file, text, options);
  }

  /** Reads the already decoded and normalised {@code text} of {@code file}. */
  static DocumentContent parse(Path file, String text, ImportOptions options) {
    String name = SourceFiles.label(file);
    List<SubtitleBlocks.Block> blocks = SubtitleBlocks.of(text);
    if (blocks.isEmpty() || !isHeader(blocks.get(0).lines().get(0))) {
      int line = blocks.isEmpty() ? 1 : blocks.get(0).firstLine();
      throw new InvalidInputException(
          name + ": line " + line + ": a WebVTT file must start with 'WEBVTT'");
    }
    TimedTranscript transcript = new TimedTranscript();
    int cue = 0;
    for (SubtitleBlocks.Block block : blocks.subList(1, blocks.size())) {
      List<String> lines = block.lines();
      if (!CueTiming.looksLikeTiming(lines.get(0)) && isSkipped(lines.get(0))) {
        continue;
      }
      cue++;
      int timingIndex = block.timingIndex(name, cue);
      String where = block.where(name, cue, timingIndex);
      CueTiming timing = CueTiming.parse(lines.get(timingIndex), where);
      List<String> payload = lines.subList(timingIndex + 1, lines.size());
      transcript.add(CuePayload.of(payload, options.speakerPattern(), true), timing);
    }
    return transcript.build(file, options, SourceFormat.VTT);
  }

  private static boolean isHeader(String line) {
    return line.equals("WEBVTT") || line.startsWith("WEBVTT ") || line.startsWith("WEBVTT\t");
  }

  private static boolean isSkipped(String first) {
    return first.equals("NOTE")
        || first.startsWith("NOTE ")
        || first.startsWith("NOTE\t")
        || first.equals("STYLE")
        || first.equals("REGION");
  }
}
