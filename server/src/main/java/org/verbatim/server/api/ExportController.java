package org.verbatim.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.export.ExportOptions;
import org.verbatim.core.export.ExportRegistry;
import org.verbatim.core.export.Exporter;
import org.verbatim.core.export.ProjectExports;
import org.verbatim.core.model.InvalidInputException;

/**
 * Export downloads through the same {@link ExportRegistry} as {@code verbatim export}: the file is
 * built in memory first, so a failed export sends an error, never half a file.
 */
final class ExportController {
  private final ProjectExports exports;
  private final ExportRegistry registry;

  ExportController(ProjectExports exports) {
    this.exports = exports;
    this.registry = exports.registry();
  }

  /** What can be exported, each with its formats. */
  void list(Context ctx) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    registry.whats().forEach(w -> out.put(w, registry.formats(w)));
    ctx.json(out);
  }

  void download(Context ctx) throws IOException {
    String what = required(ctx, "what");
    String format = required(ctx, "format");
    Exporter exporter = registry.find(what, format);
    ExportOptions options =
        new ExportOptions(
            Optional.ofNullable(ctx.queryParam("layer")).filter(v -> !v.isBlank()),
            Optional.ofNullable(ctx.queryParam("by")).filter(v -> !v.isBlank()),
            "true".equals(ctx.queryParam("median")),
            "true".equals(ctx.queryParam("bom")),
            ctx.queryParam("quotes") == null
                ? ExportOptions.DEFAULT_QUOTES_PER_NODE
                : ctx.queryParamAsClass("quotes", Integer.class)
                    .check(v -> v >= 0 && v <= 100, "must be 0 to 100")
                    .get(),
            language(Optional.ofNullable(ctx.queryParam("quoteLanguage")).orElse("both")),
            Optional.ofNullable(ctx.queryParam("columns"))
                .filter(v -> !v.isBlank())
                .map(v -> Arrays.asList(v.split(",")))
                .orElse(List.of()),
            "true".equals(ctx.queryParam("wide")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // a de-identified download is checked before it is sent: a surviving form is a 409, no file
    exports.write(exporter, options, bytes, "true".equals(ctx.queryParam("deidentified")));
    String name =
        what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "." + exporter.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType(exporter.contentType());
    ctx.result(bytes.toByteArray());
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest("query parameter '" + name + "' is required");
    }
    return v;
  }

  private static ExportOptions.QuoteLanguage language(String text) {
    try {
      return ExportOptions.QuoteLanguage.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "quote language '" + text + "' is not one of original, translation, both");
    }
  }
}
