package org.verbatim.core.nlp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Tokens as one compact blob: a table of the distinct strings, then per token the start as a delta,
 * the length and four string numbers, all as variable-length integers, deflated. A 10,000-word
 * transcript takes some 30 KB; decoding costs far less than annotating.
 */
final class TokenCodec {
  private static final int FORMAT = 1;

  private TokenCodec() {}

  static byte[] encode(List<Token> tokens) {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> strings = new ArrayList<>();
    Bytes body = new Bytes();
    body.varint(tokens.size());
    int previous = 0;
    for (Token t : tokens) {
      body.varint(t.start() - previous);
      body.varint(t.end() - t.start());
      previous = t.start();
      for (String s : new String[] {t.word(), t.lemma(), t.pos(), t.ner()}) {
        Integer n = numbers.get(s);
        if (n == null) {
          n = strings.size();
          numbers.put(s, n);
          strings.add(s);
        }
        body.varint(n);
      }
    }
    Bytes all = new Bytes();
    all.varint(FORMAT);
    all.varint(strings.size());
    for (String s : strings) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      all.varint(utf8.length);
      all.write(utf8, 0, utf8.length);
    }
    all.write(body.buffer(), 0, body.size());
    return deflate(all.toByteArray());
  }

  /**
   * @throws IllegalArgumentException if {@code blob} was not made by {@link #encode}
   */
  static List<Token> decode(byte[] blob) {
    Reader in = new Reader(inflate(blob));
    if (in.varint() != FORMAT) {
      throw new IllegalArgumentException("unknown token blob format");
    }
    String[] strings = new String[in.varint()];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.utf8(in.varint());
    }
    int n = in.varint();
    List<Token> out = new ArrayList<>(n);
    int start = 0;
    for (int i = 0; i < n; i++) {
      start += in.varint();
      int end = start + in.varint();
      out.add(
          new Token(
              start,
              end,
              strings[in.varint()],
              strings[in.varint()],
              strings[in.varint()],
              strings[in.varint()]));
    }
    return out;
  }

  private static byte[] deflate(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 16);
      byte[] buf = new byte[8192];
      while (!deflater.finished()) {
        out.write(buf, 0, deflater.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] blob) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(blob);
      ByteArrayOutputStream out = new ByteArrayOutputStream(blob.length * 4);
      byte[] buf = new byte[16384];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("truncated token blob");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("corrupt token blob: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** A byte buffer that writes unsigned LEB128 integers. */
  private static final class Bytes extends ByteArrayOutputStream {
    void varint(int value) {
      int v = value;
      while ((v & ~0x7F) != 0) {
        write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      write(v);
    }

    byte[] buffer() {
      return buf;
    }
  }

  private static final class Reader {
    private final byte[] data;
    private int at;

    Reader(byte[] data) {
      this.data = data;
    }

    int varint() {
      int value = 0;
      int shift = 0;
      while (true) {
        if (at >= data.length) {
          throw new IllegalArgumentException("truncated token blob");
        }
        byte b = data[at++];
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
        shift += 7;
      }
    }

    String utf8(int length) {
      if (length < 0 || at + length > data.length) {
        throw new IllegalArgumentException("truncated token blob");
      }
      String s = new String(data, at, length, StandardCharsets.UTF_8);
      at += length;
      return s;
    }
  }
}
