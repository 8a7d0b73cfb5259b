package org.verbatim.core.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/**
 * The plain text of an RTF document, from a small tokenizer for the subset Word, WordPad and
 * transcription services write: paragraphs ({@code \par}), line breaks ({@code \line}), tabs and
 * table cells, Unicode escapes ({@code &#92;uN} with {@code &#92;ucN} fallback characters skipped),
 * code page bytes ({@code \'hh} in the {@code \ansicpg} code page, multi-byte ones too) and the
 * common typographic symbols. Groups that hold no body text (font, colour and style tables,
 * document info, pictures, headers and footers, footnotes, field instructions and every {@code \*}
 * destination) are skipped. The JDK RTFEditorKit is avoided: it drops Unicode escapes.
 */
final class RtfText {
  private static final Set<String> SKIPPED =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "pict",
          "object",
          "header",
          "headerl",
          "headerr",
          "headerf",
          "footer",
          "footerl",
          "footerr",
          "footerf",
          "footnote",
          "annotation",
          "fldinst",
          "xmlnstbl",
          "listtable",
          "listoverridetable",
          "rsidtbl",
          "generator",
          "themedata",
          "colorschememapping",
          "datastore",
          "latentstyles",
          "pgdsctbl",
          "revtbl",
          "filetbl",
          "bkmkstart",
          "bkmkend",
          "atnid",
          "atnauthor",
          "private",
          "nonshppict",
          "shp",
          "mmathPr",
          "userprops",
          "docvar",
          "template");

  private final String name;
  private final byte[] in;
  private final StringBuilder out = new StringBuilder();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private Charset charset = Charset.forName("windows-1252");
  private int pos;

  /** The state a group restores when it closes. */
  private record State(boolean skip, int uc) {}

  private final Deque<State> stack = new ArrayDeque<>();
  private State state = new State(false, 1);
  private int fallbackToSkip;

  private RtfText(String name, byte[] in) {
    this.name = name;
    this.in = in;
  }

  /**
   * The text of {@code rtf}.
   *
   * @throws InvalidInputException naming {@code fileLabel} when it is no RTF or its groups do not
   *     balance (a truncated file)
   */
  static String of(String fileLabel, byte[] rtf) {
    return new RtfText(fileLabel, rtf).parse();
  }

  private String parse() {
    int start = 0;
    while (start < in.length && Character.isWhitespace(in[start])) {
      start++;
    }
    if (!new String(in, start, Math.min(5, in.length - start), StandardCharsets.ISO_8859_1)
        .equals("{\\rtf")) {
      throw new InvalidInputException(name + ": is not an RTF document (no {\\rtf header)");
    }
    pos = start;
    int depth = 0;
    while (pos < in.length) {
      int c = in[pos] & 0xFF;
      if (c == '{') {
        flush();
        stack.push(state);
        depth++;
        pos++;
      } else if (c == '}') {
        flush();
        if (stack.isEmpty()) {
          throw damaged("a '}' closes nothing at byte " + pos);
        }
        state = stack.pop();
        depth--;
        pos++;
        if (depth == 0) {
          break;
        }
      } else if (c == '\\') {
        control();
      } else if (c == '\r' || c == '\n') {
        pos++;
      } else {
        pos++;
        if (skipFallback()) {
          continue;
        }
        if (!state.skip()) {
          if (c < 0x80) {
            flush();
            out.append((char) c);
          } else {
            pending.write(c);
          }
        }
      }
    }
    flush();
    if (depth != 0) {
      throw damaged("it ends inside " + depth + (depth == 1 ? " open group" : " open groups"));
    }
    return out.toString();
  }

  private InvalidInputException damaged(String why) {
    return new InvalidInputException(name + ": is a damaged RTF document (" + why + ")");
  }

  /** A fallback character after {@code &#92;uN} is consumed here. */
  private boolean skipFallback() {
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      return true;
    }
    return false;
  }

  private void control() {
    pos++; // the backslash
    if (pos >= in.length) {
      return;
    }
    int c = in[pos] & 0xFF;
    if (!isLetter(c)) {
      pos++;
      symbol(c);
      return;
    }
    int wordStart = pos;
    while (pos < in.length && isLetter(in[pos] & 0xFF)) {
      pos++;
    }
    String word = new String(in, wordStart, pos - wordStart, StandardCharsets.ISO_8859_1);
    Integer param = null;
    int paramStart = pos;
    if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos]))) {
      pos++;
      while (pos < in.length && Character.isDigit(in[pos])) {
        pos++;
      }
      try {
        param =
            Integer.parseInt(
                new String(in, paramStart, pos - paramStart, StandardCharsets.ISO_8859_1));
      } catch (NumberFormatException e) {
        param = 0;
      }
    }
    if (pos < in.length && in[pos] == ' ') {
      pos++; // the delimiter belongs to the control word
    }
    word(word, param);
  }

  private void symbol(int c) {
    switch (c) {
      case '\'' -> {
        if (pos + 2 <= in.length) {
          int value = hex(in[pos]) * 16 + hex(in[pos + 1]);
          pos += 2;
          if (value >= 0 && !skipFallback() && !state.skip()) {
            pending.write(value);
          }
        }
      }
      case '*' -> state = new State(true, state.uc());
      case '~' -> text("\u00A0");
      case '_' -> text("-");
      case '-' -> {} // optional hyphen
      case '{', '}', '\\' -> text(String.valueOf((char) c));
      case '\r', '\n' -> text("\n"); // "\<newline>" is \par
      case '\t' -> text("\t");
      default -> {}
    }
  }

  private void word(String word, Integer param) {
    if (SKIPPED.contains(word)) {
      state = new State(true, state.uc());
      return;
    }
    switch (word) {
      case "par", "sect", "page", "row" -> text("\n");
      case "line" -> text("\n");
      case "tab", "cell" -> text("\t");
      case "emdash" -> text("—");
      case "endash" -> text("–");
      case "lquote" -> text("‘");
      case "rquote" -> text("’");
      case "ldblquote" -> text("“");
      case "rdblquote" -> text("”");
      case "bullet" -> text("•");
      case "emspace", "enspace", "qmspace" -> text(" ");
      case "uc" -> state = new State(state.skip(), param == null ? 1 : Math.max(0, param));
      case "u" -> {
        if (param != null) {
          int code = param < 0 ? param + 65536 : param;
          if (!state.skip()) {
            flush();
            out.append((char) code);
          }
          fallbackToSkip = state.uc();
        }
      }
      case "ansicpg" -> charset = codePage(param);
      case "pc" -> charset = codePage(437);
      case "pca" -> charset = codePage(850);
      case "mac" -> charset = Charset.forName("x-MacRoman");
      case "bin" -> pos = Math.min(in.length, pos + (param == null ? 0 : Math.max(0, param)));
      default -> {}
    }
  }

  private void text(String s) {
    if (skipFallback() || state.skip()) {
      return;
    }
    flush();
    out.append(s);
  }

  /** Decodes the code-page bytes gathered so far (a multi-byte character may span several). */
  private void flush() {
    if (pending.size() > 0) {
      out.append(new String(pending.toByteArray(), charset));
      pending.reset();
    }
  }

  private static Charset codePage(Integer page) {
    if (page == null) {
      return Charset.forName("windows-1252");
    }
    for (String candidate : new String[] {"windows-" + page, "cp" + page, "x-windows-" + page}) {
      try {
        return Charset.forName(candidate);
      } catch (IllegalArgumentException e) {
        // try the next spelling
      }
    }
    return Charset.forName("windows-1252");
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int hex(byte b) {
    return Character.digit((char) (b & 0xFF), 16);
  }
}
