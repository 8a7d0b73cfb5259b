/** REFI-QDA project and codebook import and export. */
@NullMarked
package org.verbatim.core.interchange;

import org.jspecify.annotations.NullMarked;
