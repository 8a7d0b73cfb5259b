package org.verbatim.core.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** REFI-QDA GUIDs: 8-4-4-4-12 hex digits in either case, optionally in braces. */
final class RefiGuid {
  private static final Pattern GUID =
      Pattern.compile(
          "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?");

  private RefiGuid() {}

  /** The GUID in lower case without braces, or empty when {@code text} is not a GUID. */
  static Optional<String> normalise(String text) {
    String t = text.strip();
    if (!GUID.matcher(t).matches() || (t.startsWith("{") != t.endsWith("}"))) {
      return Optional.empty();
    }
    if (t.startsWith("{")) {
      t = t.substring(1, t.length() - 1);
    }
    return Optional.of(t.toLowerCase(Locale.ROOT));
  }

  /** A GUID derived from {@code seed}: the same seed always gives the same GUID. */
  static String derived(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
