package org.verbatim.core.agreement.project;

import java.util.List;
import java.util.Objects;

/**
 * Agreement on unit data: per code (items are the units of the compared documents), pooled over
 * every (unit × code) pair, and pooled per document. {@code units} is the number of units compared.
 */
public record UnitAgreementReport(
    AgreementScope scope,
    int units,
    List<CodeAgreement> codes,
    BinaryAgreement pooled,
    List<DocumentAgreement> documents)
    implements ProjectAgreementReport {

  public UnitAgreementReport {
    Objects.requireNonNull(scope);
    codes = List.copyOf(codes);
    Objects.requireNonNull(pooled);
    documents = List.copyOf(documents);
  }

  /** One code's agreement over all compared units. */
  public record CodeAgreement(AgreementCode code, BinaryAgreement agreement) {
    public CodeAgreement {
      Objects.requireNonNull(code);
      Objects.requireNonNull(agreement);
    }
  }

  /** One document's agreement pooled over its (unit × code) pairs. */
  public record DocumentAgreement(String document, int units, BinaryAgreement pooled) {
    public DocumentAgreement {
      Objects.requireNonNull(document);
      Objects.requireNonNull(pooled);
    }
  }
}
