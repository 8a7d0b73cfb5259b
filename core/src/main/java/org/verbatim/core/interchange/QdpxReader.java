package org.verbatim.core.interchange;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads a {@code .qdpx} package: the one {@code *.qde} at its top (any name, any case) and the
 * files its sources name in {@code sources/} (any case), through {@link SafeZip}.
 */
final class QdpxReader {
  private final SafeZip.Limits limits;

  QdpxReader(SafeZip.Limits limits) {
    this.limits = limits;
  }

  /**
   * @throws InvalidInputException naming the file, entry or element at fault
   */
  RefiProject read(Path file) {
    try (SafeZip zip = SafeZip.open(file, limits)) {
      String qde = projectEntry(zip);
      String folder = qde.contains("/") ? qde.substring(0, qde.lastIndexOf('/') + 1) : "";
      String label = file.getFileName() + "!" + qde;
      XmlElement root = SecureXml.parse(new ByteArrayInputStream(zip.read(qde)), label);
      ProjectXmlReader.PackageFiles files =
          path -> {
            if (SafeZip.escapes(path)) {
              throw new InvalidInputException(
                  label + ": source path '" + path + "' points outside the package; refusing it");
            }
            Optional<String> entry =
                zip.find(folder + "sources/" + path).or(() -> zip.find(folder + path));
            return entry.map(zip::read);
          };
      RefiProject refi = new ProjectXmlReader(label, files).read(root);
      Optional<String> turns = zip.find(folder + CarriedTurns.ENTRY);
      if (turns.isEmpty()) {
        return refi;
      }
      Map<String, Integer> skipped = new TreeMap<>(refi.skipped());
      return refi.withTurns(
          CarriedTurns.read(zip.read(turns.get()), refi.texts(), skipped), skipped);
    }
  }

  private static String projectEntry(SafeZip zip) {
    List<String> top =
        zip.names().stream()
            .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".qde") && !n.contains("/"))
            .toList();
    if (top.isEmpty()) {
      // some tools wrap everything in one folder
      top =
          zip.names().stream()
              .filter(
                  n ->
                      n.toLowerCase(Locale.ROOT).endsWith(".qde")
                          && n.indexOf('/') == n.lastIndexOf('/'))
              .toList();
    }
    if (top.size() != 1) {
      throw new InvalidInputException(
          zip.file()
              + (top.isEmpty()
                  ? ": no project .qde file in the package (not a REFI-QDA project?)"
                  : ": several project .qde files in the package: " + String.join(", ", top)));
    }
    return top.get(0);
  }
}
