package org.verbatim.core.export;

import java.util.List;
import java.util.Optional;

/**
 * What shapes an export, whatever is exported; each export reads the options that concern it.
 *
 * @param layer the coding layer ("consensus", "all", a coder, coders joined by commas); empty for
 *     the default (consensus where it exists, else all coders)
 * @param by an attribute to split by (participants table, matrices)
 * @param medianAndIqr whether the participants table adds median and IQR
 * @param byteOrderMark whether a CSV starts with a UTF-8 byte-order mark
 * @param quotesPerNode the most quotes the theme table shows per node (≥ 0)
 * @param quoteLanguage the original, the translation or both
 * @param columns the theme table's columns, in order; empty for all
 * @param wide whether coded segments come one row per passage with a 0/1 column per code
 * @param text what every text of the export passes through ({@link TextFilter#NONE}, or the
 *     de-identification map for a de-identified export)
 */
public record ExportOptions(
    Optional<String> layer,
    Optional<String> by,
    boolean medianAndIqr,
    boolean byteOrderMark,
    int quotesPerNode,
    QuoteLanguage quoteLanguage,
    List<String> columns,
    boolean wide,
    TextFilter text) {
  public static final int DEFAULT_QUOTES_PER_NODE = 3;

  /** Options whose text passes through unchanged. */
  public ExportOptions(
      Optional<String> layer,
      Optional<String> by,
      boolean medianAndIqr,
      boolean byteOrderMark,
      int quotesPerNode,
      QuoteLanguage quoteLanguage,
      List<String> columns,
      boolean wide) {
    this(
        layer,
        by,
        medianAndIqr,
        byteOrderMark,
        quotesPerNode,
        quoteLanguage,
        columns,
        wide,
        TextFilter.NONE);
  }

  /** These options with every text passed through {@code filter}. */
  public ExportOptions withText(TextFilter filter) {
    return new ExportOptions(
        layer,
        by,
        medianAndIqr,
        byteOrderMark,
        quotesPerNode,
        quoteLanguage,
        columns,
        wide,
        filter);
  }

  public ExportOptions {
    columns = List.copyOf(columns);
    if (quotesPerNode < 0) {
      throw new org.verbatim.core.model.InvalidInputException(
          "quotes per theme must be 0 or more, was " + quotesPerNode);
    }
  }

  public static ExportOptions defaults() {
    return new ExportOptions(
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        DEFAULT_QUOTES_PER_NODE,
        QuoteLanguage.BOTH,
        List.of(),
        false);
  }

  /** Which text of a translated quote a table shows. */
  public enum QuoteLanguage {
    ORIGINAL,
    TRANSLATION,
    BOTH
  }
}
