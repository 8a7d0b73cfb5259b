package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command on stderr: a redrawn bar on a terminal, plain lines otherwise (so logs
 * and pipes stay readable).
 */
final class Progress implements AutoCloseable {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean terminal;
  private int done;

  Progress(PrintWriter err, String label, int total) {
    this(err, label, total, System.console() != null && System.getenv("CI") == null);
  }

  Progress(PrintWriter err, String label, int total, boolean terminal) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
  }

  /** One step done; {@code what} names it. A single step is not worth a progress display. */
  void step(String what) {
    done++;
    if (total <= 1) {
      return;
    }
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %d/%d %-40.40s",
          label,
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          done,
          total,
          what);
    } else {
      err.printf(Locale.ROOT, "%s %d/%d %s%n", label, done, total, what);
    }
    err.flush();
  }

  @Override
  public void close() {
    if (terminal && total > 1) {
      err.println();
      err.flush();
    }
  }
}
