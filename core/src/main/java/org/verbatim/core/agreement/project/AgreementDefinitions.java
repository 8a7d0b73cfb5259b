package org.verbatim.core.agreement.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The definitions a project agreement applies, worded for the head of every report. Unit data:
 *
 * <ul>
 *   <li>units are the sentences split at import, the speaker turns (spoken text, without the
 *       label), paragraphs (each non-blank line of the stored text, i.e. the text between line
 *       breaks, trimmed) or whole documents;
 *   <li>a unit counts as coded with code K by coder C when C has a live coding of K overlapping it
 *       by at least one character, or, with a minimum overlap of P %, when C's live codings of K
 *       together cover at least P % of its characters;
 *   <li>codes count on their own: coding a subcode does not code its parent; selecting a code
 *       selects its subcodes too;
 *   <li>a document is compared only when every selected coder has at least one live coding in it
 *       (of any code), so that "not coded yet" never reads as "decided absent";
 *   <li>per code, each unit is an item every coder coded or not; pooled, every (unit × code) pair
 *       is an item; per document, the pairs of that document.
 * </ul>
 *
 * The continuum: the compared documents' texts one after another, each coding a segment whose
 * category is its code path; a coder's overlapping codings of one code merge; each top-level code
 * with its subcodes is a semantic domain; pooled |uα treats every (document × code) pair as a
 * separate copy of the document's text.
 */
public final class AgreementDefinitions {
  private AgreementDefinitions() {}

  /** The definitions that apply to {@code scope}, one sentence per line. */
  public static List<String> lines(AgreementScope scope) {
    List<String> lines = new ArrayList<>();
    if (scope.unit().continuum()) {
      lines.add(
          "Continuum: the compared documents' texts one after another (each document's offsets"
              + " shifted by the lengths before it); each live coding is a segment whose category"
              + " is its code path.");
      lines.add(
          "A coder's overlapping codings of one code merge into one segment; codings that only"
              + " touch stay two segments.");
      lines.add(
          "Semantic domains: each top-level code with all its subcodes. uα, |uα and cuα of a"
              + " domain need each coder's codes in it not to overlap; uα of all selected codes"
              + " needs no overlap at all; Cuα pools the domains.");
      lines.add(
          "uα, |uα and cuα as in Krippendorff (2019), Content Analysis, 4th ed., sec. 12.6"
              + " (checked against its Figure 12.11: .510, .413, .724); Cuα is cuα over all"
              + " domains, each a separate copy of the continuum.");
      lines.add(
          "Per code: |uα (the code's segments against all other text) and character kappa"
              + " (Cohen's kappa over characters, two coders only) with percent agreement over"
              + " all text and over the characters either coder coded.");
      lines.add(
          "Pooled |uα: every (document × code) pair is a separate copy of the document's text"
              + " holding only that code's segments; per document: the pairs of that document.");
    } else {
      lines.add("Units: " + unitWords(scope.unit()) + ".");
      lines.add(
          scope.minOverlapPercent() == 0
              ? "A unit counts as coded with code K by coder C when C has a live coding of K"
                  + " overlapping it by at least one character."
              : String.format(
                  Locale.ROOT,
                  "A unit counts as coded with code K by coder C when C's live codings of K"
                      + " together cover at least %s%% of its characters.",
                  percent(scope.minOverlapPercent())));
      lines.add(
          "Per code, every unit is an item each coder coded or not; pooled, every (unit × code)"
              + " pair is one item; per document, the pairs of that document.");
      lines.add(
          "Percent agreement is the share of agreeing coder pairs; Cohen's kappa compares"
              + " exactly two coders; Krippendorff's alpha is nominal.");
    }
    lines.add(
        "Codes count on their own (coding a subcode does not code its parent); selecting a code"
            + " selects its subcodes too.");
    lines.add(
        "A document is compared only when every selected coder has at least one live coding in"
            + " it (of any code).");
    lines.add(
        "Reading (Krippendorff): "
            + (scope.unit().continuum() ? "|uα, cuα" : "alpha")
            + " ≥ .800 reliable; ≥ .667 tentative conclusions only; below, unreliable"
            + " (on the value rounded to three decimals).");
    return lines;
  }

  /** How the unit is cut, in words. */
  public static String unitWords(AgreementUnit unit) {
    return switch (unit) {
      case SENTENCE -> "sentences, as split at import";
      case TURN -> "speaker turns (the spoken text, without the speaker label)";
      case PARAGRAPH ->
          "paragraphs: each non-blank line of the stored text (the text between line breaks),"
              + " trimmed";
      case DOCUMENT -> "whole documents";
      case CHARACTER -> "characters of the text (the continuum)";
    };
  }

  /** A percentage as the reports print it: whole numbers without decimals. */
  public static String percent(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
