package org.verbatim.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;
import org.verbatim.core.model.Whitespace;

/**
 * Finds speaker labels ({@code Name:}, {@code Name (role):}, {@code 名字：}) at line starts and cuts a
 * text into speaker turns.
 *
 * <p>A turn runs from its label to the next label, across line breaks. Its span covers the spoken
 * text only: it starts after the label and the whitespace that follows it (a label may sit alone on
 * its line, as in {@code ### Interviewer:}) and ends before trailing whitespace. Text before the
 * first label (a title, a header) becomes a turn without speaker, so every word belongs to a turn.
 * A label followed by no text makes no turn. A text without any label has no turns at all.
 */
public final class SpeakerLabels {
  /** Longest accepted speaker name, in UTF-16 code units. */
  public static final int MAX_NAME_LENGTH = 40;

  private static final String LATIN_WORD = "[\\p{Lu}\\p{Lt}\\p{N}][\\p{L}\\p{M}\\p{N}.'’\\-]*";
  private static final String PARTICLE =
      "(?:van|von|de|der|den|del|della|di|da|du|dos|das|la|le|bin|binti|al|el|ten|ter)";
  private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
  private static final String NOT_A_SPEAKER =
      "(?i:notes?|n\\.?b\\.?|p\\.?s\\.?|examples?|e\\.g\\.|i\\.e\\.|date|time|place|location"
          + "|venue|duration|length|title|subject|topic|re|fwd|cc|source|summary|abstract"
          + "|keywords|transcript|transcription|transcribed by|recording|recorded|audio|video"
          + "|file|page|tel|phone|e-?mail|url|warning|caution|tip|update|edit|edited"
          + "|(?:step|task|part|section|chapter|appendix|figure|table)(?:[ \\t]+[\\p{L}\\p{N}.]+)?"
          + "|日期|時間|时间|地點|地点|備註|备注|註|注|主題|主题|標題|标题)";

  /**
   * The default label syntax, for {@link java.util.regex.Matcher#lookingAt()} at a line start:
   *
   * <ul>
   *   <li>optional indentation (and a form feed), Markdown heading marks ({@code ### }) and bold
   *       ({@code **});
   *   <li>a name: one to four words that each start with a capital letter or digit ("P03", "Dr.
   *       Chen", "Social Worker I"; lower-case particles such as "van" are allowed after the first
   *       word), or up to twenty CJK characters ("訪談者", "唐鳳"), optionally followed by one or two
   *       short Latin or digit tags ("護理師 Y");
   *   <li>an optional role in parentheses, which is not part of the speaker ("Nurse K (ward)");
   *   <li>a colon followed by whitespace or the line end, or a full-width colon {@code ：}.
   * </ul>
   *
   * <p>Words that usually head metadata or prose ("Note", "Date", "Time", "Re", "Task 2", "日期") are
   * not names, nor are CJK names ending in a verb of saying ("他說：", "舉例來講："). Some ambiguity
   * remains: "The answer: no" is prose, but "The Answer: no" and "訪談紀錄：社工訪談" read as labels. Names
   * without a letter (timestamps such as "10:30") are rejected by {@link #turns}, as are names
   * longer than {@value #MAX_NAME_LENGTH} characters.
   */
  public static final String DEFAULT_REGEX =
      "[ \\t\\f]*(?:#{1,6}[ \\t]+)?(?:\\*\\*)?"
          + "(?!"
          + NOT_A_SPEAKER
          + "[ \\t]*[:：(（])"
          + "(?<speaker>"
          + LATIN_WORD
          + "(?:[ \\t](?:"
          + LATIN_WORD
          + "|"
          + PARTICLE
          + ")){0,3}"
          + "|["
          + CJK
          + "][\\p{L}\\p{N}·・]{0,19}"
          // a short Latin or digit tag after a CJK role: "護理師 Y", "個案 A2"
          + "(?:[ \\t][\\p{Lu}\\p{N}][\\p{L}\\p{N}]{0,3}){0,2})"
          + "(?<!說|说|講|讲|道|表示|指出|寫|写)"
          + "(?:[ \\t]*[(（][^()（）\\n]{1,40}[)）])?"
          + "(?:\\*\\*)?"
          + "(?:[ \\t]*:(?:\\*\\*)?(?=\\s|$)|[ \\t]*：(?:\\*\\*)?)";

  /** {@link #DEFAULT_REGEX}, compiled. */
  public static final Pattern DEFAULT_PATTERN = Pattern.compile(DEFAULT_REGEX);

  private SpeakerLabels() {}

  /**
   * Cuts {@code text} into turns at the labels {@code pattern} finds at line starts.
   *
   * @param text normalised text ({@code \n} line ends)
   * @param pattern a label pattern with a named group {@code speaker}
   * @return turns in reading order, indexed from 0; empty when no line starts with a label
   */
  public static List<Turn> turns(String text, Pattern pattern) {
    List<Label> labels = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      Optional<Label> label = match(matcher, lineStart, lineEnd);
      label.ifPresent(labels::add);
      lineStart = lineEnd + 1;
    }
    List<Turn> turns = new ArrayList<>();
    if (labels.isEmpty()) {
      return turns;
    }
    addTurn(turns, text, Optional.empty(), 0, labels.get(0).lineStart());
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).lineStart() : text.length();
      addTurn(turns, text, Optional.of(label.speaker()), label.end(), end);
    }
    return turns;
  }

  /** A label at the start of {@code [from, to)}, if {@code matcher}'s pattern finds one there. */
  static Optional<Label> match(Matcher matcher, int from, int to) {
    matcher.region(from, to);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    String speaker = matcher.group("speaker");
    if (speaker == null) {
      return Optional.empty();
    }
    speaker = speaker.strip();
    if (speaker.isEmpty()
        || speaker.length() > MAX_NAME_LENGTH
        || speaker.codePoints().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return Optional.of(new Label(from, matcher.end(), speaker));
  }

  private static void addTurn(
      List<Turn> turns, String text, Optional<String> speaker, int from, int to) {
    Span span = Whitespace.trim(text, from, to);
    if (span.length() > 0) {
      turns.add(Turn.untimed(turns.size(), speaker, span));
    }
  }

  /** A label on the line starting at {@code lineStart}, ending at {@code end}. */
  record Label(int lineStart, int end, String speaker) {}
}
