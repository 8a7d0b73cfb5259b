package org.verbatim.core.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Test files under {@code src/test/resources/ingest/}. */
final class Resources {
  private Resources() {}

  static Path ingest(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Resources.class.getResource("/ingest/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
