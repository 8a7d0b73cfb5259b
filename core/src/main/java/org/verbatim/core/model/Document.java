package org.verbatim.core.model;

import java.util.List;

/** A stored document with its immutable text, speaker turns and sentences. */
public record Document(
    DocumentSummary summary, String text, List<Turn> turns, List<Sentence> sentences) {
  public Document {
    turns = List.copyOf(turns);
    sentences = List.copyOf(sentences);
  }

  public DocumentId id() {
    return summary.id();
  }

  public String name() {
    return summary.name();
  }

  public Language language() {
    return summary.language();
  }
}
