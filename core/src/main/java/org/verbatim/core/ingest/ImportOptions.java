package org.verbatim.core.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;

/**
 * How to import one transcript.
 *
 * @param name the document name; by default the file name without its extension
 * @param language the language; by default detected from the script (see {@link
 *     org.verbatim.core.nlp.LanguageDetector})
 * @param speakerPattern finds speaker labels: applied with {@link
 *     java.util.regex.Matcher#lookingAt()} at the start of each line, it must have a named group
 *     {@code speaker}; see {@link SpeakerLabels#DEFAULT_PATTERN}
 */
public record ImportOptions(
    Optional<String> name, Optional<Language> language, Pattern speakerPattern) {
  public ImportOptions {
    if (!speakerPattern.pattern().contains("(?<speaker>")) {
      throw new InvalidInputException(
          "speaker pattern '" + speakerPattern.pattern() + "' needs a named group (?<speaker>...)");
    }
    if (name.isPresent() && name.get().isBlank()) {
      throw new InvalidInputException("document name must not be blank");
    }
  }

  /** Name from the file, detected language, {@link SpeakerLabels#DEFAULT_PATTERN}. */
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), Optional.empty(), SpeakerLabels.DEFAULT_PATTERN);
  }

  public ImportOptions withName(String newName) {
    return new ImportOptions(Optional.of(newName), language, speakerPattern);
  }

  public ImportOptions withLanguage(Language newLanguage) {
    return new ImportOptions(name, Optional.of(newLanguage), speakerPattern);
  }

  /**
   * Uses {@code regex} to find speaker labels.
   *
   * @throws InvalidInputException if it does not compile or lacks the {@code speaker} group
   */
  public ImportOptions withSpeakerPattern(String regex) {
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new InvalidInputException(
          "speaker pattern does not compile: " + e.getDescription() + " at index " + e.getIndex(),
          e);
    }
    return new ImportOptions(name, language, compiled);
  }
}
