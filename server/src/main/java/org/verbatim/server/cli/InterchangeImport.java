package org.verbatim.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.verbatim.core.imports.ImportKind;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.interchange.CodebookMergeReport;
import org.verbatim.core.interchange.ImportReport;
import org.verbatim.core.project.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code .qdpx} / {@code .qdc} branch of {@code verbatim import}: one REFI-QDA file. */
final class InterchangeImport {
  private InterchangeImport() {}

  static boolean handles(Path file) {
    return ImportKind.of(file).alone();
  }

  static int run(CommandSpec spec, Path folder, List<Path> files) {
    if (files.size() != 1) {
      throw new ParameterException(
          spec.commandLine(),
          "a .qdpx or .qdc file imports on its own; got " + files.size() + " files");
    }
    Path file = files.get(0);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (ImportKind.of(file) == ImportKind.REFI_CODEBOOK) {
      CodebookMergeReport r;
      try (Project p = Project.open(folder)) {
        r = new ProjectImports(p).codebook(file, ProjectArg.actor());
      }
      out.printf(
          "merged %s: %d codes added, %d matched by GUID, %d by name; %d themes added%n",
          file,
          r.addedCodes().size(),
          r.matchedByGuid(),
          r.matchedByName(),
          r.addedThemes().size());
      r.addedCodes().forEach(c -> out.println("  added code " + c));
      r.addedThemes().forEach(t -> out.println("  added theme " + t));
      return 0;
    }
    ImportReport r =
        ProjectImports.refiProjectInto(
            folder, file, ProjectArg.actor(), line -> err.println("import: " + line));
    out.printf(
        "imported %s into %s: %d documents, %d codes, %d codings, %d coders, %d users kept without"
            + " codings, %d memos, %d participants, %d themes%n",
        file,
        folder,
        r.documents(),
        r.codes(),
        r.codings(),
        r.coders(),
        r.keptUsers(),
        r.memos(),
        r.participants(),
        r.themes());
    r.notes().forEach(n -> out.println("  note: " + n));
    for (Map.Entry<String, Integer> s : r.skipped().entrySet()) {
      out.println("  skipped: " + s.getValue() + " " + s.getKey());
    }
    return 0;
  }
}
