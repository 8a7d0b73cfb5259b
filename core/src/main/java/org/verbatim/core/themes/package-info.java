/**
 * The theme engine: frequencies, co-occurrence, prevalence and saturation over codes and themes.
 */
@NullMarked
package org.verbatim.core.themes;

import org.jspecify.annotations.NullMarked;
