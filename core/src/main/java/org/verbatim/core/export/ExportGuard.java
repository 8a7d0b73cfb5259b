package org.verbatim.core.export;

import java.util.Map;
import java.util.stream.Collectors;
import org.verbatim.core.model.ConflictException;

/**
 * The check a de-identified export passes before it is written: the file's text, read back as a
 * reader sees it ({@link ExportText}), must contain no accepted form.
 */
public final class ExportGuard {
  private ExportGuard() {}

  /**
   * The accepted forms that the export {@code bytes} (a file ending in {@code extension}) still
   * contains, each with how often.
   */
  public static Map<String, Integer> survivors(byte[] bytes, String extension, TextFilter filter) {
    return filter.survivors(ExportText.of(bytes, extension));
  }

  /**
   * Refuses an export that still contains an accepted form.
   *
   * @throws ConflictException naming each surviving form and how often it occurs
   */
  public static void check(byte[] bytes, String extension, TextFilter filter, String what) {
    Map<String, Integer> left = survivors(bytes, extension, filter);
    if (!left.isEmpty()) {
      throw new ConflictException(
          what
              + " still contains accepted form"
              + (left.size() == 1 ? " " : "s ")
              + left.entrySet().stream()
                  .map(e -> "'" + e.getKey() + "' (" + e.getValue() + "x)")
                  .collect(Collectors.joining(", "))
              + "; not written");
    }
  }
}
