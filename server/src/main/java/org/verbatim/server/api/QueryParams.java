package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Reading numeric query parameters at the edge. A missing or malformed parameter is a 400 naming
 * the parameter, never a NullPointerException from a validator that was handed nothing.
 */
final class QueryParams {
  private QueryParams() {}

  /** An optional whole number of at least {@code min}; empty when the parameter is absent. */
  static Optional<Long> optionalLong(Context ctx, String name, long min, long max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    long value;
    try {
      value = Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "query parameter '" + name + "' must be a whole number, was '" + clip(raw) + "'");
    }
    if (value < min || value > max) {
      throw ApiException.badRequest(
          "query parameter '"
              + name
              + "' must be "
              + (max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
              + ", was "
              + value);
    }
    return Optional.of(value);
  }

  /** A required whole number of at least {@code min}. */
  static long requiredLong(Context ctx, String name, long min) {
    return optionalLong(ctx, name, min, Long.MAX_VALUE)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "query parameter '"
                        + name
                        + "' is required (a number of at least "
                        + min
                        + ")"));
  }

  /** An optional whole number in {@code [min, max]}, or {@code fallback} when absent. */
  static int intOr(Context ctx, String name, int fallback, int min, int max) {
    return optionalLong(ctx, name, min, max).map(Long::intValue).orElse(fallback);
  }

  /** An optional positive id. */
  static Optional<Long> optionalId(Context ctx, String name) {
    return optionalLong(ctx, name, 1, Long.MAX_VALUE);
  }

  private static String clip(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }
}
