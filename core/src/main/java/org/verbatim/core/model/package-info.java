/** Domain values shared by every engine: documents, turns, sentences, codes, codings, themes. */
@NullMarked
package org.verbatim.core.model;

import org.jspecify.annotations.NullMarked;
