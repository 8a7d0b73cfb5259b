package org.verbatim.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code verbatim} command: exit 0 on success, 1 on a user error, 2 on a usage error. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    version = "verbatim 0.1.0",
    description = "Qualitative interview coding and thematic analysis.",
    subcommands = {
      InitCommand.class,
      ImportCommand.class,
      ParticipantsCommand.class,
      DocumentsCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      DemoCommand.class,
      ReliabilityCommand.class,
      AgreementCommand.class,
      ExportCommand.class,
      ReconcileCommand.class,
      BenchCommand.class,
      BenchFormatsCommand.class,
      BenchAgreementCommand.class,
      ServeCommand.class,
      UserCommand.class,
      BenchServerCommand.class,
      BenchInterchangeCommand.class,
      ThemesCommand.class,
      SegmentsCommand.class,
      AnalyzeCommand.class,
      BenchThemesCommand.class,
      BenchDeidCommand.class,
      BenchExportsCommand.class,
      BenchWordsCommand.class,
      WordsCommand.class,
      DeidCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VerbatimCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = Logging.VERBOSE,
      scope = CommandLine.ScopeType.INHERIT,
      description = "Also print log lines (from Verbatim, CoreNLP, Jetty, POI) on stderr.")
  boolean verbose;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command (see 'verbatim --help')");
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new VerbatimCli());
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    return cli;
  }

  public static void main(String[] args) {
    Logging.configure(args);
    System.exit(commandLine().execute(args));
  }
}
