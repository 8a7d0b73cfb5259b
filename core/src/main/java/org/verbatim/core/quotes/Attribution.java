package org.verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;

/**
 * How a quote is attributed: a per-project pattern of participant attributes in braces, for example
 * {@code {discipline} {label}} → "Nurse K". {@code {label}} is the participant's label. When any
 * attribute the pattern names is missing or blank, the attribution falls back to the label alone
 * (never "null" or a half-filled pattern); a document without a participant is attributed by its
 * name. Runs of whitespace collapse to one space.
 */
public final class Attribution {
  /** The project setting that holds the pattern. */
  public static final String SETTING = "attribution.pattern";

  public static final String DEFAULT_PATTERN = "{discipline} {label}";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_ .-]+)}");
  private static final int MAX_LENGTH = 200;

  private final String pattern;
  private final List<String> names;

  /**
   * @throws InvalidInputException if the pattern is blank, too long, names no attribute, or has an
   *     unmatched brace
   */
  public Attribution(String pattern) {
    if (pattern.isBlank()) {
      throw new InvalidInputException("an attribution pattern must not be blank");
    }
    if (pattern.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "an attribution pattern has at most " + MAX_LENGTH + " characters");
    }
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1).strip());
    }
    String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
    if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
      throw new InvalidInputException(
          "attribution pattern '" + pattern + "' has an unmatched brace; write {attribute}");
    }
    if (found.isEmpty()) {
      throw new InvalidInputException(
          "attribution pattern '"
              + pattern
              + "' names no attribute; use e.g. {discipline} {label}");
    }
    this.pattern = pattern;
    this.names = List.copyOf(found);
  }

  public static Attribution defaults() {
    return new Attribution(DEFAULT_PATTERN);
  }

  public String pattern() {
    return pattern;
  }

  /** The attribution of a passage of {@code documentName} by {@code participant}. */
  public String of(Optional<Participant> participant, String documentName) {
    if (participant.isEmpty()) {
      return documentName;
    }
    Participant p = participant.get();
    for (String name : names) {
      if (!name.equals("label") && p.attribute(name).map(String::isBlank).orElse(true)) {
        return p.label();
      }
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).strip();
      String value = name.equals("label") ? p.label() : p.attribute(name).orElseThrow().strip();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String text = out.toString().replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? p.label() : text;
  }
}
