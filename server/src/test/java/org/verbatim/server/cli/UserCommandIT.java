package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;

/** {@code verbatim user …} through the real command line. */
class UserCommandIT {
  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void init() {
    project = tmp.resolve("p");
    assertThat(CliRun.of("init", project.toString()).exitCode()).isZero();
  }

  @Test
  void addingAUserWithoutAPasswordPrintsAGeneratedOneThatLogsIn() {
    CliRun run = CliRun.of("user", "add", project.toString(), "ann", "--role", "coder");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String password =
        run.out()
            .lines()
            .filter(l -> l.startsWith("password: "))
            .findFirst()
            .orElseThrow()
            .split(" ")[1];
    assertThat(password).hasSize(20);
    try (Project p = Project.open(project)) {
      assertThat(ServerLauncher.accounts(p).verify("ann", password))
          .map(a -> a.role())
          .contains(Role.CODER);
      assertThat(p.store().coders().byName("ann")).as("a coder gets a coding layer").isPresent();
    }
    CliRun list = CliRun.of("user", "list", project.toString());
    assertThat(list.out()).contains("ann").contains("coder");
  }

  @Test
  void aPasswordCanComeFromStandardInput() {
    InputStream before = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream("a-password-from-stdin\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run =
          CliRun.of(
              "user", "add", project.toString(), "vic", "--role", "viewer", "--password-stdin");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).doesNotContain("password:");
    } finally {
      System.setIn(before);
    }
    try (Project p = Project.open(project)) {
      assertThat(ServerLauncher.accounts(p).verify("vic", "a-password-from-stdin")).isPresent();
    }
  }

  @Test
  void badRolesAndDuplicateNamesAreUserErrors() {
    assertThat(CliRun.of("user", "add", project.toString(), "ann", "--role", "boss").err())
        .contains("unknown role 'boss'");
    assertThat(CliRun.of("user", "add", project.toString(), "ann", "--role", "coder").exitCode())
        .isZero();
    CliRun again = CliRun.of("user", "add", project.toString(), "ANN", "--role", "coder");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("exists already");
  }

  @Test
  void theFirstOwnerIsCreatedOnlyOnce() {
    try (Project p = Project.open(project)) {
      assertThat(ServerLauncher.createFirstOwner(p, "test")).isPresent();
      assertThat(ServerLauncher.createFirstOwner(p, "test")).isEmpty();
    }
    CliRun role = CliRun.of("user", "role", project.toString(), "owner", "coder");
    assertThat(role.exitCode()).isEqualTo(1);
    assertThat(role.err()).contains("last enabled owner");
  }
}
