package org.verbatim.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.quotes.QuoteService;

/**
 * Pins a study's {@code quotes.json}: an optional {@code attribution} pattern, then {@code quotes},
 * each with {@code theme} (a theme name), {@code document}, {@code quote} (exact text, found like a
 * coding's), optional {@code occurrence}, {@code omit} (exact pieces of the quote to trim, in
 * order) and {@code translation} ({@code text}, {@code language}, {@code by}).
 */
final class StudyQuotes {
  private final Project project;
  private final Path file;
  private final JsonNode root;
  private final Map<String, ThemeId> themes;

  StudyQuotes(Project project, Path file, JsonNode root, Map<String, ThemeId> themes) {
    this.project = project;
    this.file = file;
    this.root = root;
    this.themes = themes;
  }

  /** Pins every quote; returns how many. */
  int load(String actor) {
    QuoteService service = new QuoteService(project.store());
    if (root.hasNonNull("attribution")) {
      service.setAttribution(root.get("attribution").asText(), actor);
    }
    int index = 0;
    for (JsonNode q : root.path("quotes")) {
      index++;
      String where = file + " quote " + index;
      String themeName = StudyLoader.required(file, q, "theme");
      ThemeId theme = themes.get(themeName);
      if (theme == null) {
        throw new InvalidInputException(where + ": no theme named '" + themeName + "'");
      }
      String documentName = StudyLoader.required(file, q, "document");
      Document doc =
          project
              .store()
              .documents()
              .byName(documentName)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          where + ": no document named '" + documentName + "'"));
      Span whole =
          QuoteAnchor.locate(
              doc.text(),
              StudyLoader.required(file, q, "quote"),
              q.path("occurrence").asInt(1),
              where);
      List<Span> parts = parts(doc.text(), whole, q.path("omit"), where);
      Quote pinned = service.pin(theme, doc.id(), parts, q.path("by").asText(actor));
      JsonNode t = q.path("translation");
      if (!t.isMissingNode()) {
        service.translate(
            pinned.id(),
            StudyLoader.required(file, t, "text"),
            t.path("language").asText("en"),
            t.path("by").asText(actor));
      }
    }
    return index;
  }

  /** The quote's kept parts once each omitted piece (searched in order) is cut out. */
  private static List<Span> parts(String text, Span whole, JsonNode omit, String where) {
    List<Span> parts = new ArrayList<>();
    int from = whole.start();
    for (JsonNode piece : omit) {
      String cut = piece.asText();
      int at = cut.isEmpty() ? -1 : text.indexOf(cut, from);
      if (at < 0 || at + cut.length() > whole.end()) {
        throw new InvalidInputException(
            where + ": omitted text not found in the quote: \"" + cut + "\"");
      }
      if (at > from) {
        parts.add(new Span(from, at));
      }
      from = at + cut.length();
    }
    if (from < whole.end()) {
      parts.add(new Span(from, whole.end()));
    }
    return parts;
  }
}
