package org.verbatim.server.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.verbatim.core.project.Folders;

/** The demo study shipped in the corpora module, as a folder on disk the study loader can read. */
final class DemoStudy {
  private static final String ROOT = "/corpora/demo";

  private DemoStudy() {}

  /**
   * Copies the demo study from the classpath (a folder or the runnable jar) into {@code target}.
   */
  static Path extractTo(Path target) {
    URL marker = DemoStudy.class.getResource(ROOT + "/participants.csv");
    if (marker == null) {
      throw new IllegalStateException(
          "the demo study is missing from the classpath (" + ROOT + ")");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          Folders.copyTree(jar.getPath(ROOT), target);
        }
      } else {
        Folders.copyTree(Path.of(uri).getParent(), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract the demo study", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
