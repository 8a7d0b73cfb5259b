package org.verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Quote;
import org.verbatim.core.model.Theme;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.DemoProject;
import org.verbatim.core.themes.EvidenceService;
import org.verbatim.core.themes.LayerSnapshot;

class QuoteCandidatesIT {
  @TempDir Path tmp;

  @Test
  void words_count_latin_runs_and_half_a_word_per_han_character() {
    assertThat(QuoteCandidates.words("I don't know, it's 2 things")).isEqualTo(6);
    assertThat(QuoteCandidates.words("我們是在滅火")).isEqualTo(3);
  }

  @Test
  void candidates_are_readable_unpinned_and_spread_over_participants_first() {
    try (Project p = Project.open(DemoProject.load(tmp.resolve("demo")))) {
      LayerSnapshot s = new EvidenceService(p.store()).snapshot(Optional.empty());
      Theme node =
          p.store().themes().list().stream()
              .filter(t -> t.name().equals("Running on short money"))
              .findFirst()
              .orElseThrow();
      List<Quote> pinned = p.store().quotes().list();
      List<QuoteCandidates.Candidate> ranked =
          QuoteCandidates.rank(s, node.id(), pinned, 15, 80, 30);
      assertThat(ranked).isNotEmpty();
      for (QuoteCandidates.Candidate c : ranked) {
        assertThat(c.words()).isBetween(15.0, 80.0);
        assertThat(pinned)
            .noneMatch(q -> q.document().equals(c.document()) && q.span().overlaps(c.span()));
      }
      long distinct =
          ranked.stream().map(QuoteCandidates.Candidate::participant).distinct().count();
      // the first round gives each participant with a candidate one place before anyone gets two
      assertThat(
              ranked.subList(0, (int) distinct).stream()
                  .map(QuoteCandidates.Candidate::participant)
                  .distinct())
          .hasSize((int) distinct);
    }
  }
}
