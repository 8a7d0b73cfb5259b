package org.verbatim.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import org.verbatim.core.model.InvalidInputException;

/**
 * Reads imported files: size limits, byte order marks, strict decoding, binary and empty checks.
 * Every refusal names the file and, where there is one, the position.
 */
final class SourceFiles {
  /**
   * Largest text-like file (TXT, VTT, SRT, CSV) accepted, in bytes: some 1.3 million words, a
   * hundred long interviews in one file. Import reads a file whole; at this size one import needs
   * at most 512 MB of heap (docs/reliability.md), and larger files are refused before reading.
   */
  static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

  /**
   * Share of control characters in the first {@link #SAMPLE} units above which a file is binary.
   */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final int SAMPLE = 64 * 1024;

  private SourceFiles() {}

  /** A size for messages: "8 MB", "60.2 MB". */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb)
            ? String.valueOf((long) mb)
            : String.format(java.util.Locale.ROOT, "%.1f", mb))
        + " MB";
  }

  /** The name used in messages. */
  static String label(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** The file name without its extension. */
  static String baseName(Path file) {
    String name = label(file);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Reads the whole of {@code file}.
   *
   * @throws InvalidInputException if it is missing, a directory or larger than {@code maxBytes}
   * @throws UncheckedIOException on other read errors
   */
  static byte[] readBytes(Path file, long maxBytes) {
    checkReadable(file, maxBytes);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(label(file) + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Checks that {@code file} is a regular file of at most {@code maxBytes}.
   *
   * @throws InvalidInputException if it is missing, a directory or too large
   * @throws UncheckedIOException on other errors
   */
  static void checkReadable(Path file, long maxBytes) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(label(file) + ": is a directory, not a file");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(label(file), size, maxBytes);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(label(file) + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The refusal of a file of {@code size} bytes over {@code maxBytes}. */
  static InvalidInputException tooLarge(String label, long size, long maxBytes) {
    return new InvalidInputException(
        label
            + ": is too large ("
            + megabytes(size)
            + "; the limit is "
            + megabytes(maxBytes)
            + "); split it into several documents");
  }

  /**
   * Decodes a text file: UTF-8 (byte order mark optional) or UTF-16 LE/BE with a byte order mark.
   * The mark is dropped; nothing else changes.
   *
   * @throws InvalidInputException naming the file when it is empty or whitespace only, looks
   *     binary, or is not valid in its encoding (with byte offset and line)
   */
  static String decodeText(Path file, byte[] bytes) {
    String name = label(file);
    if (bytes.length == 0) {
      throw new InvalidInputException(name + ": is empty");
    }
    Charset charset = charsetOf(bytes);
    int skip =
        charset == StandardCharsets.UTF_8 ? (startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0) : 2;
    if (charset == StandardCharsets.UTF_8) {
      refuseBinary(name, "byte", bytes.length - skip, i -> bytes[skip + i] & 0xFF, skip);
    }
    String text = decode(name, charset, bytes, skip);
    if (charset != StandardCharsets.UTF_8) {
      refuseBinary(name, "character", text.length(), text::charAt, 0);
    }
    if (text.isBlank()) {
      throw new InvalidInputException(name + ": is empty (only whitespace)");
    }
    return text;
  }

  /** UTF-16 when a UTF-16 byte order mark says so, UTF-8 otherwise. */
  private static Charset charsetOf(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  private static String decode(String name, Charset charset, byte[] bytes, int skip) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      int line = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
        }
      }
      String encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
      throw new InvalidInputException(
          name
              + ": invalid "
              + encoding
              + " at byte "
              + offset
              + " (line "
              + line
              + "); save the file as UTF-8");
    }
    out.flip();
    return out.toString();
  }

  /** Refuses NUL units and a high share of other control characters (tab and line ends aside). */
  private static void refuseBinary(
      String name, String unit, int length, IntUnaryOperator at, int offsetBase) {
    int sample = Math.min(length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int c = at.applyAsInt(i);
      if (c == 0) {
        throw new InvalidInputException(
            name + ": appears to be binary (NUL " + unit + " at offset " + (offsetBase + i) + ")");
      }
      if (i < sample && isControl(c)) {
        controls++;
      }
    }
    if (sample > 0 && controls > MAX_CONTROL_SHARE * sample) {
      throw new InvalidInputException(
          name
              + ": appears to be binary ("
              + controls
              + " control characters in the first "
              + sample
              + " "
              + unit
              + "s)");
    }
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
