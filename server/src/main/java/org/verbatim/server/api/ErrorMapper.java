package org.verbatim.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;

/**
 * Maps every exception to one JSON error shape and status, in one place. Unexpected exceptions are
 * logged with their stack trace and answered with a generic 500: internals never leak.
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void register(RoutesConfig routes) {
    routes.exception(
        ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(
        InvalidInputException.class, (e, ctx) -> write(ctx, 400, "bad_request", e.getMessage()));
    routes.exception(
        NotFoundException.class, (e, ctx) -> write(ctx, 404, "not_found", e.getMessage()));
    routes.exception(
        ConflictException.class, (e, ctx) -> write(ctx, 409, "conflict", e.getMessage()));
    routes.exception(
        AccessDeniedException.class, (e, ctx) -> write(ctx, 403, "forbidden", e.getMessage()));
    routes.exception(
        ValidationException.class,
        (e, ctx) -> write(ctx, 400, "bad_request", describe(e.getErrors())));
    routes.exception(
        JsonProcessingException.class, (e, ctx) -> write(ctx, 400, "bad_request", describe(e)));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          write(ctx, 500, "internal", "the server failed; the error was logged");
        });
  }

  static void write(Context ctx, int status, String code, String message) {
    ctx.status(status).json(new ApiError(code, message));
  }

  static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404, 405 -> "not_found";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "too_many_attempts";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  private static String describe(Map<String, ? extends List<? extends ValidationError<?>>> errors) {
    return errors.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + ": "
                    + e.getValue().stream()
                        .map(ValidationError::getMessage)
                        .collect(Collectors.joining(", "))
                    + " (was '"
                    + e.getValue().stream().findFirst().map(v -> String.valueOf(v.value)).orElse("")
                    + "')")
        .collect(Collectors.joining("; "));
  }

  /** Where the body went wrong, without echoing Java class names. */
  private static String describe(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'" + where;
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      return "field '" + field + "' has the wrong type or is missing" + where;
    }
    return "the request body is not valid JSON" + where;
  }
}
