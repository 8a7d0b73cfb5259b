package org.verbatim.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantId;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/** Builds stored documents for search tests: "Speaker: text" lines, turns spanning the text. */
final class Transcripts {
  private Transcripts() {}

  /** A document whose turns alternate as given: speaker, text, speaker, text, … */
  static Document transcript(long id, String name, Language language, String... speakerAndText) {
    StringBuilder text = new StringBuilder();
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < speakerAndText.length; i += 2) {
      text.append(speakerAndText[i]).append(": ");
      int start = text.length();
      text.append(speakerAndText[i + 1]);
      turns.add(
          Turn.untimed(
              turns.size(), Optional.of(speakerAndText[i]), new Span(start, text.length())));
      text.append('\n');
    }
    return document(id, name, language, text.toString(), turns);
  }

  /** A document without speaker turns. */
  static Document plain(long id, String name, Language language, String text) {
    return document(id, name, language, text, List.of());
  }

  static Document document(long id, String name, Language language, String text, List<Turn> turns) {
    DocumentSummary summary =
        new DocumentSummary(
            new DocumentId(id),
            name,
            language,
            SourceFormat.TXT,
            "0".repeat(64),
            text.length(),
            text.split("\\s+").length,
            turns.size(),
            Optional.empty(),
            Instant.EPOCH);
    return new Document(summary, text, turns, List.of());
  }

  static Participant participant(long id, String label, Map<String, String> attributes) {
    return new Participant(new ParticipantId(id), label, attributes);
  }

  static IndexedDocument indexed(Document document, Participant participant) {
    return new IndexedDocument(document, Optional.of(participant));
  }

  static IndexedDocument indexed(Document document) {
    return new IndexedDocument(document, Optional.empty());
  }
}
