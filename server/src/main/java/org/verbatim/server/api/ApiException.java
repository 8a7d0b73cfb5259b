package org.verbatim.server.api;

/** An HTTP error with its status, a stable machine-readable code and a message for people. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  public static ApiException unauthenticated() {
    return new ApiException(401, "unauthenticated", "log in first");
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message);
  }
}
