package org.verbatim.core.themes;

import java.util.List;

/**
 * How far a code or theme node is supported: the participants with at least one passage (their
 * labels, sorted), of how many in the project, and the documents and passages behind it.
 */
public record Support(List<String> participants, int of, int documents, int passages) {
  public Support {
    participants = List.copyOf(participants);
    if (participants.size() > of) {
      throw new IllegalArgumentException(
          participants.size() + " supporting participants cannot exceed " + of);
    }
  }

  /** The number of supporting participants. */
  public int count() {
    return participants.size();
  }

  /** "12 of 19". */
  public String fraction() {
    return count() + " of " + of;
  }
}
