package org.verbatim.core.model;

import java.util.Optional;

/**
 * One line of the project's memo list: a memo, a coding's memo or a theme node's memo, with the
 * names of what it is about. {@code id} is the memo's, the coding's or the theme's id as {@code
 * source} says; a theme memo is the team's note on the node and has no author; {@code span} is the
 * coded range of a coding memo; {@code at} is when it was last written (a theme memo: when its node
 * was created).
 */
public record MemoEntry(
    MemoKind kind,
    Source source,
    long id,
    Optional<CoderId> author,
    Optional<String> authorName,
    Optional<DocumentId> document,
    Optional<String> documentName,
    Optional<CodeId> code,
    Optional<String> codeName,
    Optional<CodingId> coding,
    Optional<Span> span,
    Optional<ThemeId> theme,
    Optional<String> themeName,
    String text,
    String at,
    long version) {

  /** Where the entry's text is stored: the memos table, a coding's memo, a theme's memo. */
  public enum Source {
    MEMO,
    CODING,
    THEME
  }
}
