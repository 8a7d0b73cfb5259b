package org.verbatim.core.project;

import java.util.List;
import org.verbatim.core.model.ParticipantRow;

/**
 * What attaching a participants table would do, before anything is written.
 *
 * @param matched rows whose document exists, in file order
 * @param unmatched rows naming no document of the project (they would be left out)
 * @param undescribed names of the project's documents that no row describes
 * @param attributes every attribute column of the table, sorted
 * @param newAttributes attribute columns no participant of the project has yet (a typo shows here)
 */
public record ParticipantPreview(
    List<ParticipantRow> matched,
    List<ParticipantRow> unmatched,
    List<String> undescribed,
    List<String> attributes,
    List<String> newAttributes) {
  public ParticipantPreview {
    matched = List.copyOf(matched);
    unmatched = List.copyOf(unmatched);
    undescribed = List.copyOf(undescribed);
    attributes = List.copyOf(attributes);
    newAttributes = List.copyOf(newAttributes);
  }
}
