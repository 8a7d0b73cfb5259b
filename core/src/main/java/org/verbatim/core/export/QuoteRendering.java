package org.verbatim.core.export;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.Quote;
import org.verbatim.core.quotes.Attribution;
import org.verbatim.core.themes.LayerSnapshot;

/**
 * A pinned quote as tables print it: in curly quotes, trimmed parts joined by "…", followed by its
 * attribution in parentheses; with a translation, the original, the translation or both (the
 * translation on its own line, marked "Translation:").
 */
final class QuoteRendering {
  private QuoteRendering() {}

  /** The quote's lines (one, or two with original and translation). */
  static List<String> lines(
      Quote quote, LayerSnapshot s, Attribution attribution, ExportOptions.QuoteLanguage language) {
    String original = quote.text(s.text(quote.document()).text());
    String by =
        attribution.of(
            s.participant(quote.document()),
            s.document(quote.document()).map(d -> d.name()).orElse("document " + quote.document()));
    List<String> lines = new ArrayList<>();
    if (quote.translation().isEmpty() || language == ExportOptions.QuoteLanguage.ORIGINAL) {
      lines.add(quoted(original) + " (" + by + ")");
    } else if (language == ExportOptions.QuoteLanguage.TRANSLATION) {
      lines.add(quoted(quote.translation().get().text()) + " (" + by + ")");
    } else {
      lines.add(quoted(original) + " (" + by + ")");
      lines.add("Translation: " + quoted(quote.translation().get().text()));
    }
    return lines;
  }

  static String quoted(String text) {
    return "\u201C" + text.strip() + "\u201D";
  }

  /** The attribution alone. */
  static String attribution(Quote quote, LayerSnapshot s, Attribution attribution) {
    return attribution.of(
        s.participant(quote.document()),
        s.document(quote.document()).map(d -> d.name()).orElse("document " + quote.document()));
  }
}
