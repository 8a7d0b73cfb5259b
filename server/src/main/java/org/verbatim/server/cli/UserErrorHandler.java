package org.verbatim.server.cli;

import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into one line on stderr and an exit code: 1 for what the user can
 * fix, 1 with "internal error" for bugs (the stack trace only with VERBATIM_DEBUG set).
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
    if (e instanceof CommandLine.ParameterException pe) {
      cli.getErr().println("verbatim: " + pe.getMessage());
      return 2;
    }
    boolean user =
        e instanceof InvalidInputException
            || e instanceof NotFoundException
            || e instanceof ConflictException;
    if (user) {
      cli.getErr().println("verbatim: " + e.getMessage());
    } else if (outOfMemory(e)) {
      cli.getErr()
          .println(
              "verbatim: out of memory (the heap is "
                  + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                  + " MB); import fewer or smaller files at once, or give Java more with"
                  + " VERBATIM_JAVA_OPTS=-Xmx4g");
    } else {
      cli.getErr()
          .println("verbatim: internal error: " + e + " (set VERBATIM_DEBUG=1 for details)");
      if (System.getenv("VERBATIM_DEBUG") != null) {
        e.printStackTrace(cli.getErr());
      }
    }
    return 1;
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
