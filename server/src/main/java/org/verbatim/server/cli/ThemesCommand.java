package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeStatus;
import org.verbatim.core.project.Project;
import org.verbatim.core.themes.EvidenceJson;
import org.verbatim.core.themes.LayerSnapshot;
import org.verbatim.core.themes.Prevalence;
import org.verbatim.core.themes.Support;
import org.verbatim.core.themes.ThemeService;
import org.verbatim.core.themes.ThemeTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim themes DIR [--json]}: the theme tree with each node's prevalence; subcommands
 * add, edit, move, link, unlink, status and delete change it (each one undoable action of the
 * command-line user).
 */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    description = {
      "Print the theme tree: each node's status, codes and participants (n of N) in a layer.",
      "A node is supported by the codes linked to it or to a node below it (with their"
          + " subcodes); a code linked to several themes counts for each of them.",
      "Subcommands change the tree: add, edit, move, link, unlink, status, delete."
    },
    subcommands = {
      ThemesCommand.Add.class,
      ThemesCommand.Edit.class,
      ThemesCommand.Move.class,
      ThemesCommand.Link.class,
      ThemesCommand.Unlink.class,
      ThemesCommand.Status.class,
      ThemesCommand.Delete.class
    })
final class ThemesCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder.")
  java.nio.file.@Nullable Path folder;

  @Mixin LayerOption layer = new LayerOption();

  @Option(names = "--json", description = "Print the tree as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    CommandSpec command = java.util.Objects.requireNonNull(spec, "picocli injects the spec");
    if (folder == null) {
      throw new picocli.CommandLine.ParameterException(
          command.commandLine(),
          "name a project folder or a subcommand (see 'verbatim themes --help')");
    }
    PrintWriter out = command.commandLine().getOut();
    try (Project p = Project.openSharing(folder)) {
      LayerSnapshot s = p.services().evidence().snapshot(layer.chosen());
      if (json) {
        LayerOption.printJson(out, EvidenceJson.tree(s));
        return 0;
      }
      Map<ThemeId, Support> support = Prevalence.ofNodes(s);
      out.println("layer: " + s.layer().label() + "; " + s.of() + " participants");
      if (s.tree().nodes().isEmpty()) {
        out.println("no themes yet (add one with 'verbatim themes add DIR NAME')");
      }
      for (Theme t : s.tree().nodes()) {
        out.println(
            "  ".repeat(s.tree().depth(t.id()))
                + t.name()
                + "  ["
                + t.status().code()
                + "]  "
                + support.get(t.id()).fraction()
                + " participants, "
                + support.get(t.id()).passages()
                + " passages"
                + (t.codes().isEmpty()
                    ? ""
                    : "  codes: "
                        + t.codes().stream()
                            .map(c -> s.code(c).map(x -> x.name()).orElse("?"))
                            .collect(Collectors.joining(", "))));
      }
    }
    out.flush();
    return 0;
  }

  /** The command-line user acts as the project's owner. */
  static Actor actor() {
    return new Actor(ProjectArg.actor(), Role.OWNER, Optional.empty());
  }

  static ThemeService service(Project p) {
    return p.services().themes();
  }

  static String where(ThemeTree tree, Theme t) {
    return t.parent().map(id -> "under '" + tree.path(id) + "'").orElse("at the top");
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a theme (draft).")
  static final class Add implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "NAME", description = "The theme's name.")
    String name = "";

    @Option(names = "--parent", paramLabel = "THEME", description = "Parent theme (name or path).")
    Optional<String> parent = Optional.empty();

    @Option(names = "--definition", paramLabel = "TEXT", description = "Its definition.")
    String definition = "";

    @Option(names = "--code", paramLabel = "CODE", description = "A code to link (repeatable).")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        ThemeTree tree = themes.tree();
        Optional<ThemeId> under = parent.map(n -> tree.find(n).id());
        List<CodeId> linked = codes.stream().map(c -> themes.codeNamed(c).id()).toList();
        Theme t = themes.create(actor(), under, name, definition, linked);
        print(spec, "added theme '" + t.name() + "' " + where(themes.tree(), t));
      }
      return 0;
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Rename, define or memo a theme.")
  static final class Edit implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme (name or path).")
    String theme = "";

    @Option(names = "--name", description = "New name.")
    Optional<String> name = Optional.empty();

    @Option(names = "--definition", description = "New definition.")
    Optional<String> definition = Optional.empty();

    @Option(names = "--memo", description = "New memo.")
    Optional<String> memo = Optional.empty();

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        Theme t = themes.tree().find(theme);
        Theme changed =
            themes.edit(actor(), t.id(), Optional.empty(), new ThemeEdit(name, definition, memo));
        print(spec, "changed theme '" + changed.name() + "'");
      }
      return 0;
    }
  }

  @Command(
      name = "move",
      mixinStandardHelpOptions = true,
      description = "Move a theme under another, or to the top.")
  static final class Move implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(
        index = "1",
        paramLabel = "THEME",
        description = "The theme to move (name or path).")
    String theme = "";

    @Option(
        names = "--parent",
        paramLabel = "THEME",
        description = "New parent; without it, to the top.")
    Optional<String> parent = Optional.empty();

    @Option(
        names = "--position",
        paramLabel = "N",
        description = "Place among its new siblings (0 = first; default last).")
    Optional<Integer> position = Optional.empty();

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        ThemeTree tree = themes.tree();
        Theme t = tree.find(theme);
        Optional<ThemeId> under = parent.map(n -> tree.find(n).id());
        Theme moved = themes.move(actor(), t.id(), Optional.empty(), under, position);
        print(spec, "moved theme '" + moved.name() + "' " + where(themes.tree(), moved));
      }
      return 0;
    }
  }

  @Command(name = "link", mixinStandardHelpOptions = true, description = "Link codes to a theme.")
  static final class Link implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme (name or path).")
    String theme = "";

    @Parameters(
        index = "2..*",
        arity = "1..*",
        paramLabel = "CODE",
        description = "Codes (names or paths).")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        Theme t = themes.tree().find(theme);
        for (String code : codes) {
          themes.link(actor(), t.id(), themes.codeNamed(code).id());
          print(spec, "linked code '" + code.strip() + "' to theme '" + t.name() + "'");
        }
      }
      return 0;
    }
  }

  @Command(
      name = "unlink",
      mixinStandardHelpOptions = true,
      description = "Unlink codes from a theme.")
  static final class Unlink implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme (name or path).")
    String theme = "";

    @Parameters(
        index = "2..*",
        arity = "1..*",
        paramLabel = "CODE",
        description = "Codes (names or paths).")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        Theme t = themes.tree().find(theme);
        for (String code : codes) {
          themes.unlink(actor(), t.id(), themes.codeNamed(code).id());
          print(spec, "unlinked code '" + code.strip() + "' from theme '" + t.name() + "'");
        }
      }
      return 0;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Set a theme's status (draft, reviewed, final); the review is recorded.")
  static final class Status implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme (name or path).")
    String theme = "";

    @Parameters(index = "2", paramLabel = "STATUS", description = "draft, reviewed or final.")
    String status = "";

    @Option(
        names = "--comment",
        paramLabel = "TEXT",
        description = "Why (recorded with the review).")
    String comment = "";

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        Theme t = themes.tree().find(theme);
        Theme changed =
            themes.setStatus(actor(), t.id(), Optional.empty(), ThemeStatus.of(status), comment);
        print(spec, "theme '" + changed.name() + "' is now " + changed.status().code());
      }
      return 0;
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = "Delete a theme without subthemes.")
  static final class Delete implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;
    @Mixin ProjectArg project = new ProjectArg();

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme (name or path).")
    String theme = "";

    @Override
    public Integer call() {
      try (Project p = project.openSharing()) {
        ThemeService themes = service(p);
        Theme t = themes.tree().find(theme);
        themes.delete(actor(), t.id(), Optional.empty());
        print(spec, "deleted theme '" + t.name() + "'");
      }
      return 0;
    }
  }

  private static void print(@Nullable CommandSpec spec, String line) {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    out.println(line);
    out.flush();
  }
}
