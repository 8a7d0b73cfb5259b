package org.verbatim.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.DemoProject;

/** The demo's stored themes are a draft a researcher can still work on, as the demo README says. */
class DemoThemesIT {
  @TempDir Path tmp;

  @Test
  void demoSubthemesAreSupportedByDifferentShareOfParticipantsAndUnthemedCodesAreProposed() {
    try (Project p = Project.open(DemoProject.load(tmp.resolve("demo")))) {
      LayerSnapshot s = new EvidenceService(p.store()).snapshot(Optional.empty());
      Map<ThemeId, Support> support = Prevalence.ofNodes(s);
      List<Theme> subthemes =
          p.store().themes().list().stream().filter(t -> t.parent().isPresent()).toList();
      assertThat(subthemes).hasSize(9);
      List<Integer> counts =
          subthemes.stream().map(t -> support.get(t.id()).participants().size()).toList();
      assertThat(counts).allSatisfy(n -> assertThat(n).isBetween(1, 12));
      // a draft, not a table in which every subtheme is "12 of 12"
      assertThat(counts).anySatisfy(n -> assertThat(n).isLessThan(12));
      assertThat(Set.copyOf(counts)).hasSizeGreaterThan(2);

      List<ThemeProposal> proposals = ThemeProposals.propose(s, Set.of());
      assertThat(proposals).isNotEmpty();
      assertThat(proposals.get(0).codes())
          .extracting(EvidenceMatrix.Row::name)
          .containsExactlyInAnyOrder("Attitude change through contact", "Stigma among staff");
      assertThat(proposals.get(0).sharedPassages()).isPositive();
    }
  }
}
