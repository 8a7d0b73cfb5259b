package org.verbatim.server.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies the API accepts. Fields are nullable so that a missing field is reported by name
 * ({@link Bodies#required}); unknown fields are refused.
 */
final class Requests {
  private Requests() {}

  record Login(@Nullable String username, @Nullable String password) {}

  record ChangePassword(@Nullable String currentPassword, @Nullable String newPassword) {}

  record NewUser(@Nullable String username, @Nullable String role, @Nullable String password) {}

  record UserUpdate(@Nullable Long version, @Nullable String role, @Nullable Boolean disabled) {}

  record PasswordReset(@Nullable Long version, @Nullable String password) {}

  record NewCode(
      @Nullable String name,
      @Nullable Long parent,
      @Nullable String definition,
      @Nullable String colour) {}

  record CodeUpdate(
      @Nullable Long version,
      @Nullable String name,
      @Nullable String definition,
      @Nullable String colour) {}

  record CodeMove(@Nullable Long version, @Nullable Long parent) {}

  record CodeMerge(@Nullable Long version, @Nullable Long into) {}

  record NewCoding(
      @Nullable Long document,
      @Nullable Long code,
      @Nullable Integer start,
      @Nullable Integer end,
      @Nullable String memo) {}

  record CodingUpdate(
      @Nullable Long version,
      @Nullable Integer start,
      @Nullable Integer end,
      @Nullable Long code,
      @Nullable String memo) {}

  record SpanRef(@Nullable Long document, @Nullable Integer start, @Nullable Integer end) {}

  record Query(
      @Nullable String text,
      @Nullable String speaker,
      @Nullable String document,
      @Nullable Map<String, String> where) {}

  record Batch(
      @Nullable Long code,
      @Nullable String memo,
      @Nullable List<SpanRef> spans,
      @Nullable Query query,
      @Nullable String expand) {}

  record NewMemo(
      @Nullable String text, @Nullable Long document, @Nullable Long code, @Nullable Long coding) {}

  record MemoUpdate(@Nullable Long version, @Nullable String text) {}

  record Settings(@Nullable Boolean blindCoding) {}

  record Decide(
      @Nullable String key,
      @Nullable String outcome,
      @Nullable Long coder,
      @Nullable Long code,
      @Nullable String reason,
      @Nullable List<Long> coders) {}

  record AcceptAgreements(@Nullable List<Long> coders, @Nullable String reason) {}
}
