package org.verbatim.core.deid;

/** A form from the researcher's own list that a scan looks for, with its tag. */
public record ListedName(String form, DeidTag tag) {
  public ListedName {
    form = form.strip();
    if (form.isEmpty()) {
      throw new IllegalArgumentException("a listed name needs a form");
    }
  }
}
