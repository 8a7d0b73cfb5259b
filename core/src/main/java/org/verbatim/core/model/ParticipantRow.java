package org.verbatim.core.model;

import java.util.Map;

/**
 * One row of a participants table: the document it describes, a label, attributes, and where the
 * row came from ("participants.csv line 4") for error messages.
 */
public record ParticipantRow(
    String document, String label, Map<String, String> attributes, String origin) {
  public ParticipantRow {
    attributes = Map.copyOf(attributes);
  }
}
