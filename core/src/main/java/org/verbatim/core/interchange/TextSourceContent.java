package org.verbatim.core.interchange;

import java.util.Locale;
import java.util.Optional;
import org.verbatim.core.model.InvalidInputException;

/**
 * The plain text of a text source or note: its {@code PlainTextContent}, or the package file its
 * {@code plainTextPath} names (with or without {@code internal://}); BOM removed.
 */
final class TextSourceContent {
  private TextSourceContent() {}

  /**
   * @throws InvalidInputException naming the source when the file is missing, external or not text
   */
  static String read(
      XmlElement source, String what, String label, ProjectXmlReader.PackageFiles files) {
    Optional<XmlElement> inline = source.first("PlainTextContent");
    String path = source.attributeOrEmpty("plainTextPath").strip();
    if (path.isEmpty()) {
      if (inline.isPresent()) {
        return inline.get().text();
      }
      throw new InvalidInputException(
          label
              + " line "
              + source.line()
              + ": "
              + what
              + " has neither plainTextPath nor PlainTextContent");
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("relative://") || lower.startsWith("absolute://")) {
      throw new InvalidInputException(
          label
              + ": "
              + what
              + " refers to the file '"
              + path
              + "' outside the package; only internal files can be imported");
    }
    String name = lower.startsWith("internal://") ? path.substring("internal://".length()) : path;
    byte[] bytes =
        files
            .read(name)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        label
                            + ": "
                            + what
                            + " refers to '"
                            + path
                            + "', which is not in the package"));
    return SourceTextDecoder.decode(bytes, label + ": " + what + " ('" + path + "')");
  }
}
