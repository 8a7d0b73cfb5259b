package org.verbatim.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.BootstrapSettings;
import org.verbatim.core.agreement.Level;
import org.verbatim.core.agreement.ReliabilityCsv;
import org.verbatim.core.agreement.UnitReliability;
import org.verbatim.core.agreement.UnitReliabilityReport;
import org.verbatim.core.agreement.UnitizedJson;
import org.verbatim.core.agreement.UnitizedReliability;
import org.verbatim.core.agreement.UnitizedReliabilityReport;
import org.verbatim.core.agreement.report.ReliabilityJsonView;
import org.verbatim.core.agreement.report.ReliabilityTextView;
import org.verbatim.core.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim reliability FILE}: inter-coder reliability of a CSV of unit data (header of coder
 * names, one row per unit, empty cell = missing) or, with {@code --unitized}, of a JSON file of
 * coders' segments. Exit codes: 0 ok, 1 bad input (one line on stderr), 2 usage error.
 */
@Command(
    name = "reliability",
    description = {
      "Inter-coder reliability of unit data (CSV) or unitized data (JSON).",
      "CSV: a header row of coder names, one row per unit, an empty cell is missing.",
      "JSON (--unitized): {\"length\": L, \"coders\": {\"NAME\": [[start, end, \"category\"], ...]},"
          + " \"domains\": {\"NAME\": [categories...]}} with 0-based half-open positions;"
          + " \"domains\" is optional.",
      "Prints every statistic defined for the data and, for the others, why not."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:statistics computed", "1:bad input file", "2:usage error"})
public final class ReliabilityCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  boolean help;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV unit data, or JSON with --unitized")
  @Nullable Path file;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      converter = LevelConverter.class,
      description = "nominal|ordinal|interval|ratio, for Krippendorff's alpha (default: nominal)")
  @Nullable Level level;

  @Option(
      names = "--order",
      split = ",",
      paramLabel = "A,B,C",
      description =
          "order of the categories, lowest first, for weighted kappa and Gwet's AC2"
              + " (default: numeric order when every category is a number)")
  java.util.@Nullable List<String> order;

  @Option(names = "--unitized", description = "FILE is unitized data (JSON segments)")
  boolean unitized;

  @Option(names = "--json", description = "print one JSON object instead of text")
  boolean json;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "0",
      description = "bootstrap alpha's 95%% interval with N resamples of units (default: none)")
  int bootstrap;

  @Option(names = "--seed", defaultValue = "1", description = "bootstrap random seed (default: 1)")
  long seed;

  @Option(
      names = "--match",
      paramLabel = "PERCENT",
      defaultValue = "90",
      description = "overlap needed for segment matching, in percent (default: 90)")
  double matchPercent;

  @Override
  public Integer call() {
    CommandSpec command = spec();
    validate(command);
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    Path path = java.util.Objects.requireNonNull(file);
    try {
      if (unitized) {
        UnitizedReliabilityReport report =
            UnitizedReliability.compute(UnitizedJson.read(path), matchPercent / 100);
        out.print(
            json
                ? toJson(ReliabilityJsonView.of(report))
                : ReliabilityTextView.of(path.toString(), report));
      } else {
        Level chosen = level == null ? Level.NOMINAL : level;
        Optional<BootstrapSettings> settings =
            bootstrap > 0
                ? Optional.of(new BootstrapSettings(bootstrap, seed, 0.95))
                : Optional.empty();
        UnitReliabilityReport report =
            UnitReliability.compute(
                ReliabilityCsv.read(path, chosen),
                chosen,
                settings,
                Optional.ofNullable(order).map(java.util.List::copyOf));
        out.print(
            json
                ? toJson(ReliabilityJsonView.of(report))
                : ReliabilityTextView.of(path.toString(), report));
      }
      out.flush();
      return 0;
    } catch (InvalidInputException e) {
      err.println(oneLine(e.getMessage()));
      err.flush();
      return 1;
    } catch (OutOfMemoryError e) {
      err.println(path + ": too large to analyse in the memory given to Java (raise -Xmx)");
      err.flush();
      return 1;
    } catch (RuntimeException | LinkageError e) {
      // Never a stack trace for a user: say what failed in one line.
      err.println(oneLine(path + ": could not compute reliability (" + e + ")"));
      err.flush();
      return 1;
    }
  }

  private void validate(CommandSpec command) {
    CommandLine line = command.commandLine();
    if (unitized && level != null) {
      throw new CommandLine.ParameterException(
          line, "--level applies to unit data, not --unitized");
    }
    if (unitized && order != null) {
      throw new CommandLine.ParameterException(
          line, "--order applies to unit data, not --unitized");
    }
    if (unitized && bootstrap > 0) {
      throw new CommandLine.ParameterException(
          line, "--bootstrap applies to unit data, not --unitized");
    }
    if (bootstrap < 0) {
      throw new CommandLine.ParameterException(
          line, "--bootstrap must be 0 or more, not " + bootstrap);
    }
    if (!(matchPercent > 0 && matchPercent <= 100)) {
      throw new CommandLine.ParameterException(
          line, "--match must lie in (0, 100], not " + matchPercent);
    }
  }

  private CommandSpec spec() {
    return java.util.Objects.requireNonNull(spec, "picocli injects the spec");
  }

  private static String toJson(Map<String, @Nullable Object> map) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map)
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String oneLine(@Nullable String message) {
    return message == null ? "error" : message.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Parses {@code --level}, turning an unknown level into a usage error. */
  static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      try {
        return Level.parse(value);
      } catch (InvalidInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
