package org.verbatim.core.model;

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

  public DocumentContent withSentences(List<Sentence> newSentences) {
    return new DocumentContent(name, language, format, text, turns, newSentences);
  }

  public DocumentContent withName(String newName) {
    return new DocumentContent(newName, language, format, text, turns, sentences);
  }
}
