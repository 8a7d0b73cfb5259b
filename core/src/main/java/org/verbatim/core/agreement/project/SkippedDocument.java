package org.verbatim.core.agreement.project;

import java.util.List;

/** A document left out of the comparison because some selected coders have no coding in it. */
public record SkippedDocument(String document, List<String> missingCoders) {
  public SkippedDocument {
    missingCoders = List.copyOf(missingCoders);
  }
}
