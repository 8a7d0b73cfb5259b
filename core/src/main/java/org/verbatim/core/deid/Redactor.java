package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.verbatim.core.export.Redacted;
import org.verbatim.core.export.TextFilter;

/**
 * The accepted forms of a {@link DeidMap} as a {@link TextFilter}: each form and its variants
 * (linked forms, possessives, "Dr Lin" for "Dr. Lin", the other Chinese script) is replaced by its
 * entry's pseudonym, so the same person gets the same pseudonym in every export. Matching is
 * case-sensitive (a name "May" is not the verb "may") and prefers the longest form.
 */
public final class Redactor implements TextFilter {
  private final Pattern pattern;
  private final Map<String, MapEntry> byKey = new HashMap<>();
  private final boolean empty;

  public Redactor(DeidMap map) {
    for (MapEntry e : map.entries()) {
      if (e.accepted()) {
        e.forms().forEach(f -> byKey.putIfAbsent(FormKey.of(f), e));
      }
    }
    empty = byKey.isEmpty();
    pattern =
        Pattern.compile(
            byKey.keySet().stream()
                .filter(k -> !k.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> "(?:" + FormKey.pattern(k) + ")")
                .collect(Collectors.joining("|")));
  }

  @Override
  public boolean active() {
    return !empty;
  }

  @Override
  public Redacted redact(String text) {
    if (empty || text.isEmpty()) {
      return Redacted.unchanged(text);
    }
    Matcher m = pattern.matcher(HanScript.fold(text));
    StringBuilder out = null;
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      MapEntry e = byKey.get(FormKey.of(m.group()));
      if (e == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 64);
      }
      out.append(text, last, m.start());
      from.add(m.start());
      from.add(m.end());
      to.add(out.length());
      out.append(e.replacement());
      to.add(out.length());
      last = m.end();
    }
    if (out == null) {
      return Redacted.unchanged(text);
    }
    out.append(text, last, text.length());
    return new Redacted(out.toString(), ints(from), ints(to));
  }

  @Override
  public Map<String, Integer> survivors(String text) {
    Map<String, Integer> found = new LinkedHashMap<>();
    if (empty) {
      return found;
    }
    Matcher m = pattern.matcher(HanScript.fold(text));
    while (m.find()) {
      MapEntry e = byKey.get(FormKey.of(m.group()));
      if (e != null) {
        found.merge(e.form(), 1, Integer::sum);
      }
    }
    return found;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
