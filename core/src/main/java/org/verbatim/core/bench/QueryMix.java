package org.verbatim.core.bench;

import static org.verbatim.core.bench.Zipf.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.verbatim.core.search.SearchQuery;

/**
 * A deterministic mix of the queries researchers type, drawn from the generator's vocabulary so
 * that most of them hit: words, inflected words, phrases, AND/OR/NOT, wildcards, proximity, Chinese
 * words in both scripts, and speaker/document/attribute filters.
 */
public final class QueryMix {
  /** The mix size the benchmark reports on. */
  public static final int DEFAULT_SIZE = 200;

  /** Result limit of every query (the hits a results page shows). */
  public static final int LIMIT = 100;

  /** A query with the kind it exercises ("word", "phrase", "wildcard", …). */
  public record BenchQuery(String kind, SearchQuery query) {}

  private static final List<String> KINDS =
      List.of(
          "word",
          "word",
          "word",
          "word",
          "stemmed",
          "stemmed",
          "phrase",
          "phrase",
          "phrase",
          "boolean",
          "boolean",
          "boolean",
          "wildcard",
          "wildcard",
          "proximity",
          "proximity",
          "chinese",
          "chinese",
          "chinese",
          "filtered",
          "filtered",
          "filtered");

  private static final List<String> WORDS =
      List.of(
          "recovery",
          "stigma",
          "medication",
          "trust",
          "burnout",
          "housing",
          "hope",
          "relapse",
          "discharge",
          "training",
          "supervision",
          "employment",
          "loneliness",
          "resilience",
          "advocacy",
          "compulsory",
          "carers",
          "funding",
          "pandemic",
          "colleagues");

  private static final List<String> STEMMED =
      List.of(
          "recovering",
          "supported",
          "worries",
          "trusting",
          "experiences",
          "stigmatising",
          "plan",
          "families",
          "nurse",
          "questioning");

  private static final List<String> PHRASES =
      List.of(
          "\"peer support\"",
          "\"mental health\"",
          "\"waiting list\"",
          "\"family support\"",
          "\"shared decision making\"",
          "\"lived experience\"",
          "\"crisis plans\"",
          "\"side effects\"",
          "\"recovery colleges\"",
          "\"social inclusion\"");

  private static final List<String> BOOLEANS =
      List.of(
          "%s AND %s",
          "%s OR %s",
          "%s NOT %s",
          "(%s OR %s) AND %s",
          "\"peer support\" AND %s",
          "%s AND NOT (%s OR %s)");

  private static final List<String> WILDCARDS =
      List.of(
          "recov*",
          "stig*",
          "supervis*",
          "medic?tion",
          "*ness",
          "fam*",
          "hous*",
          "train*",
          "em*ment",
          "burn*",
          "*support*",
          "co?leagues");

  private static final List<String> PROXIMITY =
      List.of(
          "\"peer support\"~3",
          "\"family hope\"~5",
          "\"nurses medication\"~4",
          "\"recovery hospital\"~6",
          "\"team training\"~3",
          "\"stigma community\"~8");

  private static final List<String> CHINESE =
      List.of(
          "同儕",
          "復元",
          "污名",
          "同侪",
          "复元",
          "同儕支持",
          "照顧 AND 壓力",
          "支持 OR 信任",
          "家庭支持",
          "\"心理健康\"",
          "督導",
          "社區資源",
          "自我污名",
          "个案管理",
          "同*",
          "\"護理師 藥物\"~4");

  private static final List<String> DISCIPLINES =
      List.of("Nurse", "Social Worker", "Psychologist", "Peer Support Worker");

  private QueryMix() {}

  /**
   * {@code count} queries, the same for the same seed and names.
   *
   * @param documentNames names the document filter may use; empty for no document filters
   */
  public static List<BenchQuery> generate(long seed, int count, List<String> documentNames) {
    Random random = new Random(seed);
    List<BenchQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String kind = KINDS.get(i % KINDS.size());
      queries.add(new BenchQuery(kind, query(kind, random, documentNames)));
    }
    return queries;
  }

  private static SearchQuery query(String kind, Random random, List<String> documentNames) {
    return switch (kind) {
      case "word" -> SearchQuery.of(uniform(random, WORDS));
      case "stemmed" -> SearchQuery.of(uniform(random, STEMMED));
      case "phrase" -> SearchQuery.of(uniform(random, PHRASES));
      case "boolean" ->
          SearchQuery.of(
              String.format(
                  uniform(random, BOOLEANS),
                  uniform(random, WORDS),
                  uniform(random, WORDS),
                  uniform(random, WORDS)));
      case "wildcard" -> SearchQuery.of(uniform(random, WILDCARDS));
      case "proximity" -> SearchQuery.of(uniform(random, PROXIMITY));
      case "chinese" -> SearchQuery.of(uniform(random, CHINESE));
      default -> filtered(random, documentNames);
    };
  }

  private static SearchQuery filtered(Random random, List<String> documentNames) {
    String text = random.nextBoolean() ? uniform(random, WORDS) : uniform(random, PHRASES);
    int filter = random.nextInt(documentNames.isEmpty() ? 3 : 4);
    return switch (filter) {
      case 0 ->
          new SearchQuery(text, Optional.of("Interviewer"), Optional.empty(), Map.of(), LIMIT);
      case 1 ->
          new SearchQuery(
              text,
              Optional.empty(),
              Optional.empty(),
              Map.of("discipline", uniform(random, DISCIPLINES)),
              LIMIT);
      case 2 ->
          new SearchQuery(
              text,
              Optional.empty(),
              Optional.empty(),
              Map.of("organisation_type", "Hospital", "discipline", uniform(random, DISCIPLINES)),
              LIMIT);
      default ->
          new SearchQuery(
              text, Optional.empty(), Optional.of(uniform(random, documentNames)), Map.of(), LIMIT);
    };
  }
}
