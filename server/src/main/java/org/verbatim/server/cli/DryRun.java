package org.verbatim.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.imports.TranscriptPreview;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.model.InvalidInputException;

/** {@code verbatim import --dry-run}: reads each file as import would and writes nothing. */
final class DryRun {
  private DryRun() {}

  /** Prints each file's turns and speakers, or why it would be refused; 1 if any would be. */
  static int run(List<Path> files, ImportOptions options, PrintWriter out, PrintWriter err) {
    boolean failed = false;
    for (Path file : files) {
      try {
        TranscriptPreview p = ProjectImports.preview(file, options);
        out.printf(
            "would import %s as '%s' (%s, %s, %d turns)%n",
            file, p.name(), p.language(), p.format(), p.turns());
        out.println("  speakers: " + p.speakers().describe());
      } catch (InvalidInputException e) {
        err.println("verbatim: " + e.getMessage());
        failed = true;
      }
    }
    out.println("dry run: nothing was imported");
    return failed ? 1 : 0;
  }
}
