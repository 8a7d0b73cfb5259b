/**
 * Project-level inter-coder agreement: turns a project's codings into unit or unitized studies
 * ({@link org.verbatim.core.agreement.project.AgreementInputs}), computes per-code, pooled and
 * per-document statistics ({@link org.verbatim.core.agreement.project.ProjectAgreement}, asked
 * through {@link org.verbatim.core.agreement.project.AgreementService}). Showing the report is
 * {@code core.agreement.report}'s. The definitions it applies (what counts as a coded unit, which
 * documents are compared, what is pooled) are stated once in {@link
 * org.verbatim.core.agreement.project.AgreementDefinitions}.
 */
@NullMarked
package org.verbatim.core.agreement.project;

import org.jspecify.annotations.NullMarked;
