package org.verbatim.core.search.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.search.SearchQuery;

/** Turns a {@link SearchQuery} into Lucene queries: the text part alone and text plus filters. */
public final class QueryCompiler {
  private QueryCompiler() {}

  /**
   * The compiled query.
   *
   * @param text what to locate in the text (its Matches are the hits)
   * @param entries which entries match: text and every filter
   */
  public record CompiledQuery(Query text, Query entries) {}

  /**
   * Compiles {@code query}.
   *
   * @param attributeFields the {@code attr.*} fields the index holds, to refuse unknown names
   * @param analyzer {@link TranscriptAnalyzer#forQueries()}
   * @throws InvalidInputException when the text does not parse, has no word to look for, or a
   *     filter names an attribute no participant has
   */
  public static CompiledQuery compile(
      SearchQuery query, Set<String> attributeFields, Analyzer analyzer) {
    return compile(query, attributeFields, analyzer, Optional.empty());
  }

  /**
   * {@link #compile(SearchQuery, Set, Analyzer)}, restricted to the documents in {@code within}
   * when present.
   */
  public static CompiledQuery compile(
      SearchQuery query,
      Set<String> attributeFields,
      Analyzer analyzer,
      Optional<Set<DocumentId>> within) {
    Query text = parseText(query.text(), analyzer);
    BooleanQuery.Builder entries = new BooleanQuery.Builder().add(text, Occur.MUST);
    query
        .speaker()
        .filter(s -> !s.isBlank())
        .ifPresent(s -> entries.add(keyword(IndexFields.SPEAKER_LC, s), Occur.FILTER));
    query
        .document()
        .filter(d -> !d.isBlank())
        .ifPresent(d -> entries.add(keyword(IndexFields.DOC_NAME_LC, d), Occur.FILTER));
    for (Map.Entry<String, String> where : query.where().entrySet()) {
      String field = IndexFields.attributeField(where.getKey());
      if (!attributeFields.contains(field)) {
        throw new InvalidInputException(unknownAttribute(where.getKey(), attributeFields));
      }
      entries.add(keyword(field, where.getValue()), Occur.FILTER);
    }
    within.ifPresent(
        ids ->
            entries.add(
                new TermInSetQuery(
                    IndexFields.DOC_ID,
                    ids.stream().map(id -> new BytesRef(id.toString())).toList()),
                Occur.FILTER));
    return new CompiledQuery(text, entries.build());
  }

  private static Query parseText(String text, Analyzer analyzer) {
    if (text.isBlank()) {
      throw new InvalidInputException("query is empty: type a word, a \"phrase\" or a wildcard");
    }
    Query parsed;
    try {
      // '/' would start a regular expression: "his/her" must stay two words
      parsed = new TranscriptQueryParser(analyzer).parse(text.replace("/", "\\/"));
    } catch (ParseException e) {
      throw new InvalidInputException(QueryErrors.describe(text, e), e);
    }
    Query fixed = fixPureNegatives(parsed);
    if (!hasPositiveClause(fixed)) {
      throw new InvalidInputException(
          "query \"" + text + "\" has no word to look for (NOT alone finds nothing to show)");
    }
    return fixed;
  }

  private static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, IndexFields.fold(value.trim())));
  }

  /** Lucene matches nothing for a group of only NOT clauses; "a AND (NOT b)" means a AND NOT b. */
  private static Query fixPureNegatives(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
    rebuilt.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    boolean onlyNegative = !bq.clauses().isEmpty();
    for (BooleanClause clause : bq.clauses()) {
      rebuilt.add(fixPureNegatives(clause.getQuery()), clause.getOccur());
      onlyNegative &= clause.getOccur() == Occur.MUST_NOT;
    }
    if (onlyNegative) {
      rebuilt.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return rebuilt.build();
  }

  private static boolean hasPositiveClause(Query query) {
    if (query instanceof MatchAllDocsQuery) {
      return false;
    }
    if (!(query instanceof BooleanQuery bq)) {
      return true;
    }
    return bq.clauses().stream()
        .anyMatch(
            c ->
                (c.getOccur() == Occur.MUST || c.getOccur() == Occur.SHOULD)
                    && hasPositiveClause(c.getQuery()));
  }

  private static String unknownAttribute(String name, Set<String> attributeFields) {
    Set<String> known = new TreeSet<>();
    for (String field : attributeFields) {
      known.add(field.substring(IndexFields.ATTRIBUTE_PREFIX.length()));
    }
    return "no participant has the attribute '"
        + name
        + "'; "
        + (known.isEmpty() ? "no participant attributes are indexed" : "known: " + known);
  }
}
