package org.verbatim.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own errors (a request it refuses before Javalin sees it: a malformed path, a URI or
 * header block that is too large) answered in the API's JSON error shape instead of an HTML page.
 * Other requests outside {@code /api} keep Jetty's page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback)
      throws java.io.IOException {
    // a request Jetty could not parse reaches here as a stand-in for "/badMessage": its real path
    // is unknown, so it is answered as the API would answer
    String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
    if (path != null && !path.startsWith("/api") && !path.equals("/badMessage")) {
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  /** Errors found while parsing, before there is a request (414, 431, a malformed request line). */
  @Override
  public ByteBuffer badMessageError(
      int status, @Nullable String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int status, @Nullable String reason) {
    String message =
        switch (status) {
          case 414 -> "the request URI is too long";
          case 431 -> "the request headers (cookies included) are too large";
          default ->
              reason == null || reason.isBlank()
                  ? "the request was refused: " + HttpStatus.getMessage(status)
                  : "the request was refused: " + reason;
        };
    try {
      return JSON.writeValueAsString(new ApiError(ErrorMapper.codeFor(status), message))
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ApiError always serialises", e);
    }
  }
}
