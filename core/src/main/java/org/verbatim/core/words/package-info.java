/**
 * Word frequencies: counts by lemma (English) or segmented word (Chinese) over the cached
 * annotations, for the project, a document, a participant group or the passages of a code or theme;
 * the project's editable stop-word lists; distinctive words by log-likelihood; and
 * keyword-in-context lines for any counted word.
 */
@NullMarked
package org.verbatim.core.words;

import org.jspecify.annotations.NullMarked;
