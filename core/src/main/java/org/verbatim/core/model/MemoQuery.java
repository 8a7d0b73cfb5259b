package org.verbatim.core.model;

import java.util.Optional;

/**
 * Which entries of the memo list to read: every present field must match. {@code text} matches a
 * part of the memo's text (case-insensitive for Latin letters); {@code blindTo}, when present,
 * keeps only that coder's own memos and codings (blind coding); {@code limit} is 1–5000.
 */
public record MemoQuery(
    Optional<MemoKind> kind,
    Optional<CoderId> author,
    Optional<String> text,
    Optional<DocumentId> document,
    Optional<CodeId> code,
    Optional<ThemeId> theme,
    Optional<CoderId> blindTo) {
  public MemoQuery {
    text = text.filter(t -> !t.isBlank());
  }

  /** Every entry. */
  public static MemoQuery any() {
    return new MemoQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same query restricted to what {@code coder} may see under blind coding. */
  public MemoQuery blindTo(CoderId coder) {
    return new MemoQuery(kind, author, text, document, code, theme, Optional.of(coder));
  }
}
