package org.verbatim.core.deid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What kind of identifying form a mention is, with the label its pseudonym gets ("[person 1]"). */
public enum DeidTag {
  PERSON("person"),
  ORGANIZATION("organisation"),
  LOCATION("place"),
  CITY("city"),
  DATE("date");

  private final String label;

  DeidTag(String label) {
    this.label = label;
  }

  /** The pseudonym label of an accepted form with no replacement of its own. */
  public String label() {
    return label;
  }

  /** The tag named {@code name} (a CoreNLP tag, case-insensitive), if it is one of ours. */
  public static Optional<DeidTag> of(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.name().equals(wanted)).findFirst();
  }

  /** "PERSON, ORGANIZATION, …", for messages. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
