package org.verbatim.core.coding;

/**
 * The actor may not do this to that entity (another coder's coding or memo); the message says why.
 */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
