package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Turn;
import org.verbatim.core.nlp.LanguageDetector;

/** Completes what a reader found with the document name and language the options ask for. */
final class Contents {
  private static final LanguageDetector DETECTOR = new LanguageDetector();

  private Contents() {}

  static DocumentContent of(
      Path file, ImportOptions options, SourceFormat format, String text, List<Turn> turns) {
    String name = options.name().orElseGet(() -> SourceFiles.baseName(file));
    Language language = options.language().orElseGet(() -> DETECTOR.detect(text));
    return new DocumentContent(name, language, format, text, turns, List.of());
  }
}
