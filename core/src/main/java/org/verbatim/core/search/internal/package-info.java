/**
 * Helpers behind {@link org.verbatim.core.search.LuceneSearchIndex}: analyzers, field layout, query
 * parsing, match location and index health checks. Not an API; the bench package reuses the field
 * layout so that its bare-Lucene baseline indexes exactly what the product indexes.
 */
@NullMarked
package org.verbatim.core.search.internal;

import org.jspecify.annotations.NullMarked;
