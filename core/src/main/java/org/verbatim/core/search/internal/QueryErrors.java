package org.verbatim.core.search.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/** Rewrites the query parser's grammar-speak into one sentence a researcher can act on. */
final class QueryErrors {
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private QueryErrors() {}

  /**
   * Why {@code query} does not parse, with a 1-based character position where one is known.
   * Positions are reported in {@code query} as typed, although the parser saw every '/' escaped.
   */
  static String describe(String query, ParseException wrapped) {
    String prefix = "query \"" + query + "\" ";
    Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
    if (cause instanceof TokenMgrError) {
      return prefix + lexical(query, cause.getMessage());
    }
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      if (next == null || next.kind == QueryParserConstants.EOF) {
        return prefix + "ends too early: a word, \"phrase\" or closing ')' is missing at the end";
      }
      return prefix + unexpected(next, typedPosition(query, next.beginColumn));
    }
    // our own refusals (ranges, regular expressions) carry a readable message already
    return prefix + "cannot be used: " + cause.getMessage();
  }

  private static String unexpected(Token token, int position) {
    String where = " at character " + position;
    return switch (token.kind) {
      case QueryParserConstants.AND, QueryParserConstants.OR, QueryParserConstants.NOT ->
          "has '"
              + token.image
              + "'"
              + where
              + " with no word before or after it; to search for the word itself, write it in"
              + " lower case or in quotes";
      case QueryParserConstants.RPAREN -> "has a ')'" + where + " that closes nothing";
      default ->
          "has an unexpected '"
              + token.image
              + "'"
              + where
              + "; put it in quotes to search for it literally";
    };
  }

  /** The 1-based position in the typed query of 0-based {@code column} in the escaped one. */
  private static int typedPosition(String query, int column) {
    int escaped = 0;
    for (int typed = 0; typed < query.length(); typed++) {
      int width = query.charAt(typed) == '/' ? 2 : 1;
      if (escaped + width > column) {
        return typed + 1;
      }
      escaped += width;
    }
    return query.length() + 1;
  }

  private static String lexical(String query, String message) {
    Matcher column = LEXICAL_COLUMN.matcher(message);
    String where =
        column.find()
            ? " at character " + typedPosition(query, Integer.parseInt(column.group(1)) - 1)
            : "";
    if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
      return "has a quote '\"' that is never closed";
    }
    if (query.endsWith("\\")) {
      return "ends with a backslash '\\', which escapes nothing";
    }
    return "cannot be read" + where + "; put unusual characters in quotes";
  }
}
