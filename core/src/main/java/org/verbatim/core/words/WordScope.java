package org.verbatim.core.words;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.themes.Layer;

/**
 * Which words to count: every document, or one ({@code document}, by name); only documents whose
 * participant has every {@code where} attribute value; and, with a {@code code} (with its subcodes)
 * or a {@code theme} (every code supporting it), only the words inside their coded passages in
 * {@code layer} (default: consensus where it has codings, else all coders).
 */
public record WordScope(
    Optional<String> document,
    Optional<CodeId> code,
    Optional<ThemeId> theme,
    Map<String, String> where,
    Optional<Layer> layer) {

  /**
   * @throws InvalidInputException if both a code and a theme are given
   */
  public WordScope {
    if (code.isPresent() && theme.isPresent()) {
      throw new InvalidInputException("count the words of one code or one theme, not both");
    }
    where = java.util.Collections.unmodifiableMap(new TreeMap<>(where));
  }

  /** The whole project. */
  public static WordScope project() {
    return new WordScope(
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
  }

  public WordScope inDocument(String name) {
    return new WordScope(Optional.of(name), code, theme, where, layer);
  }

  public WordScope ofCode(CodeId c) {
    return new WordScope(document, Optional.of(c), Optional.empty(), where, layer);
  }

  public WordScope ofTheme(ThemeId t) {
    return new WordScope(document, Optional.empty(), Optional.of(t), where, layer);
  }

  public WordScope where(Map<String, String> attributes) {
    return new WordScope(document, code, theme, attributes, layer);
  }

  public WordScope in(Optional<Layer> l) {
    return new WordScope(document, code, theme, where, l);
  }

  /** Whether the scope is the passages of a code or theme. */
  public boolean passages() {
    return code.isPresent() || theme.isPresent();
  }

  /** The same documents without the code or theme: the corpus its passages are compared with. */
  WordScope documentsOnly() {
    return new WordScope(document, Optional.empty(), Optional.empty(), where, layer);
  }
}
