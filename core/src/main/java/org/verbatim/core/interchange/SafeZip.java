package org.verbatim.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads an untrusted zip without extracting it: every entry name is checked up front (no absolute
 * paths, no {@code ..}, no drive letters or backslashes, no duplicates), and an entry is read only
 * up to a size limit, counting the bytes actually inflated (declared sizes can lie), with a cap on
 * the inflation ratio of large entries and on the total read (zip bombs).
 */
final class SafeZip implements AutoCloseable {
  /** Limits: per entry, in total, entries, and the inflation ratio above {@code ratioFloor}. */
  record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio) {
    static Limits standard() {
      // an internal file may be 2^31-1 bytes by the standard; a Java string holds less text
      return new Limits(1L << 30, 4L << 30, 100_000, 200);
    }
  }

  private static final long RATIO_FLOOR = 1 << 20;

  private final Path file;
  private final ZipFile zip;
  private final Limits limits;
  private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
  private long readTotal;

  private SafeZip(Path file, ZipFile zip, Limits limits) {
    this.file = file;
    this.zip = zip;
    this.limits = limits;
  }

  /**
   * Opens and checks {@code file}.
   *
   * @throws InvalidInputException naming the file, or the entry at fault
   */
  static SafeZip open(Path file, Limits limits) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new InvalidInputException(file + ": not a zip archive (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    SafeZip safe = new SafeZip(file, zip, limits);
    try {
      safe.checkEntries();
    } catch (RuntimeException e) {
      safe.close();
      throw e;
    }
    return safe;
  }

  private void checkEntries() {
    Enumeration<? extends ZipEntry> all = zip.entries();
    int count = 0;
    while (all.hasMoreElements()) {
      ZipEntry e = all.nextElement();
      if (++count > limits.maxEntries()) {
        throw new InvalidInputException(
            file + ": more than " + limits.maxEntries() + " entries; refusing to read it");
      }
      String name = e.getName();
      if (escapes(name)) {
        throw new InvalidInputException(
            file + ": entry '" + name + "' points outside the archive's folder; refusing it");
      }
      if (e.getSize() > limits.maxEntryBytes()) {
        throw new InvalidInputException(
            file
                + ": entry '"
                + name
                + "' is "
                + e.getSize()
                + " bytes, over the limit of "
                + limits.maxEntryBytes());
      }
      if (entries.put(name, e) != null) {
        throw new InvalidInputException(file + ": entry '" + name + "' appears twice");
      }
    }
  }

  static boolean escapes(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0
        || (name.length() > 1 && name.charAt(1) == ':')) {
      return true;
    }
    for (String part : name.split("/", -1)) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** Names of the file entries (folders left out), in archive order. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    entries.forEach(
        (n, e) -> {
          if (!e.isDirectory()) {
            out.add(n);
          }
        });
    return Collections.unmodifiableList(out);
  }

  /** The entry whose name equals {@code name} ignoring case (folder case differs between tools). */
  Optional<String> find(String name) {
    if (entries.containsKey(name)) {
      return Optional.of(name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return entries.keySet().stream()
        .filter(n -> n.toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }

  /**
   * Reads an entry completely, within the limits.
   *
   * @throws InvalidInputException naming the entry when it is missing, too large or inflates
   *     suspiciously
   */
  byte[] read(String name) {
    ZipEntry e = entries.get(name);
    if (e == null) {
      throw new InvalidInputException(file + ": no entry '" + name + "'");
    }
    try (InputStream in = zip.getInputStream(e)) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
        total += r;
        readTotal += r;
        if (total > limits.maxEntryBytes()) {
          throw new InvalidInputException(
              file + ": entry '" + name + "' inflates beyond " + limits.maxEntryBytes() + " bytes");
        }
        if (readTotal > limits.maxTotalBytes()) {
          throw new InvalidInputException(
              file + ": entries inflate beyond " + limits.maxTotalBytes() + " bytes in total");
        }
        long compressed = Math.max(1, e.getCompressedSize());
        if (total > RATIO_FLOOR && total / compressed > limits.maxRatio()) {
          throw new InvalidInputException(
              file
                  + ": entry '"
                  + name
                  + "' inflates more than "
                  + limits.maxRatio()
                  + " times (a zip bomb?); refusing it");
        }
        out.write(buffer, 0, r);
      }
      return out.toByteArray();
    } catch (IOException ex) {
      throw new InvalidInputException(
          file + ": entry '" + name + "' cannot be read (" + ex.getMessage() + ")", ex);
    }
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException ignored) {
      // read-only; nothing to lose
    }
  }
}
