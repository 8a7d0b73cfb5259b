package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.project.Project;
import org.verbatim.core.search.SearchQuery;

/**
 * A real {@code verbatim import} in a child JVM, killed with SIGKILL after it has stored documents
 * but before it indexed them: the next open of the project makes every stored document searchable
 * by itself, and no source copy is left orphaned.
 */
class ImportCrashIT {
  static final int FILES = 40;
  static final int KILL_AFTER = 25;

  @TempDir Path tmp;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void anImportKilledAfterItsStoreCommitsLeavesEveryStoredDocumentSearchableAfterReopening()
      throws Exception {
    Path project = tmp.resolve("project");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(VerbatimCli.class.getName());
    command.add("import");
    command.add(project.toString());
    for (int i = 0; i < FILES; i++) {
      command.add(transcript(i).toString());
    }
    Process child =
        new ProcessBuilder(command).redirectError(tmp.resolve("child-stderr.txt").toFile()).start();
    int imported = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("imported ") && ++imported == KILL_AFTER) {
          // SIGKILL: no shutdown hook, no close, no index commit
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(imported)
        .as("the child printed %s", Files.readString(tmp.resolve("child-stderr.txt")))
        .isEqualTo(KILL_AFTER);

    // the first command after the crash repairs, and says so in one line
    CliRun search = CliRun.of("search", project.toString(), marker(0));
    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.err()).contains("missing from the search index").contains("indexed them now");
    assertThat(search.out()).doesNotContain("0 hits");

    try (Project p = Project.open(project);
        Stream<Path> sources = Files.list(p.sources())) {
      List<DocumentSummary> stored = p.store().documents().list();
      assertThat(stored.size()).isGreaterThanOrEqualTo(KILL_AFTER);
      assertThat(p.indexedOnOpen()).as("already repaired by the search above").isZero();
      for (DocumentSummary d : stored) {
        int i = Integer.parseInt(d.name().substring(1));
        assertThat(p.index().search(SearchQuery.of(marker(i))).totalHits())
            .as("document %s is searchable", d.name())
            .isPositive();
      }
      List<String> files = sources.map(f -> f.getFileName().toString()).toList();
      assertThat(files).noneMatch(f -> f.endsWith(".pending"));
      assertThat(files).hasSize(stored.size());
    }
  }

  /** A word no other transcript has, so a hit proves that this document is indexed. */
  static String marker(int i) {
    return "zq" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "x";
  }

  private Path transcript(int i) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int turn = 0; turn < 150; turn++) {
      text.append("Interviewer: How did the team support you in week ")
          .append(turn)
          .append("?\n")
          .append("Nurse K: Peer support kept me going, and ")
          .append(marker(i))
          .append(" was the word we used for it. My manager listened in the end.\n");
    }
    return Files.writeString(
        tmp.resolve(String.format("T%03d.txt", i)), text.toString(), StandardCharsets.UTF_8);
  }
}
