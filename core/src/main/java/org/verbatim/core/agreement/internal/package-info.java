/** Computation helpers for the agreement measures; not API. */
@NullMarked
package org.verbatim.core.agreement.internal;

import org.jspecify.annotations.NullMarked;
