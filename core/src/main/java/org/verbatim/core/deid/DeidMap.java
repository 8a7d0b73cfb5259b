package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's de-identification key: the decision on each form and the researcher's list of names
 * to look for. Values only; {@link DeidMapFile} keeps it, {@link Redactor} applies it.
 */
public record DeidMap(List<MapEntry> entries, List<ListedName> names) {
  private static final Pattern NUMBERED = Pattern.compile("\\[(.+) (\\d+)]");

  public DeidMap {
    entries = List.copyOf(entries);
    names = List.copyOf(names);
  }

  public static DeidMap empty() {
    return new DeidMap(List.of(), List.of());
  }

  /** The entry holding {@code form} as its form or a variant (matched by key). */
  public Optional<MapEntry> entryOf(String form) {
    String key = FormKey.of(form);
    return entries.stream()
        .filter(e -> e.forms().stream().anyMatch(f -> FormKey.of(f).equals(key)))
        .findFirst();
  }

  /** This map with {@code entry} in place of any entry sharing one of its forms. */
  DeidMap with(MapEntry entry) {
    List<MapEntry> out = new ArrayList<>();
    List<String> keys = entry.forms().stream().map(FormKey::of).toList();
    boolean placed = false;
    for (MapEntry e : entries) {
      if (e.forms().stream().map(FormKey::of).anyMatch(keys::contains)) {
        if (!placed) {
          out.add(entry);
          placed = true;
        }
      } else {
        out.add(e);
      }
    }
    if (!placed) {
      out.add(entry);
    }
    return new DeidMap(out, names);
  }

  DeidMap withNames(List<ListedName> added) {
    List<ListedName> out = new ArrayList<>(names);
    for (ListedName n : added) {
      if (out.stream().noneMatch(o -> FormKey.of(o.form()).equals(FormKey.of(n.form())))) {
        out.add(n);
      }
    }
    return new DeidMap(entries, out);
  }

  /**
   * The next numbered pseudonym for {@code label}: "[psychiatrist 1]", then "[psychiatrist 2]" for
   * a different person, so distinct forms never share a number.
   */
  String nextReplacement(String label) {
    int highest = 0;
    for (MapEntry e : entries) {
      Matcher m = NUMBERED.matcher(e.replacement());
      if (m.matches() && m.group(1).equals(label)) {
        highest = Math.max(highest, Integer.parseInt(m.group(2)));
      }
    }
    return "[" + label + " " + (highest + 1) + "]";
  }
}
