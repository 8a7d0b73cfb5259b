package org.verbatim.core.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.ParticipantRow;

/** Participants and their attributes, each linked to the documents of their interviews. */
public interface ParticipantStore {
  /**
   * Creates or updates the participants of {@code rows} (by label) and links each row's document to
   * its participant, all in one transaction.
   *
   * @throws org.verbatim.core.model.NotFoundException naming the row's origin (file and line) when
   *     a document name does not exist; nothing is changed then
   */
  List<Participant> attach(List<ParticipantRow> rows, String actor);

  List<Participant> list();

  Optional<Participant> forDocument(DocumentId document);

  /**
   * The participant of every document that has one, read in one pass (what search needs to filter
   * by attributes without listing whole documents).
   */
  java.util.Map<DocumentId, Participant> byDocument();
}
