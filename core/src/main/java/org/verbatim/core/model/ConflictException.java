package org.verbatim.core.model;

/**
 * A change collides with the current state (duplicate import, stale version); the message says with
 * what.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
