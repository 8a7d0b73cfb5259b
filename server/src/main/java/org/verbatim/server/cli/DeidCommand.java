package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.deid.DeidMap;
import org.verbatim.core.deid.DeidService;
import org.verbatim.core.deid.DeidTag;
import org.verbatim.core.deid.FoundForm;
import org.verbatim.core.deid.ListedName;
import org.verbatim.core.deid.MapEntry;
import org.verbatim.core.deid.MentionContext;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim deid scan|accept|reject|map|link|list DIR …}: de-identification from the command
 * line, for scripted studies; the decisions go to the project's key file {@code deid-map.json}, and
 * {@code verbatim export … --deidentified} applies them.
 */
@Command(
    name = "deid",
    mixinStandardHelpOptions = true,
    description = {
      "De-identify a project's exports: scan for names, places, organisations and dates, then"
          + " accept, reject or map each form. The decisions are kept in DIR/deid-map.json, a key"
          + " file that can be kept apart from the data; 'verbatim export ... --deidentified'"
          + " applies them. Stored documents and codings never change."
    },
    subcommands = {
      DeidCommand.Scan.class,
      DeidCommand.Accept.class,
      DeidCommand.Reject.class,
      DeidCommand.MapForm.class,
      DeidCommand.Link.class,
      DeidCommand.ListMap.class
    })
