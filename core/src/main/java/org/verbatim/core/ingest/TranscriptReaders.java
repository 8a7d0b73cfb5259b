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
   * The largest file of this name's extension that its reader accepts, in bytes (so that an upload
   * is refused before it is all received); an unsupported extension gets the text limit.
   */
  public static long maxBytes(String fileName) {
    return switch (extension(fileName)) {
      case "docx", "odt" -> SafeZip.MAX_FILE_BYTES;
      case "pdf" -> PdfTranscriptReader.MAX_FILE_BYTES;
      default -> SourceFiles.MAX_TEXT_BYTES;
    };
  }

  /** The largest participants table accepted: an XLSX as a DOCX, a CSV as a text file. */
  public static long maxTableBytes(String fileName) {
    return extension(fileName).equals("xlsx") ? SafeZip.MAX_FILE_BYTES : SourceFiles.MAX_TEXT_BYTES;
  }

  /**
   * The refusal of a file of {@code size} bytes over {@code maxBytes}, in the words a reader uses.
   */
  public static InvalidInputException tooLarge(String fileName, long size, long maxBytes) {
    return SourceFiles.tooLarge(fileName, size, maxBytes);
  }

  /** The extension of {@code fileName}, lower-cased, without the dot; "" when it has none. */
  public static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The reader for {@code file}'s extension (case ignored).
   *
   * @throws InvalidInputException naming the file and the supported extensions when there is none
   */
  public static TranscriptReader forFile(Path file) {
    String name = SourceFiles.label(file);
    String extension = extension(name);
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
