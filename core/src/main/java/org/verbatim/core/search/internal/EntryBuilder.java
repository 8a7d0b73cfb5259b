package org.verbatim.core.search.internal;

import static org.verbatim.core.search.internal.IndexFields.DOC_ID;
import static org.verbatim.core.search.internal.IndexFields.DOC_NAME;
import static org.verbatim.core.search.internal.IndexFields.DOC_NAME_LC;
import static org.verbatim.core.search.internal.IndexFields.NO_TURN;
import static org.verbatim.core.search.internal.IndexFields.SPEAKER;
import static org.verbatim.core.search.internal.IndexFields.SPEAKER_LC;
import static org.verbatim.core.search.internal.IndexFields.START;
import static org.verbatim.core.search.internal.IndexFields.TEXT;
import static org.verbatim.core.search.internal.IndexFields.TEXT_TYPE;
import static org.verbatim.core.search.internal.IndexFields.TURN;
import static org.verbatim.core.search.internal.IndexFields.fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/** Turns one stored document into index entries: one per non-empty turn, or one for the whole. */
public final class EntryBuilder {
  private EntryBuilder() {}

  /** The term that selects every entry of a document (for update and delete). */
  public static Term documentTerm(DocumentId id) {
    return new Term(DOC_ID, id.toString());
  }

  /** The entries of {@code document}, in text order. */
  public static List<org.apache.lucene.document.Document> entries(
      Document document, Optional<Participant> participant) {
    List<org.apache.lucene.document.Document> entries = new ArrayList<>();
    if (document.turns().isEmpty()) {
      Span whole = new Span(0, document.text().length());
      addEntry(entries, document, participant, NO_TURN, Optional.empty(), whole);
    }
    for (Turn turn : document.turns()) {
      addEntry(entries, document, participant, turn.index(), turn.speaker(), turn.span());
    }
    return entries;
  }

  private static void addEntry(
      List<org.apache.lucene.document.Document> entries,
      Document document,
      Optional<Participant> participant,
      int turn,
      Optional<String> speaker,
      Span span) {
    if (span.length() == 0) {
      return;
    }
    String text = span.of(document.text());
    var entry = new org.apache.lucene.document.Document();
    entry.add(new StringField(DOC_ID, document.id().toString(), Field.Store.YES));
    entry.add(new NumericDocValuesField(DOC_ID, document.id().value()));
    entry.add(new StoredField(DOC_NAME, document.name()));
    entry.add(new SortedDocValuesField(DOC_NAME, new BytesRef(document.name())));
    entry.add(new StringField(DOC_NAME_LC, fold(document.name()), Field.Store.NO));
    entry.add(new StoredField(TURN, turn));
    entry.add(new StoredField(START, span.start()));
    entry.add(new NumericDocValuesField(START, span.start()));
    speaker.ifPresent(
        s -> {
          entry.add(new StoredField(SPEAKER, s));
          entry.add(new StringField(SPEAKER_LC, fold(s.trim()), Field.Store.NO));
        });
    // No participant label or attributes: the project resolves participant filters and labels in
    // the store, so that attaching or editing participants never needs a re-index.
    entry.add(new Field(TEXT, text, TEXT_TYPE));
    entries.add(entry);
  }
}
