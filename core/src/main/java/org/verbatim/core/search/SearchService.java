package org.verbatim.core.search;

/**
 * Searching a project as routes and commands do: queries only. Keeping the index up to date is the
 * project's work ({@code core.project.Project}), never a caller's.
 */
public final class SearchService {
  private final SearchIndex index;

  public SearchService(SearchIndex index) {
    this.index = index;
  }

  /**
   * Runs a query: hits in reading order with keyword-in-context lines and exact offsets.
   *
   * @throws org.verbatim.core.model.InvalidInputException when the query text does not parse; the
   *     message says where
   */
  public SearchResult search(SearchQuery query) {
    return index.search(query);
  }
}
