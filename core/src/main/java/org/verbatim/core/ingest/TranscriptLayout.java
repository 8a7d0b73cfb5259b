package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.model.Whitespace;

/**
 * Turns the text a reader extracted into the stored text and its speaker turns, recognising the
 * layouts real transcripts use without being told: margin line numbers ({@link LineNumbers}) and
 * time stamps ({@link TimeStamps}) leave the text, and the times become the turns' cue times;
 * labels come from {@link SpeakerLabels} ({@code Name:}, {@code Q:}, {@code MODERATOR:}, {@code ###
 * Name:}), checked for consistency across the document ({@link LabelConsistency}), else from bare
 * names on a line of their own ({@link NameLines}); a document with time stamps but no names gets
 * one turn per paragraph.
 *
 * <p>A turn runs from its label to the next label. When a single name labels every turn (the
 * moderator of a think-aloud session), the unlabelled paragraphs between are someone else's and
 * become turns without speaker.
 */
final class TranscriptLayout {
  private TranscriptLayout() {}

  /** The stored text and its turns. */
  record Layout(String text, List<Turn> turns) {}

  /**
   * Lays out {@code text}.
   *
   * @param text normalised text ({@code \n} line ends)
   * @param pattern the speaker-label pattern; with {@link SpeakerLabels#DEFAULT_PATTERN} the labels
   *     must also be consistent, a custom pattern is taken at its word
   */
  static Layout of(String text, Pattern pattern) {
    List<String> lines = LineNumbers.strip(Arrays.asList(text.split("\n", -1)));
    List<TimeStamps.Stamped> stamped = TimeStamps.strip(lines);
    List<String> texts = stamped.stream().map(TimeStamps.Stamped::text).toList();
    String out = String.join("\n", texts);
    int[] starts = new int[texts.size() + 1];
    for (int i = 0; i < texts.size(); i++) {
      starts[i + 1] = starts[i] + texts.get(i).length() + 1;
    }
    boolean[] timeOnly = new boolean[texts.size()];
    boolean[] afterTime = new boolean[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      TimeStamps.Stamped s = stamped.get(i);
      timeOnly[i] = s.millis().isPresent() && !s.head() && s.text().isBlank();
      afterTime[i] = i > 0 && timeOnly[i - 1];
    }
    List<Label> labels = colonLabels(out, texts, stamped, starts, pattern);
    if (labels.isEmpty()) {
      Set<Integer> names = NameLines.find(texts, afterTime);
      for (int i = 0; i < texts.size(); i++) {
        if (names.contains(i)) {
          labels.add(
              new Label(i, starts[i], starts[i] + texts.get(i).length(), texts.get(i).strip()));
        }
      }
    }
    if (labels.isEmpty()) {
      return new Layout(out, paragraphTurns(out, stamped, starts));
    }
    return new Layout(out, labelledTurns(out, texts, stamped, timeOnly, starts, labels));
  }

  private static List<Label> colonLabels(
      String out,
      List<String> texts,
      List<TimeStamps.Stamped> stamped,
      int[] starts,
      Pattern pattern) {
    List<Label> labels = new ArrayList<>();
    List<Label> heads = new ArrayList<>();
    Matcher matcher = pattern.matcher(out);
    int nonBlank = 0;
    for (int i = 0; i < texts.size(); i++) {
      int lineEnd = starts[i] + texts.get(i).length();
      if (!texts.get(i).isBlank()) {
        nonBlank++;
      }
      if (stamped.get(i).head()) {
        heads.add(new Label(i, starts[i], lineEnd, texts.get(i)));
        continue;
      }
      int line = i;
      SpeakerLabels.match(matcher, starts[i], lineEnd)
          .ifPresent(l -> labels.add(new Label(line, l.lineStart(), l.end(), l.speaker())));
    }
    boolean checked = pattern == SpeakerLabels.DEFAULT_PATTERN;
    if (checked
        && !LabelConsistency.consistent(labels.stream().map(Label::speaker).toList(), nonBlank)) {
      labels.clear();
    }
    if (!heads.isEmpty()) {
      labels.addAll(heads);
      labels.sort((a, b) -> Integer.compare(a.line(), b.line()));
    }
    return labels;
  }

