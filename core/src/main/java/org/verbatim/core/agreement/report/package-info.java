/**
 * How agreement reports are shown: plain text and JSON views of a reliability report ({@code
 * verbatim reliability}) and of a project agreement report ({@code verbatim agreement}, the API's
 * agreement routes), the one table layout ({@link
 * org.verbatim.core.agreement.report.AgreementLayout} of {@link
 * org.verbatim.core.agreement.report.ReportTable}s) they share, and that layout written to XLSX and
 * HTML files. The measures ({@code core.agreement}) and the project reports ({@code
 * core.agreement.project}) know nothing of it.
 */
@NullMarked
package org.verbatim.core.agreement.report;

import org.jspecify.annotations.NullMarked;
