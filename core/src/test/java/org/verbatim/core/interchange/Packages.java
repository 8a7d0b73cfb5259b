package org.verbatim.core.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small .qdpx packages for tests, entry by entry, in the order given. */
final class Packages {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  Packages text(String name, String content) {
    entries.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Packages bytes(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A minimal valid project.qde around {@code sources} (TextSource elements) and codes. */
  static String project(String origin, String codes, String sources) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" origin=\""
        + origin
        + "\"><Users><User guid=\"11111111-1111-1111-1111-111111111111\" name=\"ana\"/></Users>"
        + "<CodeBook><Codes>"
        + codes
        + "</Codes></CodeBook><Sources>"
        + sources
        + "</Sources></Project>";
  }

  static final String ONE_CODE =
      "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"c\" isCodable=\"true\"/>";
}
