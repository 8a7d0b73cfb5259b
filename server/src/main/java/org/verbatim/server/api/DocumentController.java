package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.coding.CodingService;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.project.DocumentService;
import org.verbatim.server.api.Views.CoderView;
import org.verbatim.server.api.Views.CodingView;
import org.verbatim.server.api.Views.DocumentSummaryView;
import org.verbatim.server.api.Views.DocumentView;

/**
 * Documents (with participant attributes), one document's text and structure, its codings, and the
 * coders.
 */
final class DocumentController {
  private final DocumentService documents;
  private final CodingService codings;

  DocumentController(DocumentService documents, CodingService codings) {
    this.documents = documents;
    this.codings = codings;
  }

  void list(Context ctx) {
    ctx.json(documents.list().stream().map(DocumentSummaryView::of).toList());
  }

  void get(Context ctx) {
    DocumentId id = new DocumentId(Bodies.pathId(ctx, "id"));
    ctx.json(DocumentView.of(documents.get(id)));
  }

  void codings(Context ctx) {
    DocumentId id = new DocumentId(Bodies.pathId(ctx, "id"));
    ctx.json(
        codings.forDocument(AccessManager.principal(ctx).actor(), id, coderFilter(ctx)).stream()
            .map(CodingView::of)
            .toList());
  }

  void coders(Context ctx) {
    ctx.json(codings.coders().stream().map(CoderView::of).toList());
  }

  /**
   * {@code ?coders=1,2}: the layers to show (owners and viewers; coders under blind coding see
   * their own).
   */
  static Set<CoderId> coderFilter(Context ctx) {
    String raw = Optional.ofNullable(ctx.queryParam("coders")).orElse("").strip();
    if (raw.isEmpty()) {
      return Set.of();
    }
    try {
      return Arrays.stream(raw.split(","))
          .map(String::strip)
          .map(Long::parseLong)
          .map(CoderId::new)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "coders must be a comma-separated list of coder ids, was '" + raw + "'");
    }
  }
}
