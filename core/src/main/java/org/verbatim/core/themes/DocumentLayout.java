package org.verbatim.core.themes;

import java.util.List;
import java.util.Optional;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.Turn;

/**
 * A document with its places indexed for lookups by offset: speaker turns, sentences and paragraphs
 * (non-blank lines) found by binary search over their starts instead of by scanning the text or the
 * turns from the beginning. Turns and sentences are sorted and do not overlap, as import stores
 * them.
 */
public final class DocumentLayout {
  private final Document document;
  private final List<Span> turns;
  private final List<Span> sentences;

  /** Offsets of the line breaks that end a non-blank line, ascending. */
  private final int[] paragraphEnds;

  public DocumentLayout(Document document) {
    this.document = document;
    this.turns = document.turns().stream().map(Turn::span).toList();
    this.sentences = document.sentences().stream().map(Sentence::span).toList();
    this.paragraphEnds = paragraphEnds(document.text());
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  /** The covered text of {@code span}, clipped to the text. */
  public String excerpt(Span span) {
    return clip(span).of(document.text());
  }

  /** {@code span} clipped to the text's length. */
  public Span clip(Span span) {
    int length = document.text().length();
    return new Span(Math.min(span.start(), length), Math.min(span.end(), length));
  }

  /**
   * The turn a span lies in: the turn holding its start, else the first turn it overlaps; empty if
   * it touches none.
   */
  public Optional<Turn> turn(Span span) {
    int i = last(turns, span.start());
    if (i >= 0 && turns.get(i).contains(span.start())) {
      return Optional.of(document.turns().get(i));
    }
    if (i + 1 < turns.size() && turns.get(i + 1).overlaps(span)) {
      return Optional.of(document.turns().get(i + 1));
    }
    return Optional.empty();
  }

  /**
   * The 1-based number of the paragraph (non-blank line) holding {@code offset}: one more than the
   * non-blank lines ended before it (an offset on a blank line counts with the paragraph below).
   */
  public int paragraph(int offset) {
    int lo = 0;
    int hi = paragraphEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphEnds[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo + 1;
  }

  /** The indices of the units (sentences or turns) that {@code span} overlaps, as [from, to). */
  public int[] overlapping(Proximity how, Span span) {
    List<Span> units = units(how);
    int from = last(units, span.start());
    if (from < 0 || units.get(from).end() <= span.start()) {
      from++;
    }
    int to = from;
    while (to < units.size() && units.get(to).start() < span.end()) {
      to++;
    }
    // an empty unit at the span's start overlaps nothing; keep only true overlaps at the edges
    while (from < to && !units.get(from).overlaps(span)) {
      from++;
    }
    return new int[] {from, Math.max(from, to)};
  }

  /** The sentences or turns as spans; none for {@link Proximity#OVERLAP}. */
  public List<Span> units(Proximity how) {
    return switch (how) {
      case SENTENCE -> sentences;
      case TURN -> turns;
      case OVERLAP -> List.of();
    };
  }

  /** The index of the last span starting at or before {@code offset}, or -1. */
  private static int last(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static int[] paragraphEnds(String text) {
    int[] out = new int[16];
    int n = 0;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        if (!blank) {
          if (n == out.length) {
            out = java.util.Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
        blank = true;
      } else if (!Character.isWhitespace(ch)) {
        blank = false;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
