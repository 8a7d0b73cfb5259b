package org.verbatim.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.verbatim.core.model.Language;

/**
 * The stop words Verbatim ships for a language (English lemmas, Chinese segmented words, lower
 * case): the default of a project's editable list and the list of views that do not follow it.
 */
public final class ShippedStopWords {
  private ShippedStopWords() {}

  /** The shipped list of {@code language}. */
  public static Set<String> of(Language language) {
    String name = "stopwords-" + language.code() + ".txt";
    try (InputStream in = ShippedStopWords.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Set<String> out = new HashSet<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        r.lines()
            .map(w -> w.strip().toLowerCase(Locale.ROOT))
            .filter(w -> !w.isEmpty() && !w.startsWith("#"))
            .forEach(out::add);
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
