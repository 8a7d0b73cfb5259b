package org.verbatim.core.store.sqlite;

/** The database failed (I/O, corruption, a bug in a statement); not the caller's fault. */
public class StoreFailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
