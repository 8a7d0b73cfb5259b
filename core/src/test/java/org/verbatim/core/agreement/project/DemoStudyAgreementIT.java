package org.verbatim.core.agreement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.agreement.report.AgreementLayout;
import org.verbatim.core.agreement.report.AgreementTextView;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;

/** The demo study (mei vs james, 12 interviews) gives per-code agreement, fast. */
class DemoStudyAgreementIT {
  @TempDir static Path tmp;
  static Path project;

  @BeforeAll
  static void loadDemo() {
    Path study = Path.of(System.getProperty("user.dir")).getParent().resolve("corpora/demo");
    assumeThat(Files.isDirectory(study)).as("demo study at " + study).isTrue();
    project = tmp.resolve("demo");
    try (Project p = Project.create(project)) {
      new StudyLoader(p, new DocumentImporter(p, TranscriptImport.withStandardSplitter()))
          .load(study, "test", s -> {});
    }
  }

  @Test
  void sentenceAgreementOfMeiAndJamesIsDefinedForMostCodesInUnderASecond() {
    try (Project p = Project.open(project)) {
      ProjectAgreement.compute(p.store(), request(AgreementUnit.SENTENCE)); // warm up
      long start = System.nanoTime();
      UnitAgreementReport r =
          (UnitAgreementReport)
              ProjectAgreement.compute(p.store(), request(AgreementUnit.SENTENCE));
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(seconds).as("seconds, store read included").isLessThan(1.0);
      assertThat(r.scope().documents()).isEqualTo(12);
      assertThat(r.scope().skipped()).isEmpty();
      assertThat(r.codes()).hasSizeGreaterThanOrEqualTo(25);
      long defined =
          r.codes().stream().filter(c -> c.agreement().krippendorffAlpha().isDefined()).count();
      assertThat(defined).isGreaterThan(r.codes().size() * 2L / 3);
      assertThat(r.codes())
          .allSatisfy(
              c ->
                  assertThat(
                          c.agreement().krippendorffAlpha().isDefined()
                              || c.agreement().krippendorffAlpha().reason().isPresent())
                      .isTrue());
      // Coders agree far beyond chance but not perfectly, as the README describes.
      double pooled = r.pooled().krippendorffAlpha().value().getAsDouble();
      assertThat(pooled).isBetween(0.3, 0.99);
      assertThat(r.documents()).hasSize(12);
    }
  }

  @Test
  void withOneCodeSelectedThePooledFiguresEqualThatCodesRow() {
    // The code's row comes from its UnitStudy and the package's measures; the pooled figures from
    // counts of coder patterns. With a single code both describe the same items.
    try (Project p = Project.open(project)) {
      UnitAgreementReport r =
          (UnitAgreementReport)
              ProjectAgreement.compute(
                  p.store(),
                  new AgreementRequest(
                      List.of("mei", "james"), AgreementUnit.TURN, List.of("Hope"), 0));
      assertThat(r.codes()).hasSize(1);
      BinaryAgreement row = r.codes().get(0).agreement();
      assertThat(r.pooled().krippendorffAlpha().value().getAsDouble())
          .isCloseTo(row.krippendorffAlpha().value().getAsDouble(), within(1e-12));
      assertThat(r.pooled().cohenKappa().value().getAsDouble())
          .isCloseTo(row.cohenKappa().value().getAsDouble(), within(1e-12));
      assertThat(r.pooled().percentAgreement().value().getAsDouble())
          .isCloseTo(row.percentAgreement().value().getAsDouble(), within(1e-12));
    }
  }

  @Test
  void characterAgreementGivesPerCodeFiguresAndExplainsUndefinedDomains() {
    try (Project p = Project.open(project)) {
      long start = System.nanoTime();
      ContinuumAgreementReport r =
          (ContinuumAgreementReport)
              ProjectAgreement.compute(p.store(), request(AgreementUnit.CHARACTER));
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(seconds).isLessThan(2.0);
      long defined = r.codes().stream().filter(c -> c.binaryUAlpha().isDefined()).count();
      assertThat(defined).isGreaterThan(r.codes().size() * 2L / 3);
      assertThat(r.codes())
          .allSatisfy(
              c ->
                  assertThat(
                          c.character().kappa().isDefined()
                              || c.character().kappa().reason().isPresent())
                      .isTrue());
      assertThat(r.domains()).hasSize(7);
      assertThat(r.pooledBinaryUAlpha().isDefined()).isTrue();
      // Both coders sometimes code two subcodes of one domain on overlapping text, so the domain
      // coefficients are undefined and say where.
      assertThat(r.domains())
          .allSatisfy(
              d ->
                  assertThat(d.cuAlpha().isDefined() || d.cuAlpha().reason().isPresent()).isTrue());
      String text = AgreementTextView.of(AgreementLayout.of(r, "demo"));
      assertThat(text).contains("|u-alpha").doesNotContain("α");
    }
  }

  private static AgreementRequest request(AgreementUnit unit) {
    return AgreementRequest.of(List.of("mei", "james"), unit);
  }
}
