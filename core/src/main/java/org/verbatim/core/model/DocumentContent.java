package org.verbatim.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an importer makes of one file before it is stored: normalised text, its turns and sentences.
 * All spans refer to {@code text}.
 */
public record DocumentContent(
    String name,
    Language language,
    SourceFormat format,
    String text,
    List<Turn> turns,
    List<Sentence> sentences) {
  public DocumentContent {
    if (name.isBlank()) {
      throw new IllegalArgumentException("document name must not be blank");
    }
    turns = List.copyOf(turns);
    sentences = List.copyOf(sentences);
    for (Turn t : turns) {
      checkWithin(t.span(), text, "turn " + t.index());
    }
    for (Sentence s : sentences) {
      checkWithin(s.span(), text, "sentence " + s.index());
    }
  }

  private static void checkWithin(Span span, String text, String what) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          what + " ends at " + span.end() + " beyond text length " + text.length());
    }
  }

  /** The SHA-256 of the normalised text, lower-case hex: what tells two imports of one text. */
  public String sha256() {
    return sha256(text);
  }

  /** The SHA-256 of a text's UTF-8 bytes, lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  public DocumentContent withSentences(List<Sentence> newSentences) {
    return new DocumentContent(name, language, format, text, turns, newSentences);
  }

  public DocumentContent withName(String newName) {
    return new DocumentContent(newName, language, format, text, turns, sentences);
  }
}
