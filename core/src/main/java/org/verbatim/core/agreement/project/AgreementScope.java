package org.verbatim.core.agreement.project;

import java.util.List;
import java.util.Objects;

/**
 * What a project agreement report covers: the coders compared, the unit and its overlap rule, the
 * number of documents compared and the documents left out.
 */
public record AgreementScope(
    List<String> coders,
    AgreementUnit unit,
    double minOverlapPercent,
    int documents,
    List<SkippedDocument> skipped) {

  public AgreementScope {
    coders = List.copyOf(coders);
    Objects.requireNonNull(unit);
    skipped = List.copyOf(skipped);
  }

  static AgreementScope of(AgreementInput input) {
    return new AgreementScope(
        input.coders(),
        input.unit(),
        input.minOverlapPercent(),
        input.documents().size(),
        input.skipped());
  }
}
