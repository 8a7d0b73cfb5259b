package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading request bodies and parameters at the edge, with errors that name the field. */
final class Bodies {
  private Bodies() {}

  /**
   * Parses the JSON body. Requires {@code Content-Type: application/json}: besides being the
   * contract, it keeps plain HTML forms on other sites from posting here.
   */
  static <T> T read(Context ctx, Class<T> type) {
    if (!isJson(ctx.contentType())) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "send the body as JSON with Content-Type: application/json");
    }
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("the request body is empty; send a JSON object");
    }
    // Jackson maps the JSON text `null` to no object, which the JSON mapper's non-null contract
    // turns into a NullPointerException; refuse it here, where the reason can be said.
    if (body.strip().equals("null")) {
      throw ApiException.badRequest("the request body must be a JSON object, not null");
    }
    T value = ctx.bodyAsClass(type);
    if (value == null) {
      throw ApiException.badRequest("the request body must be a JSON object, not null");
    }
    return value;
  }

  /** A field the request must have. */
  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw ApiException.badRequest("field '" + field + "' is required");
    }
    return value;
  }

  /** A required id field: present and positive. */
  static long id(@Nullable Long value, String field) {
    long v = required(value, field);
    if (v <= 0) {
      throw ApiException.badRequest("field '" + field + "' must be a positive id, was " + v);
    }
    return v;
  }

  /** An optional id field: absent (null), or positive. */
  static Optional<Long> optionalId(@Nullable Long value, String field) {
    return value == null ? Optional.empty() : Optional.of(id(value, field));
  }

  /** A required positive id path parameter. */
  static long pathId(Context ctx, String name) {
    return ctx.pathParamAsClass(name, Long.class).check(v -> v > 0, "must be a positive id").get();
  }

  /** A required query parameter holding a version number (for DELETE, which has no body). */
  static long versionParam(Context ctx) {
    return QueryParams.requiredLong(ctx, "version", 1);
  }

  /**
   * Whether a Content-Type header names JSON: the media type {@code application/json} exactly (any
   * case), optionally followed by parameters such as {@code ; charset=utf-8}.
   */
  static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return mediaType.strip().toLowerCase(Locale.ROOT).equals("application/json");
  }
}
