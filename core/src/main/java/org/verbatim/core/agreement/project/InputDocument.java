package org.verbatim.core.agreement.project;

import java.util.Arrays;
import org.verbatim.core.model.InvalidInputException;

/**
 * One compared document as the agreement computation sees it: its text length, its units (sorted,
 * non-overlapping, non-empty spans; none for the character continuum) and the selected coders'
 * codings of the selected codes as (coder, code, start, end) indexes, sorted by code, coder and
 * start. Offsets are UTF-16 indices, end exclusive.
 */
public final class InputDocument {
  private final String name;
  private final int length;
  private final int[] unitStarts;
  private final int[] unitEnds;
  private final int[] coders;
  private final int[] codes;
  private final int[] starts;
  private final int[] ends;
  private final int[] codeRuns;

  private InputDocument(Builder b, int codeCount) {
    this.name = b.name;
    this.length = b.length;
    this.unitStarts = Arrays.copyOf(b.unitStarts, b.units);
    this.unitEnds = Arrays.copyOf(b.unitEnds, b.units);
    int n = b.codings;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Integer.compare(b.code[x], b.code[y]);
          if (c == 0) {
            c = Integer.compare(b.coder[x], b.coder[y]);
          }
          if (c == 0) {
            c = Integer.compare(b.start[x], b.start[y]);
          }
          return c != 0 ? c : Integer.compare(b.end[x], b.end[y]);
        });
    coders = new int[n];
    codes = new int[n];
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      coders[i] = b.coder[order[i]];
      codes[i] = b.code[order[i]];
      starts[i] = b.start[order[i]];
      ends[i] = b.end[order[i]];
    }
    codeRuns = new int[codeCount + 1];
    for (int code : codes) {
      if (code >= codeCount) {
        throw new InvalidInputException(
            name + ": a coding refers to code " + code + " of " + codeCount);
      }
      codeRuns[code + 1]++;
    }
    for (int k = 0; k < codeCount; k++) {
      codeRuns[k + 1] += codeRuns[k];
    }
  }

  /** Starts a document of {@code length} characters named {@code name}. */
  public static Builder builder(String name, int length) {
    return new Builder(name, length);
  }

  public String name() {
    return name;
  }

  public int length() {
    return length;
  }

  public int unitCount() {
    return unitStarts.length;
  }

  public int unitStart(int unit) {
    return unitStarts[unit];
  }

  public int unitEnd(int unit) {
    return unitEnds[unit];
  }

  /** Index of the first unit whose end lies after {@code offset}; {@link #unitCount()} if none. */
  int firstUnitEndingAfter(int offset) {
    int lo = 0;
    int hi = unitEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unitEnds[mid] > offset) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** First coding index of code {@code code}; its codings run to {@link #codeEnd(int)}. */
  int codeStart(int code) {
    return codeRuns[code];
  }

  int codeEnd(int code) {
    return codeRuns[code + 1];
  }

  int coderOf(int coding) {
    return coders[coding];
  }

  int startOf(int coding) {
    return starts[coding];
  }

  int endOf(int coding) {
    return ends[coding];
  }

  /** Number of codes the document was built for. */
  public int codeCount() {
    return codeRuns.length - 1;
  }

  /** Number of codings (of the selected codes by the selected coders). */
  public int codingCount() {
    return coders.length;
  }

  /** Collects units and codings; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final int length;
    private int[] unitStarts = new int[16];
    private int[] unitEnds = new int[16];
    private int units;
    private int[] coder = new int[16];
    private int[] code = new int[16];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int codings;

    private Builder(String name, int length) {
      if (name.isBlank()) {
        throw new InvalidInputException("a document name is empty");
      }
      if (length < 0) {
        throw new InvalidInputException(name + ": negative length " + length);
      }
      this.name = name;
      this.length = length;
    }

    /**
     * Adds the next unit {@code [start, end)}; an empty one is ignored (nobody can code it).
     *
     * @throws InvalidInputException if it lies outside the text or overlaps the previous unit
     */
    public Builder unit(int unitStart, int unitEnd) {
      if (unitStart < 0 || unitEnd < unitStart || unitEnd > length) {
        throw new InvalidInputException(
            name + ": unit [" + unitStart + ", " + unitEnd + ") lies outside [0, " + length + ")");
      }
      if (unitEnd == unitStart) {
        return this;
      }
      if (units > 0 && unitStart < unitEnds[units - 1]) {
        throw new InvalidInputException(
            name
                + ": unit ["
                + unitStart
                + ", "
                + unitEnd
                + ") starts before the previous unit ends at "
                + unitEnds[units - 1]);
      }
      if (units == unitStarts.length) {
        unitStarts = Arrays.copyOf(unitStarts, units * 2);
        unitEnds = Arrays.copyOf(unitEnds, units * 2);
      }
      unitStarts[units] = unitStart;
      unitEnds[units] = unitEnd;
      units++;
      return this;
    }

    /**
     * Adds coder {@code coderIndex}'s coding of code {@code codeIndex} on {@code [from, to)}; an
     * empty span is ignored.
     *
     * @throws InvalidInputException if the span lies outside the text or an index is negative
     */
    public Builder coding(int coderIndex, int codeIndex, int from, int to) {
      if (coderIndex < 0 || codeIndex < 0) {
        throw new InvalidInputException(name + ": negative coder or code index");
      }
      if (from < 0 || to < from || to > length) {
        throw new InvalidInputException(
            name + ": coding [" + from + ", " + to + ") lies outside [0, " + length + ")");
      }
      if (to == from) {
        return this;
      }
      if (codings == coder.length) {
        int grown = codings * 2;
        coder = Arrays.copyOf(coder, grown);
        code = Arrays.copyOf(code, grown);
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
      }
      coder[codings] = coderIndex;
      code[codings] = codeIndex;
      start[codings] = from;
      end[codings] = to;
      codings++;
      return this;
    }

    /**
     * The document, for a study of {@code codeCount} codes.
     *
     * @throws InvalidInputException if a coding refers to a code index beyond {@code codeCount}
     */
    public InputDocument build(int codeCount) {
      return new InputDocument(this, codeCount);
    }
  }
}
