/**
 * The theme engine: the theme tree and its rules ({@link org.verbatim.core.themes.ThemeService}),
 * the coding layer every view is computed over ({@link org.verbatim.core.themes.Layer}), retrieval
 * of coded passages ({@link org.verbatim.core.themes.PassageRetrieval}) and the evidence views:
 * prevalence, matrices, co-occurrence, saturation and proposed groupings, all computed from one
 * {@link org.verbatim.core.themes.LayerSnapshot}.
 *
 * <p>How codes count towards themes: a node is supported by the codes linked to it or to any node
 * below it, each together with its subcodes in the codebook. A code linked to several nodes
 * supports each of them in full; a participant (or passage) is counted once per node however many
 * of its codes it carries.
 */
@NullMarked
package org.verbatim.core.themes;

import org.jspecify.annotations.NullMarked;
