package org.verbatim.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.verbatim.core.export.ExportDocument;
import org.verbatim.core.export.ExportFormat;
import org.verbatim.core.words.WordService;
import org.verbatim.core.words.WordTable;

/**
 * A scope's word list or distinctive words as a file ({@link WordTable}, as {@code verbatim words
 * --out}), built in memory first so a failure is a JSON error, never half a file.
 */
final class WordExportController {
  private final WordService words;
  private final WordParams params;

  WordExportController(WordService words, WordParams params) {
    this.words = words;
    this.params = params;
  }

  void download(Context ctx) throws IOException {
    String name =
        EvidenceParams.text(ctx, "format")
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "query parameter 'format' is required (" + ExportFormat.names() + ")"));
    ExportFormat format =
        ExportFormat.byName(name)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "query parameter 'format' must be one of "
                            + ExportFormat.names()
                            + ", was '"
                            + name
                            + "'"));
    int limit =
        QueryParams.intOr(ctx, "limit", WordsController.DEFAULT_WORDS, 1, WordService.MAX_LIMIT);
    WordParams.Scoped s = params.read(ctx);
    boolean distinctive = WordParams.distinctive(ctx, s);
    List<String> facts = WordParams.facts(s);
    ExportDocument doc =
        distinctive
            ? WordTable.of(words.distinctive(s.scope(), limit), facts)
            : WordTable.of(words.frequencies(s.scope(), limit), facts);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    format.writer("true".equals(ctx.queryParam("bom"))).write(doc, bytes);
    String file = (distinctive ? "distinctive-words." : "words.") + format.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(format.contentType());
    ctx.result(bytes.toByteArray());
  }
}
