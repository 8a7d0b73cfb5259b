package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.verbatim.core.deid.FoundForm;
import org.verbatim.core.project.Project;

/**
 * Times de-identification scans of one project: the first (CoreNLP's pipeline built, every English
 * document annotated and cached), a second in the same process, and a third after reopening the
 * project, both of which read the cached annotations.
 */
public final class DeidBenchmark {
  private DeidBenchmark() {}

  /** What one run measured. */
  public record Result(
      int documents,
      int forms,
      long annotated,
      Duration cold,
      Duration cached,
      Duration reopened,
      long annotatedAfterReopening) {}

  /** Runs the three scans on the project in {@code folder}; the caller supplies an uncached one. */
  public static Result run(Path folder) {
    int documents;
    int forms;
    long annotated;
    Duration cold;
    Duration cached;
    try (Project p = Project.open(folder)) {
      documents = p.store().documents().list().size();
      long t0 = System.nanoTime();
      List<FoundForm> found = p.services().deid().scan();
      cold = Duration.ofNanos(System.nanoTime() - t0);
      forms = found.size();
      annotated = p.services().annotations().annotationsMade();
      long t1 = System.nanoTime();
      p.services().deid().scan();
      cached = Duration.ofNanos(System.nanoTime() - t1);
    }
    try (Project p = Project.open(folder)) {
      long t2 = System.nanoTime();
      p.services().deid().scan();
      Duration reopened = Duration.ofNanos(System.nanoTime() - t2);
      return new Result(
          documents,
          forms,
          annotated,
          cold,
          cached,
          reopened,
          p.services().annotations().annotationsMade());
    }
  }
}
