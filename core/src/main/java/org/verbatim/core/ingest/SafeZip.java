package org.verbatim.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.verbatim.core.model.InvalidInputException;

/**
 * The zip-bomb and XML protections every zipped office format (DOCX, ODT) is read with: limits on
 * entry count, expansion ratio and expanded size (POI's {@link ZipSecureFile}, whose static limits
 * are set here once for the whole JVM), XML parsers without DTDs or external entities (POI's {@link
 * XMLHelper}), and the messages a refused file gets.
 */
final class SafeZip {
  /** Largest zipped document accepted, in bytes. */
  static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  /** Smallest compressed/expanded ratio of a zip entry: it may expand at most 100-fold. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * Largest expanded zip entry, in bytes. POI holds {@code word/document.xml} as a DOM several
   * times its size, so this bounds the memory a DOCX import needs (docs/reliability.md).
   */
  static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

  /** Most zip entries in one file. */
  static final long MAX_ENTRIES = 1000;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
  }

  private SafeZip() {}

  /** Makes sure the limits are set before POI opens a package. */
  static void init() {
    // the static initialiser does the work
  }

  /** An XML reader that refuses DTDs and never resolves external entities. */
  static XMLInputFactory xmlInputFactory() {
    return XMLHelper.newXMLInputFactory();
  }

  /**
   * Opens {@code file} as a zip whose entries are read within the limits.
   *
   * @throws IOException when it is no zip, or has more than {@link #MAX_ENTRIES} entries
   */
  static ZipSecureFile open(Path file) throws IOException {
    ZipSecureFile zip = new ZipSecureFile(file.toFile());
    long entries = 0;
    for (var e = zip.getEntries(); e.hasMoreElements(); e.nextElement()) {
      if (++entries > MAX_ENTRIES) {
        zip.close();
        throw new IOException("The file has more internal file entries than " + MAX_ENTRIES);
      }
    }
    return zip;
  }

  /** The stream of {@code name} in {@code zip}, checked against the limits as it is read. */
  static InputStream entry(ZipSecureFile zip, String name, String fileLabel, String what)
      throws IOException {
    ZipArchiveEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new InvalidInputException(
          fileLabel + ": is not a readable " + what + " (no " + name + ")");
    }
    return zip.getInputStream(entry);
  }

  /**
   * The refusal for a document that failed to open or parse: a zip bomb when a limit was hit,
   * otherwise "not a readable {@code what}" with the first line of the cause.
   *
   * @param corrupt how to describe a broken file, e.g. "is not a readable DOCX (truncated or
   *     corrupt zip)"
   */
  static InvalidInputException refusal(String fileLabel, Exception e, String corrupt) {
    if (e instanceof InvalidInputException refused) {
      return refused;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("more internal file entries")) {
        String limit = limit(message);
        return new InvalidInputException(
            limit.startsWith("a part expands beyond")
                ? fileLabel + ": is too large (" + limit + "); split it into several documents"
                : fileLabel + ": looks like a zip bomb (" + limit + ")",
            e);
      }
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InvalidInputException(fileLabel + ": " + corrupt + ": " + firstLine(detail), e);
  }

  /** Which of the limits the message says was hit. */
  private static String limit(String message) {
    if (message.contains("ratio")) {
      return "an entry expands more than " + Math.round(1 / MIN_INFLATE_RATIO) + "-fold";
    }
    if (message.contains("entries")) {
      return "more than " + MAX_ENTRIES + " zip entries";
    }
    return "a part expands beyond " + SourceFiles.megabytes(MAX_ENTRY_BYTES) + ", the limit";
  }

  static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
