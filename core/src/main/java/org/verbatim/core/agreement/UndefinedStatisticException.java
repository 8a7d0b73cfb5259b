package org.verbatim.core.agreement;

/**
 * A statistic is not defined for the given data (too few coders, no variation, …); the message is a
 * reason a researcher can act on.
 */
public class UndefinedStatisticException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UndefinedStatisticException(String reason) {
    super(reason);
  }

  /** The human-readable reason, same as {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }
}
