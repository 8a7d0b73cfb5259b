/**
 * Inter-coder agreement statistics on unit data and unitized (continuum) data.
 *
 * <p>Unit data: a read-only {@link org.verbatim.core.agreement.UnitStudy} (coders × units, a
 * category or missing per cell) and one class per measure ({@link
 * org.verbatim.core.agreement.KrippendorffAlpha}, {@link org.verbatim.core.agreement.CohenKappa},
 * …); {@link org.verbatim.core.agreement.UnitReliability} runs them all. Unitized data: a read-only
 * {@link org.verbatim.core.agreement.UnitizedStudy} (each coder's segments on a continuum) with the
 * unitizing alpha family, a character-level kappa and segment matching; {@link
 * org.verbatim.core.agreement.UnitizedReliability} runs them all. A measure that is undefined for
 * its data throws {@link org.verbatim.core.agreement.UndefinedStatisticException}; none returns
 * NaN.
 */
@NullMarked
package org.verbatim.core.agreement;

import org.jspecify.annotations.NullMarked;
