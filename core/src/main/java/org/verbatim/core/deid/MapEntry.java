package org.verbatim.core.deid;

import java.util.List;

/**
 * The researcher's decision on one form: accepted (replaced by {@code replacement} in de-identified
 * exports, as are its linked {@code variants}) or rejected (left as it is).
 *
 * @param form the form as found ("Dr. Lin")
 * @param replacement the pseudonym ("[psychiatrist 1]"); empty when rejected
 * @param variants other forms of the same person or place, linked by the researcher ("Lin")
 */
public record MapEntry(
    String form, DeidTag tag, Decision decision, String replacement, List<String> variants) {
  public MapEntry {
    variants = List.copyOf(variants);
    if (form.isBlank()) {
      throw new IllegalArgumentException("a map entry needs a form");
    }
    if (decision == Decision.ACCEPTED && replacement.isBlank()) {
      throw new IllegalArgumentException("an accepted form needs a replacement: " + form);
    }
  }

  /** Accepted or rejected. */
  public enum Decision {
    ACCEPTED,
    REJECTED
  }

  /** The form and its variants. */
  public List<String> forms() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(form), variants.stream())
        .toList();
  }

  boolean accepted() {
    return decision == Decision.ACCEPTED;
  }
}
