/**
 * Full-text search over speaker turns and whole documents: language-aware analysis (English
 * stemming, ICU word segmentation for Chinese), query parsing, filters and keyword-in-context hits
 * with exact offsets into the stored text.
 */
@NullMarked
package org.verbatim.core.search;

import org.jspecify.annotations.NullMarked;
