package org.verbatim.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.core.accounts.Accounts;
import org.verbatim.core.model.Account;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Role;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim user add|list|password|role|disable|enable DIR …}: accounts of a project. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage the accounts that may log in to the server.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Password.class,
      UserCommand.SetRole.class,
      UserCommand.Disable.class,
      UserCommand.Enable.class
    })
final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand (see 'verbatim user --help')");
  }

  /**
   * Reads one line from standard input as a password (for scripts: {@code echo pw | verbatim user
   * add …}).
   */
  static String passwordFromStdin() throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw new InvalidInputException("--password-stdin: standard input held no password line");
    }
    return line;
  }

  static Account find(Accounts accounts, String name) {
    return accounts.byName(name);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add an account; prints a generated password once unless --password-stdin.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Parameters(
        index = "1",
        paramLabel = "NAME",
        description = "Username (letters, digits, '.', '_', '-').")
    String name;

    @Option(names = "--role", required = true, description = "owner, coder or viewer.")
    String role;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean stdin;

    @Override
    public Integer call() throws IOException {
      Role r = Role.parse(role);
      Optional<String> password = stdin ? Optional.of(passwordFromStdin()) : Optional.empty();
      try (Project p = project.openSharing()) {
        Accounts.Created created =
            ServerLauncher.accounts(p).create(name, r, password, ProjectArg.actor());
        var out = spec.commandLine().getOut();
        out.printf("added %s (%s)%n", created.account().username(), r.code());
        created
            .generatedPassword()
            .ifPresent(pw -> out.println("password: " + pw + "  (shown only now)"));
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        for (Account a : ServerLauncher.accounts(p).list()) {
          spec.commandLine()
              .getOut()
              .printf(
                  "%-24s %-7s%s%n", a.username(), a.role().code(), a.disabled() ? " disabled" : "");
        }
      }
      return 0;
    }
  }

  @Command(
      name = "password",
      mixinStandardHelpOptions = true,
      description = "Set a new password (generated and printed once unless --password-stdin).")
  static final class Password implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean stdin;

    @Override
    public Integer call() throws IOException {
      Optional<String> password = stdin ? Optional.of(passwordFromStdin()) : Optional.empty();
      try (Project p = project.openSharing()) {
        Accounts accounts = ServerLauncher.accounts(p);
        Account a = find(accounts, name);
        Accounts.Created done =
            accounts.setPassword(a.id(), a.version(), password, ProjectArg.actor());
        spec.commandLine()
            .getOut()
            .println("password changed for " + a.username() + "; its sessions were ended");
        done.generatedPassword()
            .ifPresent(
                pw ->
                    spec.commandLine().getOut().println("password: " + pw + "  (shown only now)"));
      }
      return 0;
    }
  }

  @Command(
      name = "role",
      mixinStandardHelpOptions = true,
      description = "Change an account's role.")
  static final class SetRole implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Parameters(index = "2", paramLabel = "ROLE", description = "owner, coder or viewer.")
    String role;

    @Override
    public Integer call() {
      return change(spec, project, name, Optional.of(Role.parse(role)), Optional.empty());
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Stop an account from logging in (its sessions end).")
  static final class Disable implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return change(spec, project, name, Optional.empty(), Optional.of(true));
    }
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Let a disabled account log in again.")
  static final class Enable implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ProjectArg project;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return change(spec, project, name, Optional.empty(), Optional.of(false));
    }
  }

  static int change(
      CommandSpec spec,
      ProjectArg project,
      String name,
      Optional<Role> role,
      Optional<Boolean> disabled) {
    try (Project p = project.openSharing()) {
      Accounts accounts = ServerLauncher.accounts(p);
      Account a = find(accounts, name);
      Account changed = accounts.update(a.id(), a.version(), role, disabled, ProjectArg.actor());
      spec.commandLine()
          .getOut()
          .printf(
              "%s: %s%s%n",
              changed.username(), changed.role().code(), changed.disabled() ? " (disabled)" : "");
    }
    return 0;
  }
}
