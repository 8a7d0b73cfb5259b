package org.verbatim.core.deid;

import java.util.List;
import java.util.Set;

/**
 * A form a scan found, with all its variants grouped under it ("Lin's", "Dr Lin" under "Dr. Lin"),
 * how often it occurs, where (the first {@link Scanner#CONTEXTS} occurrences), what found it, and
 * the decision on it so far.
 *
 * @param form the most frequent surface form
 * @param surfaces every surface form grouped here
 * @param status {@code found} (not decided yet), {@code accepted} or {@code rejected}
 * @param replacement the pseudonym of an accepted form, else empty
 */
public record FoundForm(
    String form,
    List<String> surfaces,
    DeidTag tag,
    int count,
    int documents,
    Set<String> sources,
    List<MentionContext> contexts,
    String status,
    String replacement) {
  public FoundForm {
    surfaces = List.copyOf(surfaces);
    sources = Set.copyOf(sources);
    contexts = List.copyOf(contexts);
  }
}
