package org.verbatim.core.agreement.project;

import org.verbatim.core.store.ProjectStore;

/**
 * Inter-coder agreement of a project, per code, pooled and per document, on unit data or on the
 * character continuum; see {@link AgreementDefinitions} for what is counted and how.
 */
public final class ProjectAgreement {
  private ProjectAgreement() {}

  /**
   * Reads the project and computes the report for {@code request}.
   *
   * @throws org.verbatim.core.model.InvalidInputException for unknown coders or codes (naming the
   *     ones present) or a continuum too long to analyse
   */
  public static ProjectAgreementReport compute(ProjectStore store, AgreementRequest request) {
    return compute(AgreementInputs.fromStore(store, request));
  }

  /**
   * Computes the report for prepared input (a {@link UnitAgreementReport} for unit data, a {@link
   * ContinuumAgreementReport} for {@link AgreementUnit#CHARACTER}).
   *
   * @throws org.verbatim.core.model.InvalidInputException for a continuum too long to analyse
   */
  public static ProjectAgreementReport compute(AgreementInput input) {
    return input.unit().continuum()
        ? ContinuumAgreement.compute(input)
        : UnitAgreement.compute(input);
  }
}
