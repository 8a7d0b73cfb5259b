package org.verbatim.core.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.model.Span;

/**
 * Locates where a rewritten query matches inside the entries of one index segment, as character
 * spans of the entry text (offsets from the postings, UTF-16, end exclusive).
 *
 * <p>It reproduces Lucene's Matches API (Weight.matches) for the shapes the query parser produces —
 * terms, synonyms, exact and sloppy phrases (with Lucene's own phrase matchers), boolean
 * combinations and expanded wildcards — but reads each term's postings once, in document order,
 * instead of opening new postings for every document: counting every hit of a frequent phrase over
 * 200 interviews drops from hundreds of milliseconds to a few. Other query types fall back to
 * Weight.matches per document. Spans of one entry that overlap merge into one (a phrase and one of
 * its words, say), so every character belongs to at most one hit.
 *
 * <p>Documents must be asked for in increasing order.
 */
final class SpanFinder {
  private static final int OFFSETS = PostingsEnum.OFFSETS;

  /** The phrase matchers want a scorer even when nothing is scored. */
  private static final Similarity.SimScorer UNSCORED =
      new Similarity.SimScorer() {
        @Override
        public float score(float freq, long norm) {
          return 1f;
        }
      };

  private final Node root;

  private SpanFinder(Node root) {
    this.root = root;
  }

  /** A finder for {@code rewritten} (already rewritten by {@code searcher}) in {@code leaf}. */
  static SpanFinder forLeaf(Query rewritten, IndexSearcher searcher, LeafReaderContext leaf)
      throws IOException {
    return new SpanFinder(node(rewritten, searcher, leaf));
  }

  /** The merged match spans of {@code doc} (leaf-relative), in text order; empty if none. */
  List<Span> spans(int doc) throws IOException {
    List<Span> spans = new ArrayList<>();
    return root.collect(doc, spans) ? merge(spans) : List.of();
  }

  /** One part of the query: whether it matches {@code doc}, adding its spans when it does. */
  private interface Node {
    boolean collect(int doc, List<Span> out) throws IOException;
  }

  private static final Node NEVER = (doc, out) -> false;
  private static final Node ALWAYS = (doc, out) -> true;

