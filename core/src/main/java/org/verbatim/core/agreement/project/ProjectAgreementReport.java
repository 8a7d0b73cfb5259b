package org.verbatim.core.agreement.project;

/** A project's agreement report: unit data or the character continuum. */
public sealed interface ProjectAgreementReport
    permits UnitAgreementReport, ContinuumAgreementReport {
  AgreementScope scope();
}
