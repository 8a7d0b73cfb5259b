package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.project.Project;
import org.verbatim.core.themes.CodedPassage;
import org.verbatim.core.themes.EvidenceJson;
import org.verbatim.core.themes.PassagePage;
import org.verbatim.core.themes.PassageQuery;
import org.verbatim.core.themes.Proximity;
import org.verbatim.core.themes.ThemeService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim segments DIR --code NAME|--theme NAME}: the coded passages of a code or theme.
 */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    description = {
      "List the coded passages of a code (with its subcodes) or of a theme (every code supporting"
          + " it), with document, participant, speaker, turn, coder and memo.",
      "With --and CODE, only passages near a passage of that code (--near overlap, sentence or"
          + " turn)."
    })
final class SegmentsCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;
  @Mixin ProjectArg project = new ProjectArg();
  @Mixin LayerOption layer = new LayerOption();

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target = new Target();

  static final class Target {
    @Option(names = "--code", paramLabel = "NAME", description = "A code (name or path).")
    @Nullable String code;

    @Option(names = "--theme", paramLabel = "NAME", description = "A theme (name or path).")
    @Nullable String theme;
  }

  @Option(
      names = "--where",
      paramLabel = "k=v",
      description = "Only participants with this attribute value (repeatable).")
  Map<String, String> where = new LinkedHashMap<>();

  @Option(
      names = "--coder",
      paramLabel = "NAME",
      description = "Only this coder's passages (repeatable).")
  List<String> coders = new java.util.ArrayList<>();

  @Option(names = "--doc", paramLabel = "NAME", description = "Only this document (repeatable).")
  List<String> documents = new java.util.ArrayList<>();

  @Option(
      names = "--and",
      paramLabel = "CODE",
      description = "Only passages near a passage of this code.")
  Optional<String> and = Optional.empty();

  @Option(
      names = "--near",
      paramLabel = "HOW",
      defaultValue = "overlap",
      description = "overlap|sentence|turn (default: ${DEFAULT-VALUE}).")
  String near = "overlap";

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "document",
      description = "document|participant (default: ${DEFAULT-VALUE}).")
  String sort = "document";

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "At most N passages (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--json", description = "Print JSON: layer, total, passages.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    try (Project p = project.openSharing()) {
      ThemeService themes = p.services().themes();
      PassageQuery q =
          target.code != null
              ? PassageQuery.ofCode(themes.codeNamed(target.code).id())
              : PassageQuery.ofTheme(
                  themes.tree().find(java.util.Objects.requireNonNull(target.theme)).id());
      if (and.isPresent()) {
        q = q.and(themes.codeNamed(and.get()).id(), Proximity.of(near));
      }
      q =
          q.where(where)
              .coders(new LinkedHashSet<>(coders))
              .documents(new LinkedHashSet<>(documents))
              .sorted(PassageQuery.Sort.of(sort))
              .page(0, limit);
      PassagePage page = p.services().evidence().passages(layer.chosen(), q);
      if (json) {
        LayerOption.printJson(out, EvidenceJson.passages(page, 0));
        return 0;
      }
      out.println(
          "layer: "
              + page.layer()
              + "; "
              + page.total()
              + " passage"
              + (page.total() == 1 ? "" : "s")
              + (page.total() > page.passages().size()
                  ? " (showing " + page.passages().size() + ")"
                  : ""));
      for (CodedPassage c : page.passages()) {
        out.println(
            c.documentName()
                + c.participant().map(x -> " (" + x + ")").orElse("")
                + c.turn().map(t -> " turn " + t).orElse(" paragraph " + c.paragraph())
                + c.speaker().map(x -> " " + x).orElse("")
                + " ["
                + c.code()
                + ", "
                + c.coder()
                + "]: "
                + c.text().replace('\n', ' ')
                + (c.memo().isBlank() ? "" : "  -- memo: " + c.memo().replace('\n', ' ')));
      }
    }
    out.flush();
    return 0;
  }
}
