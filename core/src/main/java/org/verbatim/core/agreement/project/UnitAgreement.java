package org.verbatim.core.agreement.project;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.verbatim.core.agreement.CohenKappa;
import org.verbatim.core.agreement.KrippendorffAlpha;
import org.verbatim.core.agreement.Level;
import org.verbatim.core.agreement.PercentAgreement;
import org.verbatim.core.agreement.Statistic;
import org.verbatim.core.agreement.UnitStudy;

/**
 * Unit-data agreement of a project: one binary {@link UnitStudy} per code (units × coders, coded or
 * not), built by sweeping each coder's merged codings of the code against the document's sorted
 * units, so the cost grows with units plus codings, not their product; codes run in parallel. The
 * pooled and per-document figures count coder patterns over (unit × code) items, which stays small
 * for millions of items.
 */
final class UnitAgreement {
  static final List<String> CATEGORIES = List.of("not coded", "coded");

  private UnitAgreement() {}

  static UnitAgreementReport compute(AgreementInput input) {
    int m = input.coders().size();
    List<InputDocument> docs = input.documents();
    int[] offset = new int[docs.size() + 1];
    for (int d = 0; d < docs.size(); d++) {
      offset[d + 1] = offset[d] + docs.get(d).unitCount();
    }
    // Codes are independent, so they run in parallel; each returns its row and its coder
    // patterns per document, which are summed afterwards for the pooled figures.
    List<CodeResult> results =
        IntStream.range(0, input.codes().size())
            .parallel()
            .mapToObj(k -> code(input, k, offset))
            .toList();
    int patterns = 1 << m;
    List<UnitAgreementReport.CodeAgreement> codes = new ArrayList<>();
    BinaryPatternCounts pooled = new BinaryPatternCounts(m);
    List<UnitAgreementReport.DocumentAgreement> documents = new ArrayList<>();
    for (CodeResult r : results) {
      codes.add(r.row());
    }
    for (int d = 0; d < docs.size(); d++) {
      BinaryPatternCounts counts = new BinaryPatternCounts(m);
      for (CodeResult r : results) {
        for (int p = 0; p < patterns; p++) {
          counts.add(p, r.patternsByDocument()[d * patterns + p]);
        }
      }
      pooled.addAll(counts);
      documents.add(
          new UnitAgreementReport.DocumentAgreement(
              docs.get(d).name(), docs.get(d).unitCount(), counts.agreement()));
    }
    return new UnitAgreementReport(
        AgreementScope.of(input), offset[docs.size()], codes, pooled.agreement(), documents);
  }

  /** One code's row and, per document, how many units show each coder pattern. */
  private record CodeResult(UnitAgreementReport.CodeAgreement row, long[] patternsByDocument) {}

  private static CodeResult code(AgreementInput input, int k, int[] offset) {
    int m = input.coders().size();
    List<InputDocument> docs = input.documents();
    int units = offset[docs.size()];
    int patterns = 1 << m;
    int[] cells = new int[units * m];
    long[] byDocument = new long[docs.size() * patterns];
    Marker marker = new Marker(input.minOverlapPercent());
    long coded = 0;
    for (int d = 0; d < docs.size(); d++) {
      marker.mark(docs.get(d), k, cells, offset[d], m);
      int zero = 0;
      for (int u = offset[d]; u < offset[d + 1]; u++) {
        int pattern = 0;
        for (int c = 0; c < m; c++) {
          pattern |= cells[u * m + c] << c;
        }
        if (pattern == 0) {
          zero++;
        } else {
          byDocument[d * patterns + pattern]++;
          coded++;
        }
      }
      byDocument[d * patterns] += zero;
    }
    return new CodeResult(
        new UnitAgreementReport.CodeAgreement(
            input.codes().get(k), agreement(input.coders(), cells, units, coded)),
        byDocument);
  }

  /** The three statistics of one code's study, through the package's measure classes. */
  private static BinaryAgreement agreement(
      List<String> coders, int[] cells, int units, long coded) {
    if (units == 0) {
      Statistic none = Statistic.undefined("no units to compare");
      return new BinaryAgreement(0, 0, none, none, none);
    }
    if (coded == 0) {
      Statistic none =
          Statistic.undefined("no selected coder used this code in the compared documents");
      return new BinaryAgreement(units, 0, none, none, none);
    }
    UnitStudy study = UnitStudy.fromIndexes(coders, CATEGORIES, cells);
    return new BinaryAgreement(
        units,
        coded,
        Statistic.compute(() -> new PercentAgreement(study).krippendorff()),
        Statistic.compute(() -> new CohenKappa(study).value()),
        Statistic.compute(() -> new KrippendorffAlpha(study, Level.NOMINAL).value()));
  }

  /**
   * Sets {@code cells[(base + u) * m + c] = 1} for each unit u of a document that coder c's codings
   * of one code cover by the required amount. A coder's overlapping or touching codings of the code
   * are merged first, so a character covered twice counts once.
   */
  private static final class Marker {
    private final double minShare;
    private int[] covered = new int[0];
    private int[] touched = new int[0];

    Marker(double minOverlapPercent) {
      this.minShare = minOverlapPercent / 100.0;
    }

    void mark(InputDocument doc, int code, int[] cells, int base, int m) {
      if (covered.length < doc.unitCount()) {
        covered = new int[doc.unitCount()];
        touched = new int[doc.unitCount()];
      }
      int i = doc.codeStart(code);
      int end = doc.codeEnd(code);
      while (i < end) {
        int coder = doc.coderOf(i);
        int touchedCount = 0;
        int from = doc.startOf(i);
        int to = doc.endOf(i);
        i++;
        while (true) {
          boolean more = i < end && doc.coderOf(i) == coder;
          if (more && doc.startOf(i) <= to) {
            to = Math.max(to, doc.endOf(i));
            i++;
            continue;
          }
          touchedCount = cover(doc, from, to, touchedCount);
          if (!more) {
            break;
          }
          from = doc.startOf(i);
          to = doc.endOf(i);
          i++;
        }
        for (int t = 0; t < touchedCount; t++) {
          int u = touched[t];
          int length = doc.unitEnd(u) - doc.unitStart(u);
          int needed = Math.max(1, (int) Math.ceil(minShare * length - 1e-9));
          if (covered[u] >= needed) {
            cells[(base + u) * m + coder] = 1;
          }
          covered[u] = 0;
        }
      }
    }

    /** Adds {@code [from, to)}'s overlap with each unit it meets; returns the touched count. */
    private int cover(InputDocument doc, int from, int to, int touchedCount) {
      for (int u = doc.firstUnitEndingAfter(from);
          u < doc.unitCount() && doc.unitStart(u) < to;
          u++) {
        int overlap = Math.min(to, doc.unitEnd(u)) - Math.max(from, doc.unitStart(u));
        if (overlap > 0) {
          if (covered[u] == 0) {
            touched[touchedCount++] = u;
          }
          covered[u] += overlap;
        }
      }
      return touchedCount;
    }
  }
}
