package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * Builds the stored text of a subtitle file from its cues: one line per turn, {@code Speaker: text}
 * when the speaker is known. Consecutive cues of the same known speaker merge into one turn that
 * keeps the first start and the last end time; cues without a speaker stay turns of their own.
 */
final class TimedTranscript {
  private final List<Entry> entries = new ArrayList<>();

  /** Adds a cue; cues without text are skipped. */
  void add(CuePayload payload, CueTiming timing) {
    if (payload.text().isEmpty()) {
      return;
    }
    if (!entries.isEmpty()) {
      Entry last = entries.get(entries.size() - 1);
      if (payload.speaker().isPresent() && last.speaker().equals(payload.speaker())) {
        entries.set(
            entries.size() - 1,
            new Entry(
                last.speaker(),
                last.text() + " " + payload.text(),
                last.start(),
                Math.max(last.end(), timing.endMillis())));
        return;
      }
    }
    entries.add(
        new Entry(payload.speaker(), payload.text(), timing.startMillis(), timing.endMillis()));
  }

  /**
   * The document of the cues added.
   *
   * @throws InvalidInputException if no cue had text
   */
  DocumentContent build(Path file, ImportOptions options, SourceFormat format) {
    if (entries.isEmpty()) {
      throw new InvalidInputException(SourceFiles.label(file) + ": is empty (no cue has text)");
    }
    StringBuilder text = new StringBuilder();
    List<Turn> turns = new ArrayList<>();
    for (Entry e : entries) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      e.speaker().ifPresent(s -> text.append(s).append(": "));
      int start = text.length();
      text.append(e.text());
      turns.add(
          new Turn(
              turns.size(),
              e.speaker(),
              new Span(start, text.length()),
              Optional.of(e.start()),
              Optional.of(e.end())));
    }
    return Contents.of(file, options, format, text.toString(), turns);
  }

  private record Entry(Optional<String> speaker, String text, long start, long end) {}
}
