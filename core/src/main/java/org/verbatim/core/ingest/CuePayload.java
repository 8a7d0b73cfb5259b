package org.verbatim.core.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one subtitle cue, cleaned: markup removed, lines joined by a space, and the speaker
 * taken from a WebVTT voice tag ({@code <v Name>}) or else from a label at its start ({@code Name:
 * text}).
 */
record CuePayload(Optional<String> speaker, String text) {
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)*[ \\t]+([^>]+)>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z0-9.:_-]*(?:[ \\t][^>]*)?>");
  private static final Pattern TIMESTAMP_TAG = Pattern.compile("<[0-9:.]+>");
  private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");

  /**
   * Cleans the payload lines of one cue.
   *
   * @param decodeEntities whether to decode WebVTT character references ({@code &amp;} …); SRT has
   *     none
   */
  static CuePayload of(List<String> lines, Pattern speakerPattern, boolean decodeEntities) {
    String joined = String.join(" ", lines.stream().map(String::strip).toList());
    Optional<String> speaker = Optional.empty();
    Matcher voice = VOICE.matcher(joined);
    if (voice.find()) {
      speaker = Optional.of(voice.group(1).strip()).filter(s -> !s.isEmpty());
    }
    String text = TIMESTAMP_TAG.matcher(joined).replaceAll("");
    text = TAG.matcher(text).replaceAll("");
    text = ASS_OVERRIDE.matcher(text).replaceAll("");
    if (decodeEntities) {
      text = decodeEntities(text);
    }
    text = TextNormaliser.normalise(text).strip();
    if (speaker.isEmpty()) {
      Matcher label = speakerPattern.matcher(text);
      Optional<SpeakerLabels.Label> found = SpeakerLabels.match(label, 0, text.length());
      if (found.isPresent()) {
        speaker = Optional.of(found.get().speaker());
        text = text.substring(found.get().end()).strip();
      }
    }
    return new CuePayload(speaker.map(TextNormaliser::normalise), text);
  }

  private static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u00A0")
        .replace("&lrm;", "\u200E")
        .replace("&rlm;", "\u200F")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
