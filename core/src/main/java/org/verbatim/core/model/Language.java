package org.verbatim.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language a transcript is analysed in; it picks the sentence splitter and the analyzer. */
public enum Language {
  ENGLISH("en"),
  CHINESE("zh");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** ISO 639-1 code, as stored and shown. */
  public String code() {
    return code;
  }

  /**
   * Parses a code ("en", "zh", "zh-TW", "zh-Hant", "english", …).
   *
   * @throws InvalidInputException naming the accepted codes when none fits
   */
  public static Language parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (t.equals(l.code)
          || t.startsWith(l.code + "-")
          || t.startsWith(l.code + "_")
          || t.equals(l.name().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new InvalidInputException(
        "unknown language '"
            + text
            + "'; use one of "
            + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", ")));
  }
}
