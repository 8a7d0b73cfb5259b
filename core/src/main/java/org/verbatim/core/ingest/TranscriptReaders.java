package org.verbatim.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.verbatim.core.model.InvalidInputException;

/** Chooses the transcript reader for a file by its extension. */
public final class TranscriptReaders {
  /**
   * Extensions read, in the order messages list them; {@code .md} and {@code .text} read as TXT.
   */
  public static final List<String> SUPPORTED_EXTENSIONS =
      List.of("txt", "text", "md", "docx", "odt", "pdf", "rtf", "vtt", "srt");

  private TranscriptReaders() {}

  /**
   * The reader for {@code file}'s extension (case ignored).
   *
   * @throws InvalidInputException naming the file and the supported extensions when there is none
   */
  public static TranscriptReader forFile(Path file) {
    String name = SourceFiles.label(file);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "txt", "text", "md" -> new TextTranscriptReader();
      case "docx" -> new DocxTranscriptReader();
      case "odt" -> new OdtTranscriptReader();
      case "pdf" -> new PdfTranscriptReader();
      case "rtf" -> new RtfTranscriptReader();
      case "vtt" -> new WebVttTranscriptReader();
      case "srt" -> new SrtTranscriptReader();
      default ->
          throw new InvalidInputException(
              name
                  + ": cannot import "
                  + (extension.isEmpty() ? "a file without extension" : "." + extension + " files")
                  + "; supported: ."
                  + String.join(", .", SUPPORTED_EXTENSIONS));
    };
  }
}
