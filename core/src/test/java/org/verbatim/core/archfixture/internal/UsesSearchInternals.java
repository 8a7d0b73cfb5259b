package org.verbatim.core.archfixture.internal;

import org.verbatim.core.search.internal.IndexFields;

/**
 * Breaks the internal-package rule on purpose: search.internal used outside search's tree (its own
 * package is called internal too, but its parent is archfixture, not search).
 */
public final class UsesSearchInternals {
  public Object analyzer() {
    return IndexFields.indexAnalyzer();
  }
}
