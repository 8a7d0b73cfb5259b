package org.verbatim.core.nlp;

import org.verbatim.core.model.InvalidInputException;

/**
 * The language models an analysis needs are not installed; the message says which and where. An
 * {@link InvalidInputException} because the user fixes it (one line on the command line, a 400).
 */
public final class NlpModelsMissingException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public NlpModelsMissingException(String message) {
    super(message);
  }
}
