package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.project.Project;

/** {@code verbatim import} prints the speakers it found; {@code --dry-run} only that. */
class ImportSpeakersIT {
  @TempDir Path tmp;

  private static final String TRANSCRIPT =
      "1\n     Interview\n"
          + "2    Dan: So do you use the plots?\n\n"
          + "3    Participant: Yes, daily.\n\n"
          + "4    Dan: Why?\n\n"
          + "5    Participant: They help.\n\n"
          + "6    Dan: Thanks.\n";

  @Test
  void printsTheSpeakersFoundWithTheirTurnCountsAfterImport() throws IOException {
    Path project = tmp.resolve("proj");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path file = Files.writeString(tmp.resolve("P9.txt"), TRANSCRIPT, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("import", project.toString(), file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("  speakers: Dan 3, Participant 2, no speaker 1");
  }

  @Test
  void aDryRunShowsTheSpeakersAndWritesNothing() throws IOException {
    Path project = tmp.resolve("proj");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    Path file = Files.writeString(tmp.resolve("P9.txt"), TRANSCRIPT, StandardCharsets.UTF_8);
    Path bad = Files.writeString(tmp.resolve("bad.rtf"), "not rtf", StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("import", project.toString(), "--dry-run", file.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("would import " + file + " as 'P9' (en, txt, 6 turns)")
        .contains("  speakers: Dan 3, Participant 2, no speaker 1")
        .contains("dry run: nothing was imported");
    assertThat(run.err().strip())
        .isEqualTo("verbatim: bad.rtf: is not an RTF document (no {\\rtf header)");
    try (Project p = Project.open(project);
        Stream<Path> sources = Files.list(p.sources())) {
      assertThat(p.store().documents().list()).isEmpty();
      assertThat(sources.filter(s -> !s.getFileName().toString().startsWith("."))).isEmpty();
    }
  }
}
