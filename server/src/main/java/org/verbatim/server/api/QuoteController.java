package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.QuoteId;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.quotes.Attribution;
import org.verbatim.core.quotes.QuoteCandidates;
import org.verbatim.core.quotes.QuoteService;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.Layer;
import org.verbatim.core.themes.LayerSnapshot;

/** Quotes pinned to theme nodes: list, candidates, pin, order, trim, translate, unpin. */
final class QuoteController {
  private final QuoteService quotes;
  private final EvidenceService evidence;

  QuoteController(QuoteService quotes, EvidenceService evidence) {
    this.quotes = quotes;
    this.evidence = evidence;
  }

  /** A pin request: the node, the document and the kept parts as [start, end) pairs. */
  record NewQuote(
      @Nullable Long theme, @Nullable Long document, @Nullable List<List<Integer>> parts) {}

  /** A trim: the new parts, and the version seen. */
  record Trim(@Nullable Long version, @Nullable List<List<Integer>> parts) {}

  record Order(@Nullable Long theme, @Nullable List<Long> quotes) {}

  record NewTranslation(@Nullable String text, @Nullable String language) {}

  /** A quote as the API shows it: parts, its rendered text and attribution, its translation. */
  record QuoteView(
      long id,
      long theme,
      long document,
      String documentName,
      List<List<Integer>> parts,
      int position,
      String text,
      String source,
      String attribution,
      @Nullable Map<String, Object> translation,
      String pinnedBy,
      String pinnedAt,
      long version) {}

  record CandidateView(
      long document,
      String participant,
      String attribution,
      int start,
      int end,
      String text,
      double words,
      List<String> coders) {}

  void list(Context ctx) {
    ThemeId theme = new ThemeId(queryId(ctx, "theme"));
    ctx.json(quotes.forTheme(theme).stream().map(this::view).toList());
  }

  void candidates(Context ctx) {
    ThemeId theme = new ThemeId(queryId(ctx, "theme"));
    int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(10);
    int min =
        ctx.queryParamAsClass("minWords", Integer.class).getOrDefault(QuoteCandidates.MIN_WORDS);
    int max =
        ctx.queryParamAsClass("maxWords", Integer.class).getOrDefault(QuoteCandidates.MAX_WORDS);
    if (limit < 1 || limit > 200 || min < 0 || max < min) {
      throw ApiException.badRequest("need 1 <= limit <= 200 and 0 <= minWords <= maxWords");
    }
    Optional<Layer> layer = Optional.ofNullable(ctx.queryParam("layer")).map(Layer::parse);
    LayerSnapshot s = evidence.snapshot(layer);
    if (s.tree().get(theme).isEmpty()) {
      throw new org.verbatim.core.model.NotFoundException("no theme with id " + theme);
    }
    Attribution attribution = quotes.attribution();
    ctx.json(
        QuoteCandidates.rank(s, theme, quotes.all(), min, max, limit).stream()
            .map(
                c ->
                    new CandidateView(
                        c.document().value(),
                        c.participant(),
                        s.document(c.document())
                            .map(d -> attribution.of(d.participant(), d.name()))
                            .orElse(c.participant()),
                        c.span().start(),
                        c.span().end(),
                        c.text(),
                        c.words(),
                        c.coders()))
            .toList());
  }

  void pin(Context ctx) {
    NewQuote body = Bodies.read(ctx, NewQuote.class);
    Quote q =
        quotes.pin(
            new ThemeId(Bodies.id(body.theme(), "theme")),
            new DocumentId(Bodies.id(body.document(), "document")),
            parts(body.parts()),
            AccessManager.principal(ctx).actor().name());
    ctx.status(201).json(view(q));
  }

  void trim(Context ctx) {
    Trim body = Bodies.read(ctx, Trim.class);
    Quote q =
        quotes.trim(
            new QuoteId(Bodies.pathId(ctx, "id")),
            Optional.ofNullable(body.version()),
            parts(body.parts()),
            AccessManager.principal(ctx).actor().name());
    ctx.json(view(q));
  }

  void order(Context ctx) {
    Order body = Bodies.read(ctx, Order.class);
    List<QuoteId> ids = new ArrayList<>();
    for (Long id : Bodies.required(body.quotes(), "quotes")) {
      ids.add(new QuoteId(Bodies.id(id, "quotes")));
    }
    ctx.json(
        quotes
            .reorder(
                new ThemeId(Bodies.id(body.theme(), "theme")),
                ids,
                AccessManager.principal(ctx).actor().name())
            .stream()
            .map(this::view)
            .toList());
  }

  void translate(Context ctx) {
    NewTranslation body = Bodies.read(ctx, NewTranslation.class);
    Quote q =
        quotes.translate(
            new QuoteId(Bodies.pathId(ctx, "id")),
            Bodies.required(body.text(), "text"),
            Optional.ofNullable(body.language()).orElse("en"),
            AccessManager.principal(ctx).actor().name());
    ctx.status(201).json(view(q));
  }

  void unpin(Context ctx) {
    quotes.unpin(
        new QuoteId(Bodies.pathId(ctx, "id")),
        Optional.empty(),
        AccessManager.principal(ctx).actor().name());
    ctx.status(204);
  }

  private QuoteView view(Quote q) {
    Document d = quotes.document(q.document());
    Attribution attribution = quotes.attribution();
    List<List<Integer>> parts = q.parts().stream().map(p -> List.of(p.start(), p.end())).toList();
    return new QuoteView(
        q.id().value(),
        q.theme().value(),
        q.document().value(),
        d.name(),
        parts,
        q.position(),
        q.text(d.text()),
        q.span().of(d.text()),
        attribution.of(d.summary().participant(), d.name()),
        q.translation()
            .map(
                t ->
                    Map.<String, Object>of(
                        "text",
                        t.text(),
                        "language",
                        t.language(),
                        "translator",
                        t.translator(),
                        "at",
                        t.at().toString()))
            .orElse(null),
        q.pinnedBy(),
        q.pinnedAt().toString(),
        q.version());
  }

  private static List<Span> parts(@Nullable List<List<Integer>> parts) {
    List<Span> out = new ArrayList<>();
    for (List<Integer> p : Bodies.required(parts, "parts")) {
      if (p == null
          || p.size() != 2
          || p.get(0) == null
          || p.get(1) == null
          || p.get(0) < 0
          || p.get(1) < p.get(0)) {
        throw ApiException.badRequest(
            "field 'parts' must list [start, end] pairs with 0 <= start <= end");
      }
      out.add(new Span(p.get(0), p.get(1)));
    }
    return out;
  }

  private static long queryId(Context ctx, String name) {
    return ctx.queryParamAsClass(name, Long.class).check(v -> v > 0, "must be a positive id").get();
  }
}
