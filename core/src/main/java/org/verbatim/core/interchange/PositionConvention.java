package org.verbatim.core.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.verbatim.core.model.Span;

/**
 * How a file counts text positions. The standard says Unicode code points; NVivo counts UTF-16 code
 * units; ATLAS.ti is reported to count a CRLF line end as one position. Which one a source uses is
 * detected from its selections ({@link #detect}).
 */
enum PositionConvention {
  CODE_POINTS("Unicode code points", false, false),
  UTF16_UNITS("UTF-16 code units", true, false),
  CODE_POINTS_CRLF_AS_ONE("Unicode code points, CRLF counted once", false, true),
  UTF16_UNITS_CRLF_AS_ONE("UTF-16 code units, CRLF counted once", true, true);

  /** A selection as the file gives it; {@code name} may hold the quoted text. */
  record Selection(String guid, long start, long end, String name) {}

  private final String description;
  private final boolean units;
  private final boolean crlfAsOne;

  PositionConvention(String description, boolean units, boolean crlfAsOne) {
    this.description = description;
    this.units = units;
    this.crlfAsOne = crlfAsOne;
  }

  String description() {
    return description;
  }

  /** Converts positions of this convention into UTF-16 offsets of one raw text. */
  final class Resolver {
    private final String raw;
    private final CodePointOffsets offsets;
    // for CRLF counted once: UTF-16 offset in raw of each offset of the text with LF line ends
    private final int[] lfToRaw;

    private Resolver(String raw) {
      this.raw = raw;
      if (crlfAsOne) {
        StringBuilder lf = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        for (int i = 0; i < raw.length(); i++) {
          map[lf.length()] = i;
          if (raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
          lf.append(raw.charAt(i));
        }
        map[lf.length()] = raw.length();
        this.lfToRaw = java.util.Arrays.copyOf(map, lf.length() + 1);
        this.offsets = CodePointOffsets.of(lf.toString());
      } else {
        this.lfToRaw = null;
        this.offsets = CodePointOffsets.of(raw);
      }
    }

    /** The UTF-16 range of raw text the selection covers, or empty if it lies outside. */
    Optional<Span> span(long start, long end) {
      int limit = units ? offsets.unitLength() : offsets.codePointLength();
      if (start < 0 || end < start || end > limit) {
        return Optional.empty();
      }
      int s = units ? (int) start : offsets.toUnit((int) start);
      int e = units ? (int) end : offsets.toUnit((int) end);
      if (lfToRaw != null) {
        s = lfToRaw[s];
        e = lfToRaw[e];
      }
      return Optional.of(new Span(s, e));
    }

    String raw() {
      return raw;
    }
  }

  Resolver resolver(String raw) {
    return new Resolver(raw);
  }

  /**
   * The convention that fits every selection of a source and agrees with most of the quotes some
   * tools write into selection names; on a tie, the producing tool's habit (UTF-16 units for NVivo,
   * code points otherwise) and then a CRLF counted as two positions win.
   *
   * @return empty when no convention puts every selection inside the text
   */
  static Optional<PositionConvention> detect(
      String raw, List<Selection> selections, String origin) {
    boolean nvivo = origin.toLowerCase(Locale.ROOT).contains("nvivo");
    List<PositionConvention> order =
        nvivo
            ? List.of(UTF16_UNITS, CODE_POINTS, UTF16_UNITS_CRLF_AS_ONE, CODE_POINTS_CRLF_AS_ONE)
            : List.of(CODE_POINTS, UTF16_UNITS, CODE_POINTS_CRLF_AS_ONE, UTF16_UNITS_CRLF_AS_ONE);
    boolean crlf = raw.contains("\r\n");
    if (!crlf && raw.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
      // every convention reads this text alike: only the bounds need checking
      Resolver r = order.get(0).resolver(raw);
      boolean fits = selections.stream().allMatch(s -> r.span(s.start(), s.end()).isPresent());
      return fits ? Optional.of(order.get(0)) : Optional.empty();
    }
    PositionConvention best = null;
    int bestMatches = -1;
    for (PositionConvention c : order) {
      if (c.crlfAsOne && !crlf) {
        continue;
      }
      Resolver r = c.resolver(raw);
      int matches = 0;
      boolean fits = true;
      for (Selection s : selections) {
        Optional<Span> span = r.span(s.start(), s.end());
        if (span.isEmpty()) {
          fits = false;
          break;
        }
        if (!s.name().isBlank() && quoteMatches(span.get().of(raw), s.name())) {
          matches++;
        }
      }
      if (fits && matches > bestMatches) {
        best = c;
        bestMatches = matches;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean quoteMatches(String covered, String name) {
    return covered.strip().equals(name.strip())
        || covered.replace("\r\n", "\n").strip().equals(name.replace("\r\n", "\n").strip());
  }
}
