package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.export.ExportDocument;
import org.verbatim.core.export.ExportFormat;
import org.verbatim.core.export.Exports;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Project;
import org.verbatim.core.themes.ThemeService;
import org.verbatim.core.words.DistinctiveWords;
import org.verbatim.core.words.Keyness;
import org.verbatim.core.words.WordCount;
import org.verbatim.core.words.WordJson;
import org.verbatim.core.words.WordList;
import org.verbatim.core.words.WordScope;
import org.verbatim.core.words.WordService;
import org.verbatim.core.words.WordTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim words DIR}: word frequencies or distinctive words of a project, doc or code. */
@Command(
    name = "words",
    mixinStandardHelpOptions = true,
    description = {
      "Word frequencies (English by lemma, Chinese by segmented word, stop words removed) of the"
          + " whole project, one document (--doc), the participants matching --where, or the"
          + " coded passages of a code (with its subcodes) or a theme.",
      "With --distinctive, the words of the code's or theme's passages that are more frequent"
          + " there than in the rest of the documents, ranked by log-likelihood (G²).",
      "The first count over new documents annotates them with CoreNLP (cached in the store).",
      "--out FILE writes the table instead (.csv, .xlsx, .docx, .md or .html)."
    })
final class WordsCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;
  @Mixin ProjectArg project = new ProjectArg();
  @Mixin LayerOption layer = new LayerOption();

  @ArgGroup(exclusive = true)
  @Nullable Target target;

  static final class Target {
    @Option(names = "--code", paramLabel = "NAME", description = "A code (name or path).")
    @Nullable String code;

    @Option(names = "--theme", paramLabel = "NAME", description = "A theme (name or path).")
    @Nullable String theme;
  }

  @Option(names = "--doc", paramLabel = "NAME", description = "Only this document.")
  Optional<String> document = Optional.empty();

  @Option(
      names = "--where",
      paramLabel = "k=v",
      description = "Only participants with this attribute value (repeatable).")
  Map<String, String> where = new LinkedHashMap<>();

  @Option(
      names = "--distinctive",
      description = "Distinctive words of the --code or --theme against the rest.")
  boolean distinctive;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N words (default: ${DEFAULT-VALUE}; up to 10000).")
  int limit = 50;

  @Option(
      names = "--json",
      description = "Print JSON: one object per word with word, count (and keyness).")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the table to FILE; its format from the extension.")
  @Nullable Path out;

  @Option(names = "--force", description = "With --out: replace an existing file.")
  boolean force;

  @Option(names = "--bom", description = "With --out FILE.csv: start with a UTF-8 byte-order mark.")
  boolean bom;

  @Override
  public Integer call() throws Exception {
    PrintWriter print = Objects.requireNonNull(spec).commandLine().getOut();
    if (distinctive && target == null) {
      throw new InvalidInputException(
          "--distinctive compares a code's or theme's passages with the rest; add --code or"
              + " --theme");
    }
    if (json && out != null) {
      throw new InvalidInputException("choose --json or --out, not both");
    }
    Optional<ExportFormat> format = out == null ? Optional.empty() : Optional.of(format(out));
    if (out != null && !force && Files.exists(out)) {
      throw new InvalidInputException(out + ": already exists; add --force to replace it");
    }
    try (Project p = project.openSharing()) {
      ThemeService themes = p.services().themes();
      WordScope scope = WordScope.project().where(where).in(layer.chosen());
      if (document.isPresent()) {
        scope = scope.inDocument(document.get());
      }
      List<String> facts = new ArrayList<>();
      facts.add("Scope: " + describe(scope, target));
      if (target != null && target.code != null) {
        scope = scope.ofCode(themes.codeNamed(target.code).id());
      } else if (target != null) {
        scope = scope.ofTheme(themes.tree().find(Objects.requireNonNull(target.theme)).id());
      }
      if (scope.passages()) {
        facts.add("Layer: " + p.services().evidence().layer(layer.chosen()).label());
      }
      WordService words = p.services().words();
      if (distinctive) {
        DistinctiveWords d = words.distinctive(scope, limit);
        if (format.isPresent()) {
          write(WordTable.of(d, facts), format.get(), print);
        } else if (json) {
          LayerOption.printJson(print, WordJson.rows(d));
        } else {
          facts.forEach(print::println);
          print.printf(
              Locale.ROOT,
              "%d words in the passages against %d elsewhere; keyness is G²%n",
              d.target(),
              d.reference());
          int width =
              Math.max(
                  4, d.words().stream().mapToInt(k -> DisplayWidth.of(k.word())).max().orElse(4));
          print.println(
              DisplayWidth.rightPad("word", width) + "  " + "    count  elsewhere   keyness");
          for (Keyness k : d.words()) {
            print.printf(
                Locale.ROOT,
                "%s  %9d  %9d  %8.2f%n",
                DisplayWidth.rightPad(k.word(), width),
                k.count(),
                k.reference(),
                k.keyness());
          }
        }
      } else {
        WordList list = words.frequencies(scope, limit);
        if (format.isPresent()) {
          write(WordTable.of(list, facts), format.get(), print);
        } else if (json) {
          LayerOption.printJson(print, WordJson.rows(list));
        } else {
          facts.forEach(print::println);
          print.printf(
              Locale.ROOT,
              "%d words counted (%d different, stop words excluded) in %d documents%n",
              list.tokens(),
              list.distinct(),
              list.documents());
          int width =
              Math.max(
                  4,
                  list.words().stream().mapToInt(w -> DisplayWidth.of(w.word())).max().orElse(4));
          print.println(DisplayWidth.rightPad("word", width) + "      count");
          for (WordCount w : list.words()) {
            print.printf(
                Locale.ROOT, "%s  %9d%n", DisplayWidth.rightPad(w.word(), width), w.count());
          }
        }
      }
    }
    print.flush();
    return 0;
  }

  private void write(ExportDocument doc, ExportFormat format, PrintWriter print) {
    Path file = Objects.requireNonNull(out);
    Exports.write(doc, format, file, force, bom);
    print.println("wrote " + file + " (" + doc.tables().get(0).rows().size() + " words)");
  }

  private static ExportFormat format(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return ExportFormat.byName(dot < 0 ? "" : name.substring(dot + 1))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    file
                        + ": the file name must end in one of "
                        + ExportFormat.names()
                        + " (the format is taken from it)"));
  }

  private static String describe(WordScope scope, @Nullable Target target) {
    List<String> parts = new ArrayList<>();
    if (target != null && target.code != null) {
      parts.add("passages of code " + target.code);
    } else if (target != null) {
      parts.add("passages of theme " + target.theme);
    }
    scope.document().ifPresent(d -> parts.add("document " + d));
    scope.where().forEach((k, v) -> parts.add(k + " = " + v));
    return parts.isEmpty() ? "the whole project" : String.join("; ", parts);
  }
}
