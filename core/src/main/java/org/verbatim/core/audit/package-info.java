/** The audit trail as the owner reads it: pages of entries, or all of them in order. */
@NullMarked
package org.verbatim.core.audit;

import org.jspecify.annotations.NullMarked;
