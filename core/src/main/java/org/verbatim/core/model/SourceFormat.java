package org.verbatim.core.model;

import java.util.Locale;
import java.util.Optional;

/** The file format a document was imported from. */
public enum SourceFormat {
  TXT("txt"),
  DOCX("docx"),
  VTT("vtt"),
  SRT("srt"),
  ODT("odt"),
  PDF("pdf"),
  RTF("rtf"),
  QDPX("qdpx");

  private final String extension;

  SourceFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, if any. */
  public static Optional<SourceFormat> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (SourceFormat f : values()) {
      if (f.extension.equals(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
