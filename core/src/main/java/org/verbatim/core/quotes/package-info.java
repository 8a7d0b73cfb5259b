/**
 * Exemplar quotes for theme nodes: candidates ranked from a layer's coded passages, pinning,
 * ordering, trimming and translating them, and the attribution pattern that labels them.
 */
@NullMarked
package org.verbatim.core.quotes;

import org.jspecify.annotations.NullMarked;
