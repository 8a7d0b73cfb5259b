package org.verbatim.core.words;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.nlp.ShippedStopWords;
import org.verbatim.core.store.SettingStore;

/**
 * The project's stop words per language: a default list shipped with Verbatim until the project
 * edits it, then the project's own list, stored (one word a line) in the project setting {@code
 * stop_words.<language code>}, so edits are audited and travel with the project. Words are compared
 * lowercased ({@link Locale#ROOT}).
 */
public final class StopWords {
  private static final String PREFIX = "stop_words.";
  private static final int MAX_WORD = 100;

  private final SettingStore settings;
  private final Map<Language, Set<String>> defaults = new EnumMap<>(Language.class);

  public StopWords(SettingStore settings) {
    this.settings = settings;
    for (Language l : Language.values()) {
      defaults.put(l, sorted(ShippedStopWords.of(l)));
    }
  }

  /** The stop words in force for a language, sorted. */
  public Set<String> list(Language language) {
    return settings
        .get(PREFIX + language.code())
        .map(StopWords::parse)
        .orElse(defaults.get(language));
  }

  /** The shipped default list of a language, sorted. */
  public Set<String> defaults(Language language) {
    return defaults.get(language);
  }

  /** Whether the project has its own list for the language (rather than the default). */
  public boolean edited(Language language) {
    return settings.get(PREFIX + language.code()).isPresent();
  }

  /**
   * Adds words to the language's list; returns the list now in force.
   *
   * @throws InvalidInputException for an empty word, one with spaces or one over 100 characters
   */
  public Set<String> add(Language language, Collection<String> words, String actor) {
    Set<String> list = new TreeSet<>(list(language));
    for (String w : words) {
      list.add(checked(w));
    }
    return store(language, list, actor);
  }

  /**
   * Removes words from the language's list (words not on it are ignored); returns the list now in
   * force.
   *
   * @throws InvalidInputException for an empty word, one with spaces or one over 100 characters
   */
  public Set<String> remove(Language language, Collection<String> words, String actor) {
    Set<String> list = new TreeSet<>(list(language));
    for (String w : words) {
      list.remove(checked(w));
    }
    return store(language, list, actor);
  }

  /** Puts the default list back in force; returns it. */
  public Set<String> reset(Language language, String actor) {
    return store(language, defaults.get(language), actor);
  }

  private Set<String> store(Language language, Set<String> list, String actor) {
    settings.put(PREFIX + language.code(), String.join("\n", list), actor);
    return sorted(list);
  }

  static String normal(String word) {
    return word.strip().toLowerCase(Locale.ROOT);
  }

  private static String checked(String word) {
    String w = normal(word);
    if (w.isEmpty()) {
      throw new InvalidInputException("a stop word must not be empty");
    }
    if (w.codePoints().anyMatch(Character::isWhitespace)) {
      throw new InvalidInputException("a stop word is one word, without spaces: '" + word + "'");
    }
    if (w.length() > MAX_WORD) {
      throw new InvalidInputException("a stop word has at most " + MAX_WORD + " characters");
    }
    return w;
  }

  private static Set<String> parse(String stored) {
    Set<String> out = new TreeSet<>();
    for (String line : stored.split("\n")) {
      String w = normal(line);
      if (!w.isEmpty() && !w.startsWith("#")) {
        out.add(w);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static Set<String> sorted(Set<String> words) {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(words));
  }
}
