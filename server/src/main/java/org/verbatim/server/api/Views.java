package org.verbatim.server.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.Participant;
import org.verbatim.core.model.VersionedMemo;
import org.verbatim.core.search.SearchHit;
import org.verbatim.server.auth.Principal;

/**
 * The JSON the API writes: one record per shape, built from core values. Absent values are JSON
 * null; instants are ISO-8601 strings; offsets are UTF-16 code units, end exclusive.
 */
final class Views {
  private Views() {}

  record UserView(
      long id,
      String username,
      String role,
      @Nullable Long coderId,
      boolean disabled,
      long version) {
    static UserView of(Account a, Optional<Long> coder) {
      return new UserView(
          a.id().value(),
          a.username(),
          a.role().code(),
          coder.orElse(null),
          a.disabled(),
          a.version());
    }
  }

  record SessionView(Me user, String csrfToken, boolean blindCoding) {}

  record Me(long id, String username, String role, @Nullable Long coderId) {
    static Me of(Principal p) {
      return new Me(
          p.account().value(),
          p.username(),
          p.role().code(),
          p.coder().map(c -> c.value()).orElse(null));
    }
  }

  record CreatedUserView(UserView user, @Nullable String password) {}

  record ParticipantView(long id, String label, Map<String, String> attributes) {
    static @Nullable ParticipantView of(Optional<Participant> p) {
      return p.map(x -> new ParticipantView(x.id().value(), x.label(), x.attributes()))
          .orElse(null);
    }
  }

  record DocumentSummaryView(
      long id,
      String name,
      String language,
      String format,
      int length,
      int words,
      int turns,
      @Nullable ParticipantView participant,
      String importedAt) {
    static DocumentSummaryView of(DocumentSummary s) {
      return new DocumentSummaryView(
          s.id().value(),
          s.name(),
          s.language().code(),
          s.format().extension(),
          s.length(),
          s.words(),
          s.turns(),
          ParticipantView.of(s.participant()),
          s.importedAt().toString());
    }
  }

  record TurnView(
      int index,
      @Nullable String speaker,
      int start,
      int end,
      @Nullable Long startMs,
      @Nullable Long endMs) {}

  record SentenceView(int index, int start, int end) {}

  record DocumentView(
      DocumentSummaryView summary,
      String text,
      List<TurnView> turns,
      List<SentenceView> sentences) {
    static DocumentView of(Document d) {
      return new DocumentView(
          DocumentSummaryView.of(d.summary()),
          d.text(),
          d.turns().stream()
              .map(
                  t ->
                      new TurnView(
                          t.index(),
                          t.speaker().orElse(null),
                          t.span().start(),
                          t.span().end(),
                          t.startMillis().orElse(null),
                          t.endMillis().orElse(null)))
              .toList(),
          d.sentences().stream()
              .map(s -> new SentenceView(s.index(), s.span().start(), s.span().end()))
              .toList());
    }
  }

  record CodeView(
      long id, @Nullable Long parent, String name, String definition, String colour, long version) {
    static CodeView of(Code c) {
      return new CodeView(
          c.id().value(),
          c.parent().map(CodeId::value).orElse(null),
          c.name(),
          c.definition(),
          c.colour(),
          c.version());
    }
  }

  record CoderView(long id, String name) {
    static CoderView of(Coder c) {
      return new CoderView(c.id().value(), c.name());
    }
  }

  record CodingView(
      long id,
      long document,
      long code,
      long coder,
      int start,
      int end,
      String memo,
      String createdAt,
      String updatedAt,
      long version) {
    static CodingView of(Coding k) {
      return new CodingView(
          k.id().value(),
          k.document().value(),
          k.code().value(),
          k.coder().value(),
          k.span().start(),
          k.span().end(),
          k.memo(),
          k.createdAt().toString(),
          k.updatedAt().toString(),
          k.version());
    }
  }

  record MemoView(
      long id,
      long author,
      @Nullable Long document,
      @Nullable Long code,
      @Nullable Long coding,
      String text,
      String createdAt,
      String updatedAt,
      long version) {
    static MemoView of(VersionedMemo v) {
      var m = v.memo();
      return new MemoView(
          m.id().value(),
          m.author().value(),
          m.document().map(DocumentId::value).orElse(null),
          m.code().map(CodeId::value).orElse(null),
          m.coding().map(CodingId::value).orElse(null),
          m.text(),
          m.createdAt().toString(),
          m.updatedAt().toString(),
          v.version());
    }
  }

  record SearchHitView(
      long document,
      String documentName,
      @Nullable String participant,
      @Nullable String speaker,
      int turn,
      int start,
      int end,
      String match,
      String before,
      String after) {
    static SearchHitView of(SearchHit h) {
      return new SearchHitView(
          h.documentId().value(),
          h.document(),
          h.participant().orElse(null),
          h.speaker().orElse(null),
          h.turn(),
          h.start(),
          h.end(),
          h.match(),
          h.before(),
          h.after());
    }
  }

  /** {@code totalExact} false: the count stopped early and {@code totalHits} is a lower bound. */
  record SearchView(int totalHits, boolean totalExact, List<SearchHitView> hits) {}

  record AuditView(
      long id,
      String at,
      String actor,
      String action,
      String entity,
      @Nullable Long entityId,
      @Nullable String before,
      @Nullable String after) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.id(),
          e.at().toString(),
          e.actor(),
          e.action(),
          e.entity(),
          e.entityId().orElse(null),
          e.before().orElse(null),
          e.after().orElse(null));
    }
  }

  record UndoStateView(@Nullable String undo, @Nullable String redo) {}

  record UndoView(
      long action,
      String label,
      List<CodeView> codes,
      List<Long> deletedCodes,
      List<CodingView> codings,
      List<Long> deletedCodings,
      List<MemoView> memos,
      List<Long> deletedMemos,
      UndoStateView state) {}

  record MergeView(CodeView target, long source, int moved, int removedDuplicates) {}

  record BatchView(int created, List<CodingView> codings) {}

  record SettingsView(boolean blindCoding) {}
}
