package org.verbatim.server.api;

import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.MemoEntry;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;

/** One line of {@code GET /api/memos/list} (docs/api.md "Memos"). */
record MemoEntryView(
    String kind,
    String source,
    long id,
    @Nullable Long author,
    @Nullable String authorName,
    @Nullable Long document,
    @Nullable String documentName,
    @Nullable Long code,
    @Nullable String codeName,
    @Nullable Long coding,
    @Nullable Integer start,
    @Nullable Integer end,
    @Nullable Long theme,
    @Nullable String themeName,
    String text,
    String at,
    long version) {
  static MemoEntryView of(MemoEntry e) {
    return new MemoEntryView(
        e.kind().code(),
        e.source().name().toLowerCase(java.util.Locale.ROOT),
        e.id(),
        e.author().map(CoderId::value).orElse(null),
        e.authorName().orElse(null),
        e.document().map(DocumentId::value).orElse(null),
        e.documentName().orElse(null),
        e.code().map(CodeId::value).orElse(null),
        e.codeName().orElse(null),
        e.coding().map(CodingId::value).orElse(null),
        e.span().map(Span::start).orElse(null),
        e.span().map(Span::end).orElse(null),
        e.theme().map(ThemeId::value).orElse(null),
        e.themeName().orElse(null),
        e.text(),
        e.at(),
        e.version());
  }
}
