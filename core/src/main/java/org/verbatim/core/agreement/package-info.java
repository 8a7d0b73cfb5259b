/** Inter-coder agreement statistics on unit data and unitized (continuum) data. */
@NullMarked
package org.verbatim.core.agreement;

import org.jspecify.annotations.NullMarked;
