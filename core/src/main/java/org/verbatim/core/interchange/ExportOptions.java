package org.verbatim.core.interchange;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to write an export.
 *
 * @param schema the XSD to validate against before anything is written (an invalid result is an
 *     error, never a file)
 * @param overwrite whether an existing file may be replaced
 * @param actor who exports (recorded when the project's GUID is first made)
 */
public record ExportOptions(Optional<Path> schema, boolean overwrite, String actor) {
  public static ExportOptions defaults(String actor) {
    return new ExportOptions(Optional.empty(), false, actor);
  }
}
