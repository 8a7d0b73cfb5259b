package org.verbatim.core.interchange;

import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.core.export.TextFilter;

/**
 * How to write an export.
 *
 * @param schema the XSD to validate against before anything is written (an invalid result is an
 *     error, never a file)
 * @param overwrite whether an existing file may be replaced
 * @param actor who exports (recorded when the project's GUID is first made)
 * @param text what names, memos and document texts pass through (the de-identification map for a
 *     de-identified package; positions of codings follow the replaced text)
 */
public record ExportOptions(
    Optional<Path> schema, boolean overwrite, String actor, TextFilter text) {
  /** Options that export the text as stored. */
  public ExportOptions(Optional<Path> schema, boolean overwrite, String actor) {
    this(schema, overwrite, actor, TextFilter.NONE);
  }

  public static ExportOptions defaults(String actor) {
    return new ExportOptions(Optional.empty(), false, actor);
  }

  /** These options with names, memos and texts passed through {@code filter}. */
  public ExportOptions withText(TextFilter filter) {
    return new ExportOptions(schema, overwrite, actor, filter);
  }
}