final class DeidCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        Objects.requireNonNull(spec).commandLine(),
        "name a subcommand: scan, accept, reject, map, link, list (see 'verbatim deid --help')");
  }

  /** {@code deid scan DIR [--json] [--names FILE]}. */
  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description = {
        "Find every PERSON, ORGANIZATION, LOCATION, CITY and DATE mention, the names of your list"
            + " and Chinese names (surname + given name before a title), grouped by form with"
            + " counts and contexts."
      })
  static final class Scan implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    @Option(names = "--json", description = "Print the forms as JSON.")
    boolean json;

    @Option(
        names = "--names",
        paramLabel = "FILE",
        description =
            "Add the names of FILE (UTF-8, one a line; 'FORM<TAB>TAG' for a tag other than"
                + " PERSON) to the list that scans look for.")
    @Nullable Path names;

    @Override
    public Integer call() throws Exception {
      CommandSpec command = Objects.requireNonNull(spec);
      PrintWriter out = command.commandLine().getOut();
      try (Project p = Project.openSharing(folder)) {
        DeidService deid = p.services().deid();
        if (names != null) {
          deid.addNames(readNames(names));
        }
        List<FoundForm> found = deid.scan();
        if (json) {
          LayerOption.printJson(out, found);
          return 0;
        }
        out.println(found.size() + " forms found");
        for (FoundForm f : found) {
          out.printf(
              "%s\t%s\t%d in %d documents\t%s%s%n",
              f.form(),
              f.tag(),
              f.count(),
              f.documents(),
              f.status(),
              f.replacement().isEmpty() ? "" : " -> " + f.replacement());
          if (!f.contexts().isEmpty()) {
            MentionContext c = f.contexts().get(0);
            out.printf("    %s: ...%s[%s]%s...%n", c.documentName(), c.left(), c.hit(), c.right());
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code deid accept DIR FORM… | --all-found}. */
  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description =
          "Accept forms: de-identified exports replace each by a pseudonym of its tag ([person 1],"
              + " [place 2], ...).")
  static final class Accept implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    // not an exclusive ArgGroup: picocli then fails to match FORM after DIR
    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FORM", description = "The forms.")
    List<String> forms = new ArrayList<>();

    @Option(
        names = "--all-found",
        description = "Every form the scan finds that has no decision yet.")
    boolean allFound;

    @Override
    public Integer call() {
      CommandSpec command = Objects.requireNonNull(spec);
      if (allFound == !forms.isEmpty()) {
        throw new picocli.CommandLine.ParameterException(
            command.commandLine(),
            allFound
                ? "give either FORMs or --all-found, not both"
                : "name the forms to accept, or --all-found");
      }
      try (Project p = Project.openSharing(folder)) {
        DeidService deid = p.services().deid();
        DeidMap map = allFound ? deid.acceptAllFound() : deid.accept(forms);
        printAccepted(Objects.requireNonNull(spec).commandLine().getOut(), map);
      }
      return 0;
    }
  }

  /** {@code deid reject DIR FORM…}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Reject forms: exports leave them as they are.")
  static final class Reject implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FORM", description = "The forms.")
    List<String> forms = new ArrayList<>();

    @Override
    public Integer call() {
      try (Project p = Project.openSharing(folder)) {
        p.services().deid().reject(forms);
      }
      Objects.requireNonNull(spec)
          .commandLine()
          .getOut()
          .println("rejected " + String.join(", ", forms));
      return 0;
    }
  }

  /** {@code deid map DIR FORM REPLACEMENT}. */
  @Command(
      name = "map",
      mixinStandardHelpOptions = true,
      description =
          "Accept FORM with its own replacement: '[psychiatrist]' becomes '[psychiatrist 1]' (the"
              + " next number for a different form); other text is used as it is.")
  static final class MapForm implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    @Parameters(index = "1", paramLabel = "FORM", description = "The form.")
    String form = "";

    @Parameters(index = "2", paramLabel = "REPLACEMENT", description = "Its replacement.")
    String replacement = "";

    @Override
    public Integer call() {
      DeidMap map;
      try (Project p = Project.openSharing(folder)) {
        map = p.services().deid().map(form, replacement);
      }
      MapEntry e = map.entryOf(form).orElseThrow();
      Objects.requireNonNull(spec)
          .commandLine()
          .getOut()
          .println(e.form() + " -> " + e.replacement());
      return 0;
    }
  }

  /** {@code deid link DIR FORM VARIANT…}. */
  @Command(
      name = "link",
      mixinStandardHelpOptions = true,
      description =
          "Link VARIANTs (a short form 'Lin', a nickname) to FORM as the same person or place:"
              + " they get its pseudonym.")
  static final class Link implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    @Parameters(index = "1", paramLabel = "FORM", description = "The form.")
    String form = "";

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "VARIANT", description = "Variants.")
    List<String> variants = new ArrayList<>();

    @Override
    public Integer call() {
      DeidMap map;
      try (Project p = Project.openSharing(folder)) {
        map = p.services().deid().link(form, variants);
      }
      MapEntry e = map.entryOf(form).orElseThrow();
      Objects.requireNonNull(spec)
          .commandLine()
          .getOut()
          .println(String.join(", ", e.forms()) + " -> " + e.replacement());
      return 0;
    }
  }

  /** {@code deid list DIR [--json]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Print the map: each decided form, its decision, replacement and variants.")
  static final class ListMap implements Callable<Integer> {
    @Spec @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path folder = Path.of(".");

    @Option(names = "--json", description = "Print the map as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      DeidMap map;
      try (Project p = Project.openSharing(folder)) {
        map = p.services().deid().map();
      }
      if (json) {
        LayerOption.printJson(out, map);
        return 0;
      }
      if (map.entries().isEmpty()) {
        out.println("no decisions yet (run 'verbatim deid scan DIR')");
      }
      for (MapEntry e : map.entries()) {
        out.printf(
            "%s\t%s\t%s%s%s%n",
            e.form(),
            e.tag(),
            e.decision().name().toLowerCase(java.util.Locale.ROOT),
            e.replacement().isEmpty() ? "" : " -> " + e.replacement(),
            e.variants().isEmpty() ? "" : "\tvariants: " + String.join(", ", e.variants()));
      }
      out.flush();
      return 0;
    }
  }

  private static void printAccepted(PrintWriter out, DeidMap map) {
    long n = map.entries().stream().filter(e -> e.decision() == MapEntry.Decision.ACCEPTED).count();
    out.println(n + " forms accepted");
    out.flush();
  }

  static List<ListedName> readNames(Path file) throws java.io.IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(file + ": no such file");
    }
    List<ListedName> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      DeidTag tag = DeidTag.PERSON;
      if (parts.length > 1) {
        final int lineNo = i + 1;
        tag =
            DeidTag.of(parts[1])
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            file
                                + ":"
                                + lineNo
                                + ": tag '"
                                + parts[1].strip()
                                + "' is not one of "
                                + DeidTag.names()));
      }
      out.add(new ListedName(parts[0], tag));
    }
    return out;
  }
}
