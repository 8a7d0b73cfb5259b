package org.verbatim.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An exemplar quote pinned to a theme node: the kept parts of one document's stored text (UTF-16
 * spans, end exclusive, in order and not overlapping; a gap between two parts was trimmed), its
 * place among the node's quotes (0-based), the current translation if any, who pinned it and when.
 */
public record Quote(
    QuoteId id,
    ThemeId theme,
    DocumentId document,
    List<Span> parts,
    int position,
    Optional<Translation> translation,
    String pinnedBy,
    Instant pinnedAt,
    long version) {
  public Quote {
    parts = List.copyOf(parts);
    requireParts(parts);
  }

  /** The whole stretch from the first part's start to the last part's end. */
  public Span span() {
    return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
  }

  /** The quote's text in {@code documentText}: its parts, a gap between two as " … ". */
  public String text(String documentText) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append(parts.get(i - 1).end() == parts.get(i).start() ? "" : " … ");
      }
      out.append(parts.get(i).of(documentText).strip());
    }
    return out.toString();
  }

  /**
   * @throws InvalidInputException unless {@code parts} is non-empty, in order, without overlap and
   *     each part non-empty
   */
  public static void requireParts(List<Span> parts) {
    if (parts.isEmpty()) {
      throw new InvalidInputException("a quote needs at least one part");
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).length() == 0) {
        throw new InvalidInputException("quote part " + (i + 1) + " is empty");
      }
      if (i > 0 && parts.get(i).start() < parts.get(i - 1).end()) {
        throw new InvalidInputException(
            "quote parts must be in order without overlap; part "
                + (i + 1)
                + " starts at "
                + parts.get(i).start()
                + " before part "
                + i
                + " ends at "
                + parts.get(i - 1).end());
      }
    }
  }
}
