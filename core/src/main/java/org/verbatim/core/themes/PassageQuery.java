package org.verbatim.core.themes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ThemeId;

/**
 * Which coded passages to retrieve: those of a code (with its subcodes) or of a theme node (every
 * code supporting it), optionally only where a second code is {@code near} them ("X AND Y"),
 * filtered by participant attributes ({@code where}, all must match), participant labels, coder
 * names and document names (empty sets mean no filter), sorted, and paged ({@code offset}, {@code
 * limit}).
 */
public record PassageQuery(
    Optional<CodeId> code,
    Optional<ThemeId> theme,
    Optional<CodeId> and,
    Proximity near,
    Map<String, String> where,
    Set<String> participants,
    Set<String> coders,
    Set<String> documents,
    Sort sort,
    int offset,
    int limit) {

  /** Most passages one query returns. */
  public static final int MAX_LIMIT = 10_000;

  /** Orders of retrieved passages. */
  public enum Sort {
    /** By document name, then position in the document. */
    DOCUMENT,
    /** By participant label, then document name and position. */
    PARTICIPANT;

    /**
     * @throws InvalidInputException naming the valid values
     */
    public static Sort of(String code) {
      return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "document" -> DOCUMENT;
        case "participant" -> PARTICIPANT;
        default ->
            throw new InvalidInputException(
                "unknown sort '" + code + "'; use document or participant");
      };
    }
  }

  /**
   * @throws InvalidInputException unless exactly one of code and theme is given, or for an offset
   *     below 0 or a limit outside 1..{@value #MAX_LIMIT}
   */
  public PassageQuery {
    if (code.isPresent() == theme.isPresent()) {
      throw new InvalidInputException("retrieve the passages of one code or one theme");
    }
    where = new TreeMap<>(where);
    participants = Set.copyOf(participants);
    coders = Set.copyOf(coders);
    documents = Set.copyOf(documents);
    if (offset < 0) {
      throw new InvalidInputException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit must lie in 1.." + MAX_LIMIT + ", was " + limit);
    }
  }

  public static PassageQuery ofCode(CodeId code) {
    return new PassageQuery(
        Optional.of(code),
        Optional.empty(),
        Optional.empty(),
        Proximity.OVERLAP,
        Map.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Sort.DOCUMENT,
        0,
        100);
  }

  public static PassageQuery ofTheme(ThemeId theme) {
    return new PassageQuery(
        Optional.empty(),
        Optional.of(theme),
        Optional.empty(),
        Proximity.OVERLAP,
        Map.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Sort.DOCUMENT,
        0,
        100);
  }

  /** The same query, only where {@code other} is {@code near} ("this AND other"). */
  public PassageQuery and(CodeId other, Proximity proximity) {
    return new PassageQuery(
        code,
        theme,
        Optional.of(other),
        proximity,
        where,
        participants,
        coders,
        documents,
        sort,
        offset,
        limit);
  }

  public PassageQuery where(Map<String, String> attributes) {
    return new PassageQuery(
        code, theme, and, near, attributes, participants, coders, documents, sort, offset, limit);
  }

  public PassageQuery participants(Set<String> labels) {
    return new PassageQuery(
        code, theme, and, near, where, labels, coders, documents, sort, offset, limit);
  }

  public PassageQuery coders(Set<String> names) {
    return new PassageQuery(
        code, theme, and, near, where, participants, names, documents, sort, offset, limit);
  }

  public PassageQuery documents(Set<String> names) {
    return new PassageQuery(
        code, theme, and, near, where, participants, coders, names, sort, offset, limit);
  }

  public PassageQuery sorted(Sort order) {
    return new PassageQuery(
        code, theme, and, near, where, participants, coders, documents, order, offset, limit);
  }

  public PassageQuery page(int from, int count) {
    return new PassageQuery(
        code, theme, and, near, where, participants, coders, documents, sort, from, count);
  }
}
