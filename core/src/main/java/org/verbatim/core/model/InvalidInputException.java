package org.verbatim.core.model;

/**
 * Input from outside (a file, a request, an option) is not acceptable; the message names the file,
 * line or field.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