  private static Node node(Query query, IndexSearcher searcher, LeafReaderContext leaf)
      throws IOException {
    if (query instanceof TermQuery term) {
      return term(term.getTerm(), leaf);
    }
    if (query instanceof PhraseQuery phrase) {
      return phrase(phrase, leaf);
    }
    if (query instanceof BooleanQuery bool) {
      return bool(bool, searcher, leaf);
    }
    if (query instanceof SynonymQuery synonyms) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      synonyms.getTerms().forEach(t -> any.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
      return bool(any.build(), searcher, leaf);
    }
    if (query instanceof ConstantScoreQuery constant) {
      return node(constant.getQuery(), searcher, leaf);
    }
    if (query instanceof BoostQuery boost) {
      return node(boost.getQuery(), searcher, leaf);
    }
    if (query instanceof MatchAllDocsQuery) {
      return ALWAYS;
    }
    return fallback(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f), leaf);
  }

  private static Node term(Term term, LeafReaderContext leaf) throws IOException {
    TermsEnum terms = termsEnum(term.field(), leaf);
    if (terms == null || !terms.seekExact(term.bytes())) {
      return NEVER;
    }
    PostingsEnum postings = terms.postings(null, OFFSETS);
    return (doc, out) -> {
      if (!advance(postings, doc)) {
        return false;
      }
      for (int i = postings.freq(); i > 0; i--) {
        postings.nextPosition();
        out.add(new Span(postings.startOffset(), postings.endOffset()));
      }
      return true;
    };
  }

  /** Lucene's own phrase matchers over postings we advance, as PhraseWeight.matches does. */
  private static Node phrase(PhraseQuery phrase, LeafReaderContext leaf) throws IOException {
    Term[] terms = phrase.getTerms();
    if (terms.length == 0) {
      return NEVER;
    }
    TermsEnum termsEnum = termsEnum(phrase.getField(), leaf);
    if (termsEnum == null) {
      return NEVER;
    }
    PostingsEnum[] postings = new PostingsEnum[terms.length];
    PhraseQuery.PostingsAndFreq[] withPositions = new PhraseQuery.PostingsAndFreq[terms.length];
    for (int i = 0; i < terms.length; i++) {
      if (!termsEnum.seekExact(terms[i].bytes())) {
        return NEVER;
      }
      postings[i] = termsEnum.postings(null, OFFSETS);
      withPositions[i] =
          new PhraseQuery.PostingsAndFreq(
              postings[i], new SlowImpactsEnum(postings[i]), phrase.getPositions()[i], terms[i]);
    }
    if (phrase.getSlop() == 0) {
      ArrayUtil.timSort(withPositions);
      ExactPhraseMatcher exact =
          new ExactPhraseMatcher(withPositions, ScoreMode.COMPLETE_NO_SCORES, UNSCORED, 0f);
      return (doc, out) -> {
        if (!allOn(postings, doc)) {
          return false;
        }
        exact.reset();
        boolean any = false;
        while (exact.nextMatch()) {
          any = true;
          out.add(new Span(exact.startOffset(), exact.endOffset()));
        }
        return any;
      };
    }
    SloppyPhraseMatcher sloppy =
        new SloppyPhraseMatcher(
            withPositions, phrase.getSlop(), ScoreMode.COMPLETE_NO_SCORES, UNSCORED, 0f, true);
    return (doc, out) -> {
      if (!allOn(postings, doc)) {
        return false;
      }
      sloppy.reset();
      boolean any = false;
      while (sloppy.nextMatch()) {
        any = true;
        out.add(new Span(sloppy.startOffset(), sloppy.endOffset()));
      }
      return any;
    };
  }

  /** Same rule as BooleanWeight.matches: required and matching optional clauses give spans. */
  private static Node bool(BooleanQuery query, IndexSearcher searcher, LeafReaderContext leaf)
      throws IOException {
    List<BooleanClause> clauses = query.clauses();
    Node[] nodes = new Node[clauses.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = node(clauses.get(i).getQuery(), searcher, leaf);
    }
    int minShould = query.getMinimumNumberShouldMatch();
    return (doc, out) -> {
      List<Span> mine = new ArrayList<>();
      int should = 0;
      boolean required = false;
      for (int i = 0; i < nodes.length; i++) {
        BooleanClause.Occur occur = clauses.get(i).getOccur();
        List<Span> spans = new ArrayList<>();
        boolean matched = nodes[i].collect(doc, spans);
        switch (occur) {
          case MUST_NOT -> {
            if (matched) {
              return false;
            }
          }
          case MUST, FILTER -> {
            if (!matched) {
              return false;
            }
            required = true;
            mine.addAll(spans);
          }
          case SHOULD -> {
            if (matched) {
              should++;
              mine.addAll(spans);
            }
          }
        }
      }
      boolean matches = should >= minShould && (required || should > 0);
      if (matches) {
        out.addAll(mine);
      }
      return matches;
    };
  }

  private static Node fallback(Weight weight, LeafReaderContext leaf) {
    return (doc, out) -> {
      Matches matches = weight.matches(leaf, doc);
      if (matches == null) {
        return false;
      }
      for (String field : matches) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
            out.add(new Span(it.startOffset(), it.endOffset()));
          }
        }
      }
      return true;
    };
  }

  private static @Nullable TermsEnum termsEnum(String field, LeafReaderContext leaf)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    return terms == null ? null : terms.iterator();
  }

  private static boolean advance(PostingsEnum postings, int doc) throws IOException {
    if (postings.docID() < doc) {
      postings.advance(doc);
    }
    return postings.docID() == doc;
  }

  private static boolean allOn(PostingsEnum[] postings, int doc) throws IOException {
    boolean all = true;
    for (PostingsEnum p : postings) {
      all &= advance(p, doc); // advance every one: later documents expect them all moved
    }
    return all;
  }

  static List<Span> merge(List<Span> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    Span current = sorted.get(0);
    for (Span next : sorted.subList(1, sorted.size())) {
      if (next.start() < current.end()) {
        current = new Span(current.start(), Math.max(current.end(), next.end()));
      } else {
        merged.add(current);
        current = next;
      }
    }
    merged.add(current);
    return merged;
  }
}
