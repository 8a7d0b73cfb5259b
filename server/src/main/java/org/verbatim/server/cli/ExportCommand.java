package org.verbatim.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.export.ExportOptions;
import org.verbatim.core.export.ExportRegistry;
import org.verbatim.core.export.Exporter;
import org.verbatim.core.interchange.ExportSummary;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim export DIR --what W --format F --out FILE}: writes one export of a project (the
 * theme table, participants table, codebook, coded segments, matrices, member-checking packets, …),
 * looked up by (what, format) in {@link ExportRegistry}, the same table the REST API reads.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write a table, report or packet of a project to a file.",
      "--what themes (Table 2: themes, subthemes, definitions, n of N participants, pinned quotes),"
          + " participants (Table 1), codebook, segments (one row per coding; --wide: one 0/1"
          + " column per code), matrix (theme x participant, or x attribute with --by),"
          + " cooccurrence, saturation, member-check (one DOCX per participant into a folder, or"
          + " a .zip).",
      "--what project --format qdpx (REFI-QDA project), --what codebook --format qdc (REFI-QDA"
          + " codebook) for ATLAS.ti, NVivo, MAXQDA and QualCoder; with --schema FILE.xsd the result"
          + " is validated first and an invalid result is an error, never a file.",
      "The file is written completely or not at all; an existing file is kept unless --force."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:written",
      "1:bad input (unknown coder, attribute, existing file, ...)",
      "2:usage error"
    })
final class ExportCommand implements Callable<Integer> {
  /** Shared with the REST API so both offer the same exports. */
  static final ExportRegistry REGISTRY = ExportRegistry.standard();

  @Spec @Nullable CommandSpec spec;

  @Mixin @Nullable ProjectArg project;

  @Option(
      names = "--what",
      required = true,
      paramLabel = "WHAT",
      description = "What to export (see above).")
  String what = "";

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description =
          "docx|xlsx|csv|md|html (member-check: docx; project: qdpx; codebook: also qdc).")
  String format = "";

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The file (or folder) to write.")
  @Nullable Path out;

  @Option(
      names = "--layer",
      paramLabel = "LAYER",
      description =
          "consensus, all, a coder, or coders joined by commas (default: consensus where it exists, else all coders).")
  @Nullable String layer;

  @Option(names = "--by", paramLabel = "ATTR", description = "Split by this participant attribute.")
  @Nullable String by;

  @Option(
      names = "--schema",
      paramLabel = "FILE.xsd",
      description =
          "qdpx/qdc: validate against this XSD before writing (Project.xsd or Codebook.xsd).")
  @Nullable Path schema;

  @Option(names = "--force", description = "Replace an existing file.")
  boolean force;

  @Option(
      names = "--median",
      description = "Participants table: add median and IQR of numeric attributes.")
  boolean median;

  @Option(names = "--bom", description = "CSV: start with a UTF-8 byte-order mark (for Excel).")
  boolean bom;

  @Option(
      names = "--quotes",
      paramLabel = "N",
      defaultValue = "" + ExportOptions.DEFAULT_QUOTES_PER_NODE,
      description = "Theme table: at most N pinned quotes per theme (default: ${DEFAULT-VALUE}).")
  int quotes = ExportOptions.DEFAULT_QUOTES_PER_NODE;

  @Option(
      names = "--quote-language",
      paramLabel = "WHICH",
      defaultValue = "both",
      description = "Theme table: original|translation|both (default: ${DEFAULT-VALUE}).")
  String quoteLanguage = "both";

  @Option(
      names = "--columns",
      split = ",",
      paramLabel = "COL[,COL...]",
      hideParamSyntax = true,
      description =
          "Theme table: theme,subtheme,definition,participants,quotes (default: all, in that order).")
  List<String> columns = new ArrayList<>();

  @Option(
      names = "--wide",
      description = "Coded segments: one row per passage, one 0/1 column per code.")
  boolean wide;

  @Option(
      names = "--deidentified",
      description =
          "Pass every text through the de-identification map (DIR/deid-map.json; see 'verbatim"
              + " deid'); refuse to write a file that still contains an accepted form.")
  boolean deidentified;

  @Override
  public Integer call() {
    CommandSpec command = java.util.Objects.requireNonNull(spec, "picocli injects the spec");
    Path file = java.util.Objects.requireNonNull(out, "--out is required");
    if (isInterchange()) {
      return interchange(command, file);
    }
    Exporter exporter;
    try {
      exporter = REGISTRY.find(what, format);
    } catch (InvalidInputException e) {
      // an unknown (what, format) pair is a usage error, named with everything that exists
      throw new ParameterException(
          command.commandLine(),
          e.getMessage()
              + "; REFI-QDA: --what project --format qdpx, --what codebook --format qdc");
    }
    if (!force && Files.exists(file)) {
      throw new InvalidInputException(file + ": already exists; add --force to replace it");
    }
    ExportOptions options =
        new ExportOptions(
            Optional.ofNullable(layer),
            Optional.ofNullable(by),
            median,
            bom,
            quotes,
            quoteLanguage(quoteLanguage),
            columns,
            wide);
    try (Project p = java.util.Objects.requireNonNull(project).openSharing()) {
      p.services().exports().writeTo(file, exporter, options, force, deidentified);
    }
    command.commandLine().getOut().printf("wrote %s (%s as %s)%n", file, what, format);
    return 0;
  }

  private boolean isInterchange() {
    String key =
        what.strip().toLowerCase(Locale.ROOT) + "/" + format.strip().toLowerCase(Locale.ROOT);
    return key.equals("project/qdpx") || key.equals("codebook/qdc");
  }

  /** REFI-QDA: the project as .qdpx or the codebook as .qdc. */
  private int interchange(CommandSpec command, Path file) {
    Optional<Path> xsd = Optional.ofNullable(schema);
    org.verbatim.core.interchange.ExportOptions options =
        new org.verbatim.core.interchange.ExportOptions(xsd, force, ProjectArg.actor());
    ExportSummary summary;
    try (Project p = java.util.Objects.requireNonNull(project).openSharing()) {
      if (deidentified) {
        options = options.withText(p.services().exports().deidentification());
      }
      summary =
          what.strip().equalsIgnoreCase("project")
              ? ProjectInterchange.exportProject(p, file, options)
              : ProjectInterchange.exportCodebook(p, file, options);
    }
    command
        .commandLine()
        .getOut()
        .printf(
            "wrote %s (%d documents, %d codes, %d codings, %d users, %d memos)%s%n",
            summary.file(),
            summary.documents(),
            summary.codes(),
            summary.codings(),
            summary.users(),
            summary.memos(),
            summary.validated() && schema != null ? "; valid against " + schema.getFileName() : "");
    return 0;
  }

  static ExportOptions.QuoteLanguage quoteLanguage(String text) {
    try {
      return ExportOptions.QuoteLanguage.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "quote language '" + text + "' is not one of original, translation, both");
    }
  }
}
