package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.PassageQuery;
import org.verbatim.core.themes.Proximity;

/**
 * Query parameters of the evidence routes: {@code layer} (consensus, all, a coder or coders joined
 * by commas), and for passages {@code where.<attribute>=<value>}, {@code coder}, {@code document},
 * {@code participant} (each repeatable), {@code and} (a code id) with {@code near}
 * (overlap|sentence|turn), {@code sort} (document|participant), {@code offset} and {@code limit}.
 */
final class EvidenceParams {
  private static final String WHERE = "where.";

  private EvidenceParams() {}

  static Optional<Layer> layer(Context ctx) {
    return Optional.ofNullable(ctx.queryParam("layer")).filter(s -> !s.isBlank()).map(Layer::parse);
  }

  /** The participant filters {@code where.<attribute>=<value>} (the first value of each). */
  static Map<String, String> where(Context ctx) {
    Map<String, String> where = new TreeMap<>();
    ctx.queryParamMap()
        .forEach(
            (k, v) -> {
              if (k.startsWith(WHERE) && k.length() > WHERE.length() && !v.isEmpty()) {
                where.put(k.substring(WHERE.length()), v.get(0));
              }
            });
    return where;
  }

  static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Applies the passage filters, sort and paging of the request to {@code base}. */
  static PassageQuery passages(Context ctx, PassageQuery base) {
    PassageQuery q =
        base.where(where(ctx))
            .coders(values(ctx, "coder"))
            .documents(values(ctx, "document"))
            .participants(values(ctx, "participant"))
            .sorted(text(ctx, "sort").map(PassageQuery.Sort::of).orElse(PassageQuery.Sort.DOCUMENT))
            .page(
                ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0),
                ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100));
    Optional<String> and = text(ctx, "and");
    if (and.isPresent()) {
      long id =
          ctx.queryParamAsClass("and", Long.class)
              .check(v -> v > 0, "must be a positive code id")
              .get();
      q = q.and(new CodeId(id), text(ctx, "near").map(Proximity::of).orElse(Proximity.OVERLAP));
    }
    return q;
  }

  private static Set<String> values(Context ctx, String name) {
    List<String> all = ctx.queryParams(name);
    Set<String> out = new LinkedHashSet<>();
    all.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
