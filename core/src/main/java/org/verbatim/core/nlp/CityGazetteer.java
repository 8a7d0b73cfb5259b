package org.verbatim.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The city names of CoreNLP's own KBP gazetteer, which retag a run of LOCATION tokens as CITY: what
 * the fine-grained NER stage did, at a fraction of its cost (it applies every one of the
 * gazetteer's half-million rules to every sentence).
 */
final class CityGazetteer {
  static final String RESOURCE =
      "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  /** Longest city name, in words, worth looking up. */
  private static final int MAX_WORDS = 6;

  private static volatile Set<String> cities;

  private CityGazetteer() {}

  /** {@code tokens} with every run of LOCATION tokens that names a city tagged CITY instead. */
  static List<Token> retag(List<Token> tokens, String text) {
    List<Token> out = new ArrayList<>(tokens);
    int i = 0;
    while (i < out.size()) {
      if (!out.get(i).ner().equals("LOCATION")) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < out.size()
          && out.get(last + 1).ner().equals("LOCATION")
          && blank(text, out.get(last).end(), out.get(last + 1).start())) {
        last++;
      }
      if (last - i < MAX_WORDS && names().contains(key(out.subList(i, last + 1)))) {
        for (int k = i; k <= last; k++) {
          Token t = out.get(k);
          out.set(k, new Token(t.start(), t.end(), t.word(), t.lemma(), t.pos(), "CITY"));
        }
      }
      i = last + 1;
    }
    return out;
  }

  private static String key(List<Token> run) {
    StringBuilder s = new StringBuilder();
    for (Token t : run) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(t.word().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

  private static boolean blank(String text, int from, int to) {
    return text.substring(from, to).isBlank();
  }

  private static Set<String> names() {
    Set<String> c = cities;
    if (c == null) {
      synchronized (CityGazetteer.class) {
        c = cities;
        if (c == null) {
          c = load();
          cities = c;
        }
      }
    }
    return c;
  }

  /**
   * Rows "phrase TAB type TAB overwritable tags TAB priority"; a phrase is a city when its winning
   * row (highest priority, the earlier on a tie, as CoreNLP's TokensRegexNERAnnotator keeps them)
   * says CITY and may replace LOCATION, so "California" and "New York", listed as states before the
   * cities of the same name, stay LOCATION.
   */
  private static Set<String> load() {
    InputStream in = CityGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return Set.of();
    }
    Map<String, String> winner = new HashMap<>();
    Map<String, Integer> priority = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] cols = line.split("\t", 4);
        if (cols.length < 3) {
          continue;
        }
        String name = String.join(" ", cols[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
        int p = cols.length == 4 ? priority(cols[3]) : 0;
        Integer best = priority.get(name);
        if (best == null || p > best) {
          priority.put(name, p);
          winner.put(name, cols[2].contains("LOCATION") ? cols[1] : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Set<String> out = new HashSet<>();
    winner.forEach(
        (name, type) -> {
          if (type.equals("CITY")) {
            out.add(name);
          }
        });
    return Set.copyOf(out);
  }

  private static int priority(String column) {
    try {
      return Integer.parseInt(column.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
