package org.verbatim.core.words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists as ordered maps for a JSON writer, one shape for the command line ({@code verbatim
 * words --json}) and the REST API: each word {@code word, count}, and for distinctive words also
 * {@code keyness} (G², rounded to 3 decimals) and {@code reference} (its count elsewhere).
 */
public final class WordJson {
  private WordJson() {}

  /** One map per word, most frequent first. */
  public static List<Map<String, Object>> rows(WordList list) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (WordCount w : list.words()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("word", w.word());
      row.put("count", w.count());
      rows.add(row);
    }
    return rows;
  }

  /** One map per distinctive word, highest keyness first. */
  public static List<Map<String, Object>> rows(DistinctiveWords words) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Keyness k : words.words()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("word", k.word());
      row.put("count", k.count());
      row.put("keyness", Math.round(k.keyness() * 1000) / 1000.0);
      row.put("reference", k.reference());
      rows.add(row);
    }
    return rows;
  }
}
