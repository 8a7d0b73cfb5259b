package org.verbatim.core.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Lucene's classic syntax over both text fields, tuned for researchers: AND between words by
 * default (adding a word narrows, as in a web search), a Chinese run without spaces is one phrase,
 * leading wildcards are allowed (a project index is small enough), and wildcard/fuzzy terms search
 * the unstemmed field so {@code recover*} finds "recovery". {@code name:value} is read as the text
 * "name:value" rather than a field, so "10:30" searches the time; regular expressions are off (the
 * caller escapes '/') so "his/her" is two words.
 *
 * <p>Not thread-safe: make one per query.
 */
final class TranscriptQueryParser extends MultiFieldQueryParser {
  private static final String[] TEXT_FIELDS = {IndexFields.TEXT_EN, IndexFields.TEXT_ZH};

  TranscriptQueryParser(Analyzer analyzer) {
    super(TEXT_FIELDS, analyzer);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    // words are what whitespace separates; Han text has none, so a run like 支持團體 that analyses
    // to several words becomes a phrase rather than 支持 AND 團體 anywhere in a turn
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setAllowLeadingWildcard(true);
    // expand to term queries up front: cheap per-document Matches, and a clear error when a
    // wildcard matches too many words
    setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);
  }

  @Override
  protected Query getFieldQuery(@Nullable String field, String queryText, boolean quoted)
      throws ParseException {
    if (field != null && !isTextField(field)) {
      return super.getFieldQuery(null, field + ":" + queryText, quoted);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(@Nullable String field, String queryText, int slop)
      throws ParseException {
    if (field != null && !isTextField(field)) {
      return super.getFieldQuery(null, field + ":" + queryText, slop);
    }
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getWildcardQuery(@Nullable String field, String termStr) throws ParseException {
    return super.getWildcardQuery(IndexFields.TEXT_ZH, termStr);
  }

  @Override
  protected Query getPrefixQuery(@Nullable String field, String termStr) throws ParseException {
    return super.getPrefixQuery(IndexFields.TEXT_ZH, termStr);
  }

  @Override
  protected Query getFuzzyQuery(@Nullable String field, String termStr, float minSimilarity)
      throws ParseException {
    return super.getFuzzyQuery(IndexFields.TEXT_ZH, termStr, minSimilarity);
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

  private static boolean isTextField(String field) {
    return field.equals(IndexFields.TEXT_EN) || field.equals(IndexFields.TEXT_ZH);
  }
}
