package org.verbatim.core.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;

/**
 * Finds the possibly identifying forms of a set of documents: named entities from the tagger, the
 * researcher's listed names, and Chinese names by pattern; overlapping mentions keep the longest (a
 * listed name before an entity before a pattern on equal length), then mentions are grouped by
 * {@link FormKey}.
 */
final class Scanner {
  /** Characters of context either side of a mention. */
  static final int CONTEXT = 40;

  /** Contexts kept per form. */
  static final int CONTEXTS = 20;

  private static final List<String> PRIORITY = List.of("list", "ner", "pattern");

  private final EntityTagger tagger;
  private final List<ListedName> names;
  private final Pattern listed;
  private final Map<String, DeidTag> listedTag = new HashMap<>();

  Scanner(EntityTagger tagger, List<ListedName> names) {
    this.tagger = tagger;
    this.names = List.copyOf(names);
    names.forEach(n -> listedTag.putIfAbsent(FormKey.of(n.form()), n.tag()));
    this.listed =
        names.isEmpty()
            ? null
            : Pattern.compile(
                listedTag.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(k -> "(?:" + FormKey.pattern(k) + ")")
                    .collect(Collectors.joining("|")));
  }

  /** The mentions in one document, in order, none overlapping another. */
  List<Mention> mentions(Document d) {
    List<Mention> all = new ArrayList<>(tagger.mentions(d));
    String folded = HanScript.fold(d.text());
    if (listed != null) {
      Matcher m = listed.matcher(folded);
      while (m.find()) {
        DeidTag tag = listedTag.getOrDefault(FormKey.of(m.group()), DeidTag.PERSON);
        all.add(new Mention(d.summary().id(), m.start(), m.end(), tag, "list"));
      }
    }
    if (HanScript.hasHan(folded)) {
      for (int[] r : ChineseNames.find(folded)) {
        all.add(new Mention(d.summary().id(), r[0], r[1], DeidTag.PERSON, "pattern"));
      }
    }
    all.sort(
        Comparator.comparingInt(Mention::start)
            .thenComparingInt(m -> -(m.end() - m.start()))
            .thenComparingInt(m -> PRIORITY.indexOf(m.source())));
    List<Mention> kept = new ArrayList<>();
    int reached = 0;
    for (Mention m : all) {
      if (m.start() >= reached) {
        kept.add(m);
        reached = m.end();
      }
    }
    return kept;
  }

  /** The forms of {@code documents} grouped by key, most frequent first; status left "found". */
  List<Group> group(List<Document> documents, Function<Document, List<Mention>> mentions) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Document d : documents) {
      for (Mention m : mentions.apply(d)) {
        String surface = d.text().substring(m.start(), m.end());
        String key = FormKey.of(surface);
        if (key.isEmpty()) {
          continue;
        }
        groups.computeIfAbsent(key, Group::new).add(d, m, surface);
      }
    }
    List<Group> out = new ArrayList<>(groups.values());
    out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::form));
    return out;
  }

  List<ListedName> names() {
    return names;
  }

  /** The mentions of one key while a scan collects them. */
  static final class Group {
    final String key;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Map<DeidTag, Integer> tags = new HashMap<>();
    final Set<String> sources = new TreeSet<>();
    final Set<DocumentId> documents = new HashSet<>();
    final List<MentionContext> contexts = new ArrayList<>();
    int count;

    Group(String key) {
      this.key = key;
    }

    void add(Document d, Mention m, String surface) {
      count++;
      surfaces.merge(surface, 1, Integer::sum);
      tags.merge(m.tag(), 1, Integer::sum);
      sources.add(m.source());
      documents.add(d.summary().id());
      if (contexts.size() < CONTEXTS) {
        String t = d.text();
        int from = Math.max(0, m.start() - CONTEXT);
        int to = Math.min(t.length(), m.end() + CONTEXT);
        contexts.add(
            new MentionContext(
                d.summary().id().value(),
                d.name(),
                m.start(),
                m.end(),
                oneLine(t.substring(from, m.start())),
                surface,
                oneLine(t.substring(m.end(), to))));
      }
    }

    int count() {
      return count;
    }

    String form() {
      return surfaces.entrySet().stream()
          // "Lin" names the group better than "Lin's", however often the possessive occurs
          .max(
              Comparator.<Map.Entry<String, Integer>, Boolean>comparing(
                      e -> !e.getKey().matches(".*['\u2019]s?"))
                  .thenComparing(Map.Entry::getValue))
          .orElseThrow()
          .getKey();
    }

    DeidTag tag() {
      return tags.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String oneLine(String s) {
      return s.replaceAll("\\s+", " ");
    }
  }
}
