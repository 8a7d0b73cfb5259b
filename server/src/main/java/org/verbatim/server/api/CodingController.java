package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.coding.Autocoder;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.coding.CodingSource;
import org.verbatim.core.coding.DocumentSpan;
import org.verbatim.core.coding.Expansion;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingEdit;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Span;
import org.verbatim.core.search.SearchQuery;
import org.verbatim.server.api.Views.BatchView;
import org.verbatim.server.api.Views.CodingView;

/** Codings: list, create, change range/code/memo, delete, and "code all results" as one batch. */
final class CodingController {
  private final CodingService codings;
  private final Broadcaster broadcast;

  CodingController(CodingService codings, Broadcaster broadcast) {
    this.codings = codings;
    this.broadcast = broadcast;
  }

  void list(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Optional<CodeId> code = QueryParams.optionalId(ctx, "code").map(CodeId::new);
    ctx.json(
        codings.all(actor, DocumentController.coderFilter(ctx), code).stream()
            .map(CodingView::of)
            .toList());
  }

  void get(Context ctx) {
    ctx.json(
        CodingView.of(
            codings.get(
                AccessManager.principal(ctx).actor(), new CodingId(Bodies.pathId(ctx, "id")))));
  }

  void create(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Requests.NewCoding body = Bodies.read(ctx, Requests.NewCoding.class);
    Coding coding =
        codings.create(
            actor,
            new DocumentId(Bodies.id(body.document(), "document")),
            new CodeId(Bodies.id(body.code(), "code")),
            span(body.start(), body.end(), "start", "end"),
            Optional.ofNullable(body.memo()).orElse(""));
    broadcast.codingChanged("coding.created", coding, actor.name());
    ctx.status(201).json(CodingView.of(coding));
  }

  void update(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    CodingId id = new CodingId(Bodies.pathId(ctx, "id"));
    Requests.CodingUpdate body = Bodies.read(ctx, Requests.CodingUpdate.class);
    if ((body.start() == null) != (body.end() == null)) {
      throw ApiException.badRequest("give both 'start' and 'end' to change the range");
    }
    Optional<Span> span =
        body.start() == null
            ? Optional.empty()
            : Optional.of(span(body.start(), body.end(), "start", "end"));
    CodingEdit edit =
        new CodingEdit(
            span,
            Bodies.optionalId(body.code(), "code").map(CodeId::new),
            Optional.ofNullable(body.memo()));
    Coding coding = codings.edit(actor, id, Bodies.required(body.version(), "version"), edit);
    broadcast.codingChanged("coding.updated", coding, actor.name());
    ctx.json(CodingView.of(coding));
  }

  void delete(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Coding deleted =
        codings.delete(actor, new CodingId(Bodies.pathId(ctx, "id")), Bodies.versionParam(ctx));
    broadcast.codingDeleted(deleted, actor.name());
    ctx.status(204);
  }

  /**
   * Either explicit {@code spans}, or a search {@code query} whose hits are widened per {@code
   * expand}; the coding service codes either as one action.
   */
  void batch(Context ctx) {
    Actor actor = AccessManager.principal(ctx).actor();
    Requests.Batch body = Bodies.read(ctx, Requests.Batch.class);
    CodeId code = new CodeId(Bodies.id(body.code(), "code"));
    if ((body.spans() == null) == (body.query() == null)) {
      throw ApiException.badRequest("give either 'spans' or 'query', not both or neither");
    }
    CodingSource source;
    if (body.spans() != null) {
      if (body.expand() != null) {
        throw ApiException.badRequest("'expand' applies only to a 'query'");
      }
      List<DocumentSpan> spans = new ArrayList<>();
      for (int i = 0; i < body.spans().size(); i++) {
        Requests.SpanRef s = Bodies.required(body.spans().get(i), "spans[" + i + "]");
        spans.add(
            new DocumentSpan(
                new DocumentId(Bodies.id(s.document(), "spans[" + i + "].document")),
                span(s.start(), s.end(), "spans[" + i + "].start", "spans[" + i + "].end")));
      }
      source = new CodingSource.Spans(spans);
    } else {
      Requests.Query q = body.query();
      source =
          new CodingSource.SearchResults(
              new SearchQuery(
                  Bodies.required(q.text(), "query.text"),
                  Optional.ofNullable(q.speaker()),
                  Optional.ofNullable(q.document()),
                  Optional.ofNullable(q.where()).orElse(Map.of()),
                  Autocoder.MAX_HITS),
              Expansion.parse(Optional.ofNullable(body.expand()).orElse("match")));
    }
    List<Coding> created =
        codings.codeAll(actor, code, source, Optional.ofNullable(body.memo()).orElse(""));
    broadcast.codingsCreated(created, actor.name());
    ctx.status(201)
        .json(new BatchView(created.size(), created.stream().map(CodingView::of).toList()));
  }

  /**
   * A range from request fields; the coding service checks it (and, when coding, that it fits the
   * document), and this names the fields it came from.
   */
  private static Span span(
      @Nullable Integer start, @Nullable Integer end, String startField, String endField) {
    int s = Bodies.required(start, startField);
    int e = Bodies.required(end, endField);
    try {
      return CodingService.range(s, e);
    } catch (InvalidInputException x) {
      throw ApiException.badRequest(startField + ", " + endField + ": " + x.getMessage());
    }
  }
}