  private static List<Turn> labelledTurns(
      String text,
      List<String> lines,
      List<TimeStamps.Stamped> stamped,
      boolean[] timeOnly,
      int[] starts,
      List<Label> labels) {
    boolean single = LabelConsistency.singleSpeaker(labels.stream().map(Label::speaker).toList());
    boolean linePerParagraph = linePerParagraph(lines);
    List<Turn> turns = new ArrayList<>();
    add(turns, text, Optional.empty(), Optional.empty(), 0, labels.get(0).lineStart());
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).lineStart() : text.length();
      Optional<Long> millis = stamped.get(label.line()).millis();
      if (millis.isEmpty()) {
        int before = label.line() - 1;
        while (before >= 0 && lines.get(before).isBlank() && !timeOnly[before]) {
          before--;
        }
        if (before >= 0 && timeOnly[before]) {
          millis = stamped.get(before).millis();
        }
      }
      if (single) {
        int own = paragraphEnd(lines, starts, label, linePerParagraph);
        if (own < end) {
          add(turns, text, Optional.of(label.speaker()), millis, label.end(), own);
          add(turns, text, Optional.empty(), Optional.empty(), own, end);
          continue;
        }
      }
      add(turns, text, Optional.of(label.speaker()), millis, label.end(), end);
    }
    return turns;
  }

  /** Where the paragraph a label starts ends (a label alone on its line takes the next one). */
  private static int paragraphEnd(
      List<String> lines, int[] starts, Label label, boolean linePerParagraph) {
    int i = label.line();
    boolean textSeen = !lines.get(i).substring(label.end() - starts[i]).isBlank();
    if (textSeen && linePerParagraph) {
      return starts[i] + lines.get(i).length();
    }
    int j = i + 1;
    while (j < lines.size()) {
      boolean blank = lines.get(j).isBlank();
      if (blank && textSeen) {
        break;
      }
      if (!blank) {
        textSeen = true;
        if (linePerParagraph) {
          return starts[j] + lines.get(j).length();
        }
      }
      j++;
    }
    return starts[j - 1] + lines.get(j - 1).length();
  }

  /** Whether paragraphs are lines (few blank lines, as ODT and DOCX give them). */
  private static boolean linePerParagraph(List<String> lines) {
    long blank = lines.stream().filter(String::isBlank).count();
    return blank * 5 < lines.size() - blank;
  }

  /**
   * Time-stamped text without names: one turn per paragraph, timed where it starts with a stamp.
   */
  private static List<Turn> paragraphTurns(
      String text, List<TimeStamps.Stamped> stamped, int[] starts) {
    long timed = stamped.stream().filter(s -> s.millis().isPresent()).count();
    List<Turn> turns = new ArrayList<>();
    if (timed < TimeStamps.MIN_MARGIN_LINES) {
      return turns;
    }
    int from = -1;
    Optional<Long> millis = Optional.empty();
    for (int i = 0; i <= stamped.size(); i++) {
      boolean blank = i == stamped.size() || stamped.get(i).text().isBlank();
      if (blank) {
        if (from >= 0) {
          add(turns, text, Optional.empty(), millis, from, starts[i] - 1);
        }
        from = -1;
        millis = Optional.empty();
      } else if (from < 0) {
        from = starts[i];
        millis = stamped.get(i).millis();
      }
    }
    return turns;
  }

  private static void add(
      List<Turn> turns,
      String text,
      Optional<String> speaker,
      Optional<Long> millis,
      int from,
      int to) {
    Span span = Whitespace.trim(text, from, Math.min(to, text.length()));
    if (span.length() > 0) {
      turns.add(new Turn(turns.size(), speaker, span, millis, Optional.empty()));
    }
  }

  /** A label on line {@code line}, starting at {@code lineStart} and ending at {@code end}. */
  private record Label(int line, int lineStart, int end, String speaker) {}
}
