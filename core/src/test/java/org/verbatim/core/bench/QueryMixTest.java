package org.verbatim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.core.bench.QueryMix.BenchQuery;

class QueryMixTest {
  @Test
  void theSameSeedGivesTheSameTwoHundredQueriesOfEveryKind() {
    List<BenchQuery> mix = QueryMix.generate(1, QueryMix.DEFAULT_SIZE, List.of("P0001.txt"));
    assertThat(mix).hasSize(200).isEqualTo(QueryMix.generate(1, 200, List.of("P0001.txt")));
    assertThat(mix)
        .extracting(BenchQuery::kind)
        .containsOnly(
            "word", "stemmed", "phrase", "boolean", "wildcard", "proximity", "chinese", "filtered");
    assertThat(mix).isNotEqualTo(QueryMix.generate(2, 200, List.of("P0001.txt")));
  }

  @Test
  void filtersUseSpeakersAttributesAndTheGivenDocumentNames() {
    List<BenchQuery> filtered =
        QueryMix.generate(3, 200, List.of("P0001.txt")).stream()
            .filter(q -> q.kind().equals("filtered"))
            .toList();
    assertThat(filtered).anyMatch(q -> q.query().speaker().isPresent());
    assertThat(filtered).anyMatch(q -> q.query().where().containsKey("discipline"));
    assertThat(filtered)
        .anyMatch(q -> q.query().document().equals(java.util.Optional.of("P0001.txt")));
    assertThat(QueryMix.generate(3, 200, List.of()))
        .noneMatch(q -> q.query().document().isPresent());
  }
}
