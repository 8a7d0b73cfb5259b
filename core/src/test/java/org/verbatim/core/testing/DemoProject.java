package org.verbatim.core.testing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.Project;
import org.verbatim.core.project.StudyLoader;

/** Builds the demo study (corpora/demo) into a project folder, as {@code verbatim demo} does. */
public final class DemoProject {
  private DemoProject() {}

  /** The demo study folder; the calling test is skipped when it is absent. */
  public static Path study() {
    Path study = Path.of(System.getProperty("user.dir")).getParent().resolve("corpora/demo");
    assumeThat(Files.isDirectory(study)).as("demo study at " + study).isTrue();
    return study;
  }

  /** Loads the demo into a new project at {@code folder} and returns the folder. */
  public static Path load(Path folder) {
    Path study = study();
    try (Project p = Project.create(folder)) {
      new StudyLoader(p, new DocumentImporter(p, TranscriptImport.withStandardSplitter()))
          .load(study, "test", s -> {});
    }
    return folder;
  }
}
