package org.verbatim.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Third-party material in {@code ../shared} (system property {@code verbatim.shared}); a test that
 * needs it is skipped where it is absent, and says so on stderr, where the build log shows it.
 */
public final class SharedMaterial {
  private SharedMaterial() {}

  /** The folder {@code relative} inside the shared material, or the test is skipped. */
  public static Path require(String relative, Class<?> test) {
    String shared = System.getProperty("verbatim.shared", "");
    Path folder = Path.of(shared).resolve(relative);
    if (shared.isEmpty() || !Files.isDirectory(folder)) {
      String reason = test.getSimpleName() + " skipped: shared material absent at " + folder;
      System.err.println(reason);
      Assumptions.abort(reason);
    }
    return folder;
  }
}
