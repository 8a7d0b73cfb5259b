package org.verbatim.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.ProjectAgreementReport;
import org.verbatim.core.agreement.report.AgreementJsonView;
import org.verbatim.core.agreement.report.AgreementLayout;
import org.verbatim.core.agreement.report.AgreementReportHtmlWriter;
import org.verbatim.core.agreement.report.AgreementReportXlsxWriter;
import org.verbatim.core.agreement.report.AgreementTextView;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim agreement DIR --coders A,B}: inter-coder agreement of a project per code, pooled
 * and per document, as text, JSON, XLSX or HTML. Exit codes: 0 ok, 1 bad input (one line on
 * stderr), 2 usage error.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Inter-coder agreement of a project: per code, pooled and per document.",
      "",
      "Unit data (--unit sentence|turn|paragraph|document): a unit counts as coded with code K"
          + " by coder C when C has a live coding of K overlapping it by at least one character"
          + " (with --min-overlap P: when C's codings of K together cover at least P%% of it)."
          + " Sentences are those split at import; turns are the spoken text without the speaker"
          + " label; paragraphs are the non-blank lines of the text (text between line breaks);"
          + " document is the whole text. Per code: n units, %% agreement (agreeing coder pairs),"
          + " Cohen's kappa (two coders only), nominal Krippendorff's alpha. Pooled: every"
          + " (unit x code) pair is one item; per document: the pairs of that document.",
      "",
      "Continuum (--unit character): the compared documents' texts one after another; each top"
          + "-level code with its subcodes is a semantic domain. u-alpha (all selected codes),"
          + " u-alpha, |u-alpha and cu-alpha per domain (they need a coder's codes in a domain"
          + " not to overlap), Cu-alpha across domains; per code |u-alpha and character kappa"
          + " (two coders) with %% agreement over all text and over coded text; |u-alpha pooled"
          + " over (document x code) copies of the text, and per document.",
      "",
      "Codes count on their own (a subcode's codings do not code its parent). A document is"
          + " compared only when every selected coder has a live coding in it. Reading"
          + " (Krippendorff): alpha >= .800 reliable, >= .667 tentative conclusions only,"
          + " otherwise unreliable. An undefined statistic prints n/a (null in JSON) with why.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:report written",
      "1:bad input (unknown coder or code, ...)",
      "2:usage error"
    })
final class AgreementCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  @Mixin @Nullable ProjectArg project;

  @Option(
      names = "--coders",
      required = true,
      split = ",",
      paramLabel = "A,B[,C...]",
      hideParamSyntax = true,
      description = "The coders to compare, by name (2 to " + AgreementRequest.MAX_CODERS + ").")
  List<String> coders = new ArrayList<>();

  @Option(
      names = "--unit",
      paramLabel = "UNIT",
      defaultValue = "sentence",
      converter = UnitConverter.class,
      description = "sentence|turn|paragraph|document|character (default: ${DEFAULT-VALUE}).")
  AgreementUnit unit = AgreementUnit.SENTENCE;

  @Option(
      names = "--codes",
      split = ",",
      paramLabel = "NAME[,NAME...]",
      hideParamSyntax = true,
      description =
          "Only these codes, by name or path (Parent > Child), comma separated; a parent"
              + " includes its subcodes (default: every code).")
  List<String> codes = new ArrayList<>();

  @Option(
      names = "--min-overlap",
      paramLabel = "PERCENT",
      defaultValue = "0",
      description =
          "Share of a unit a coder's codings of a code must cover for the unit to count as"
              + " coded (default: 0, i.e. one character).")
  double minOverlap;

  @Option(
      names = "--themes",
      description =
          "Compare coders on themes: every coding counts for each theme its code supports,"
              + " rolled up to the themes at --depth (codes in no theme drop out).")
  boolean themes;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "With --themes: 0 = top-level themes (default), 1 = subthemes, ...")
  java.util.Optional<Integer> depth = java.util.Optional.empty();

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the report as XLSX.")
  @Nullable Path xlsx;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as HTML.")
  @Nullable Path html;

  @Override
  public Integer call() throws Exception {
    CommandSpec command = java.util.Objects.requireNonNull(spec, "picocli injects the spec");
    ProjectArg folder = java.util.Objects.requireNonNull(project, "picocli injects the mixin");
    if (unit.continuum() && minOverlap != 0) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "--min-overlap applies to unit data, not --unit character");
    }
    if (!(minOverlap >= 0 && minOverlap <= 100)) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "--min-overlap must lie in [0, 100], not " + minOverlap);
    }
    AgreementRequest request;
    try {
      request =
          new AgreementRequest(
              coders.stream().map(String::strip).toList(), unit, codes, minOverlap);
    } catch (InvalidInputException e) {
      // the command line's own hint: core speaks of coders, not of the option that names them
      throw coders.size() < 2
          ? new InvalidInputException(e.getMessage() + " (e.g. --coders mei,james)", e)
          : e;
    }
    if (depth.isPresent() && !themes) {
      throw new CommandLine.ParameterException(command.commandLine(), "--depth needs --themes");
    }
    ProjectAgreementReport report;
    try (Project p = folder.openSharing()) {
      report =
          themes
              ? p.services().evidence().themeAgreement(request, depth.orElse(0))
              : p.services().agreement().compute(request);
    }
    Path name = folder.folder.toAbsolutePath().normalize().getFileName();
    AgreementLayout layout =
        AgreementLayout.of(report, name == null ? folder.folder.toString() : name.toString());
    PrintWriter out = command.commandLine().getOut();
    if (json) {
      out.print(
          new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(AgreementJsonView.of(report))
              + System.lineSeparator());
    } else {
      out.print(AgreementTextView.of(layout));
    }
    out.flush();
    PrintWriter err = command.commandLine().getErr();
    if (xlsx != null) {
      AgreementReportXlsxWriter.write(layout, xlsx);
      err.println("wrote " + xlsx);
    }
    if (html != null) {
      AgreementReportHtmlWriter.write(layout, html);
      err.println("wrote " + html);
    }
    err.flush();
    return 0;
  }

  /** Parses {@code --unit}, turning an unknown unit into a usage error. */
  static final class UnitConverter implements CommandLine.ITypeConverter<AgreementUnit> {
    @Override
    public AgreementUnit convert(String value) {
      try {
        return AgreementUnit.parse(value);
      } catch (InvalidInputException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
