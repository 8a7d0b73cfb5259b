package org.verbatim.core.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Lucene's classic syntax over the text field, tuned for researchers: AND between words by default
 * (adding a word narrows, as in a web search), a Chinese run without spaces is one phrase, leading
 * wildcards are allowed (a project index is small enough). {@code name:value} is read as the text
 * "name:value" rather than a field, so "10:30" searches the time; ranges and regular expressions
 * are refused (the caller escapes '/', so "his/her" is two words).
 *
 * <p>Not thread-safe: make one per query.
 */
final class TranscriptQueryParser extends QueryParser {
  TranscriptQueryParser(Analyzer queryAnalyzer) {
    super(IndexFields.TEXT, queryAnalyzer);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    // words are what whitespace separates; Han text has none, so a run like 支持團體 that analyses
    // to several words becomes a phrase rather than 支持 AND 團體 anywhere in a turn
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setAllowLeadingWildcard(true);
    // expand to plain term queries up front: the span finder reads their postings directly, and a
    // wildcard that matches too many words fails with a clear message
    setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);
  }

  @Override
  protected Query getFieldQuery(@Nullable String field, String queryText, boolean quoted)
      throws ParseException {
    return super.getFieldQuery(IndexFields.TEXT, asText(field, queryText), quoted);
  }

  @Override
  protected Query getFieldQuery(@Nullable String field, String queryText, int slop)
      throws ParseException {
    return super.getFieldQuery(IndexFields.TEXT, asText(field, queryText), slop);
  }

  @Override
  protected Query getWildcardQuery(@Nullable String field, String termStr) throws ParseException {
    return super.getWildcardQuery(IndexFields.TEXT, termStr);
  }

  @Override
  protected Query getPrefixQuery(@Nullable String field, String termStr) throws ParseException {
    return super.getPrefixQuery(IndexFields.TEXT, termStr);
  }

  @Override
  protected Query getFuzzyQuery(@Nullable String field, String termStr, float minSimilarity)
      throws ParseException {
    return super.getFuzzyQuery(IndexFields.TEXT, termStr, minSimilarity);
  }

  @Override
  protected Query getRangeQuery(
      @Nullable String field,
      String part1,
      String part2,
      boolean startInclusive,
      boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges [a TO b] are not supported; search for words or \"phrases\"");
  }

  @Override
  protected Query getRegexpQuery(@Nullable String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported; use * and ? wildcards");
  }

  /** "name:value" is text unless name is the text field itself. */
  private static String asText(@Nullable String field, String queryText) {
    return field == null || field.equals(IndexFields.TEXT) ? queryText : field + ":" + queryText;
  }
}
