package org.verbatim.core.imports;

import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.core.ingest.TranscriptReaders;

/** What a file brings into a project, by its extension (case ignored). */
public enum ImportKind {
  /** A transcript (.txt, .md, .docx, .odt, .pdf, .rtf, .vtt, .srt): one document. */
  TRANSCRIPT,
  /** A REFI-QDA project (.qdpx): a whole project, into an empty one. */
  REFI_PROJECT,
  /** A REFI-QDA codebook (.qdc): codes merged into the codebook. */
  REFI_CODEBOOK;

  /**
   * The kind of {@code fileName}; any extension that is not REFI-QDA is a transcript, whose reader
   * names the supported extensions when it has none for it.
   */
  public static ImportKind of(String fileName) {
    return switch (TranscriptReaders.extension(fileName)) {
      case "qdpx" -> REFI_PROJECT;
      case "qdc" -> REFI_CODEBOOK;
      default -> TRANSCRIPT;
    };
  }

  public static ImportKind of(Path file) {
    return of(Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(""));
  }

  /** Whether files of this kind import one at a time (REFI-QDA files do). */
  public boolean alone() {
    return this != TRANSCRIPT;
  }
}
