package org.verbatim.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.model.Language;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim import DIR FILE...}: imports transcripts, each file all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import transcripts (.txt UTF-8/UTF-16 with BOM, .md, .docx, .odt, .pdf, .rtf, .vtt, .srt)",
      "into a project, a REFI-QDA project (.qdpx) into a new or empty project, or a codebook",
      "(.qdc) into one. Speaker turns come from 'Name:' or 'Name (role):' at line start, also",
      "after line numbers or time stamps, bare names on their own line and bold names in DOCX",
      "(see --speaker-pattern). The speakers found are printed per file; --dry-run only shows them.",
      "Each file imports in one transaction; a failing file is reported and leaves nothing behind."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectArg project;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Transcript files.")
  List<Path> files;

  @Option(
      names = "--name",
      description = "Document name (only with one file; default: file name without extension).")
  Optional<String> name;

  @Option(names = "--lang", description = "Language: en or zh (default: detected from the script).")
  Optional<String> language;

  @Option(
      names = "--speaker-pattern",
      description =
          "Regular expression matching a speaker label at line start, with a group named 'speaker'.")
  Optional<String> speakerPattern;

  @Option(
      names = "--dry-run",
      description = "Read the files and show the speakers found, without importing anything.")
  boolean dryRun;

  @Override
  public Integer call() {
    if (files.stream().anyMatch(InterchangeImport::handles)) {
      return InterchangeImport.run(spec, project.folder, files);
    }
    if (name.isPresent() && files.size() > 1) {
      throw new ParameterException(
          spec.commandLine(), "--name needs exactly one FILE, got " + files.size());
    }
    ImportOptions options = options();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (dryRun) {
      return DryRun.run(files, options, out, err);
    }
    List<ImportOutcome> outcomes;
    try (Project p = project.open();
        Progress progress = new Progress(err, "import", files.size())) {
      outcomes =
          new ProjectImports(p)
              .transcripts(
                  files,
                  options,
                  ProjectArg.actor(),
                  Runtime.getRuntime().availableProcessors(),
                  o -> {
                    progress.step(
                        o.file().getFileName() + (o.error().isPresent() ? " FAILED" : ""));
                    o.error().ifPresent(e -> err.println("verbatim: " + withHint(e)));
                    o.document()
                        .ifPresent(
                            d -> {
                              out.printf(
                                  "imported %s as '%s' (%s, %d words, %d turns)%n",
                                  o.file(), d.name(), d.language().code(), d.words(), d.turns());
                              o.speakers()
                                  .ifPresent(sp -> out.println("  speakers: " + sp.describe()));
                            });
                  });
    }
    return outcomes.stream().allMatch(o -> o.error().isEmpty()) ? 0 : 1;
  }

  /** The command line's own advice where core names the thing (a taken name) but not the option. */
  static String withHint(String error) {
    return error.endsWith("exists already") ? error + "; choose another name with --name" : error;
  }

  private ImportOptions options() {
    ImportOptions options = ImportOptions.defaults();
    if (name.isPresent()) {
      options = options.withName(name.get());
    }
    if (language.isPresent()) {
      options = options.withLanguage(Language.parse(language.get()));
    }
    if (speakerPattern.isPresent()) {
      options = options.withSpeakerPattern(speakerPattern.get());
    }
    return options;
  }
}
