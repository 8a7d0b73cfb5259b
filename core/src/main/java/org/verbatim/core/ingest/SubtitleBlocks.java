package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.InvalidInputException;

/** The blank-line-separated blocks of a subtitle file, each with the line number it starts on. */
final class SubtitleBlocks {
  private SubtitleBlocks() {}

  /** One block: its lines and the 1-based number of its first line. */
  record Block(int firstLine, List<String> lines) {
    Block {
      lines = List.copyOf(lines);
    }

    /** The 1-based number of the block's {@code i}-th line. */
    int lineNumber(int i) {
      return firstLine + i;
    }

    /**
     * The index of the cue's timing line: the first line, or the second after a cue identifier.
     *
     * @throws InvalidInputException naming the file, cue and line when there is none
     */
    int timingIndex(String fileName, int cue) {
      int index = CueTiming.looksLikeTiming(lines.get(0)) ? 0 : 1;
      if (index < lines.size() && CueTiming.looksLikeTiming(lines.get(index))) {
        return index;
      }
      int shown = Math.min(index, lines.size() - 1);
      throw new InvalidInputException(
          where(fileName, cue, shown)
              + ": expected a timing line 'start --> end', found '"
              + lines.get(shown).strip()
              + "'");
    }

    /** "talk.vtt: cue 3 (line 12)", naming the block's {@code i}-th line, for messages. */
    String where(String fileName, int cue, int i) {
      return fileName + ": cue " + cue + " (line " + lineNumber(i) + ")";
    }
  }

  /** Splits normalised text into blocks; lines holding only whitespace separate blocks. */
  static List<Block> of(String text) {
    String[] lines = text.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(new Block(first + 1, current));
          current.clear();
        }
        continue;
      }
      if (current.isEmpty()) {
        first = i;
      }
      current.add(lines[i]);
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(first + 1, current));
    }
    return blocks;
  }
}
