package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.core.search.SearchResult;
import org.verbatim.core.themes.CodedSearch;
import org.verbatim.server.api.Views.SearchHitView;
import org.verbatim.server.api.Views.SearchView;

/**
 * Full-text search as on the command line: {@code ?q=} with optional {@code speaker}, {@code
 * document}, {@code limit} (1–1000, default 100), {@code where.<attribute>=<value>} participant
 * filters, and {@code code} / {@code coder} filters over the codings (an empty {@code q} with a
 * {@code code} lists that code's passages).
 */
final class SearchController {
  static final int MAX_LIMIT = 1000;
  private static final String WHERE = "where.";

  private final CodedSearch index;

  SearchController(CodedSearch index) {
    this.index = index;
  }

  void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
    Optional<String> code = Optional.ofNullable(ctx.queryParam("code")).filter(c -> !c.isBlank());
    Optional<String> coder = Optional.ofNullable(ctx.queryParam("coder")).filter(c -> !c.isBlank());
    if (q.isEmpty() && code.isEmpty()) {
      throw ApiException.badRequest(
          "query parameter 'q' is required (or 'code' to list its passages)");
    }
    int limit = QueryParams.intOr(ctx, "limit", 100, 1, MAX_LIMIT);
    Map<String, String> where = new TreeMap<>();
    ctx.queryParamMap()
        .forEach(
            (k, v) -> {
              if (k.startsWith(WHERE) && k.length() > WHERE.length() && !v.isEmpty()) {
                where.put(k.substring(WHERE.length()), v.get(0));
              }
            });
    SearchResult result =
        index.search(
            new SearchQuery(
                q,
                Optional.ofNullable(ctx.queryParam("speaker")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("document")).filter(s -> !s.isBlank()),
                where,
                limit,
                code,
                coder));
    ctx.json(
        new SearchView(
            result.totalHits(),
            result.totalExact(),
            result.hits().stream().map(SearchHitView::of).toList()));
  }
}
