package org.verbatim.core.reconcile;

import java.util.List;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.Span;

/**
 * A passage every chosen coder coded with the same code and the same boundaries: not a
 * disagreement, but it can be accepted into the consensus layer with a stable {@code key} like one.
 */
public record ExactAgreement(
    String key, CodeId code, Span span, String text, List<Coding> codings) {
  public ExactAgreement {
    codings = List.copyOf(codings);
  }
}
