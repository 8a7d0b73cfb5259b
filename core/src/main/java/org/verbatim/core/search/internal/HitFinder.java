package org.verbatim.core.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.Span;
import org.verbatim.core.search.SearchHit;
import org.verbatim.core.search.SearchResult;

/**
 * Runs a compiled query: finds the matching entries, counts their matches (exactly up to {@link
 * SearchResult#EXACT_COUNT_LIMIT}), orders them by document name, document id and offset, and
 * builds keyword-in-context hits for the first {@code limit}.
 */
public final class HitFinder {
  private final IndexSearcher searcher;

  public HitFinder(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Runs {@code query}; see {@link SearchResult} for the shape. */
  public SearchResult find(QueryCompiler.CompiledQuery query, int limit) throws IOException {
    Query text = searcher.rewrite(query.text());
    List<Entry> entries = searcher.search(query.entries(), new EntryCollectorManager());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    // Count in index order, one pass over each segment's postings, until the count is past the
    // exact limit: locating every match of a word found in most turns is what made searches slow.
    entries.sort(Comparator.comparingInt(Entry::leaf).thenComparingInt(Entry::doc));
    Map<Entry, List<Span>> located = new HashMap<>();
    int total = 0;
    boolean exact = true;
    SpanFinder finder = null;
    int finderLeaf = -1;
    for (Entry entry : entries) {
      if (total > SearchResult.EXACT_COUNT_LIMIT) {
        exact = false;
        break;
      }
      if (entry.leaf() != finderLeaf) {
        finderLeaf = entry.leaf();
        finder = SpanFinder.forLeaf(text, searcher, leaves.get(finderLeaf));
      }
      List<Span> spans = finder.spans(entry.doc());
      total += spans.size();
      located.put(entry, spans);
    }
    // ... then show in reading order, locating the shown entries the count did not reach
    entries.sort(
        Comparator.comparing(Entry::name)
            .thenComparingLong(Entry::documentId)
            .thenComparingInt(Entry::start));
    List<SearchHit> hits = new ArrayList<>();
    for (Entry entry : entries) {
      if (hits.size() >= limit) {
        break;
      }
      List<Span> spans = located.get(entry);
      if (spans == null) {
        spans = SpanFinder.forLeaf(text, searcher, leaves.get(entry.leaf())).spans(entry.doc());
      }
      if (!spans.isEmpty()) {
        int wanted = Math.min(limit - hits.size(), spans.size());
        addHits(hits, entry, spans.subList(0, wanted), leaves);
      }
    }
    return new SearchResult(hits, total, exact);
  }

  private void addHits(
      List<SearchHit> hits, Entry entry, List<Span> spans, List<LeafReaderContext> leaves)
      throws IOException {
    int globalDoc = leaves.get(entry.leaf()).docBase + entry.doc();
    org.apache.lucene.document.Document stored = searcher.storedFields().document(globalDoc);
    String text = stored.get(IndexFields.TEXT);
    int turn = stored.getField(IndexFields.TURN).numericValue().intValue();
    for (Span span : spans) {
      hits.add(
          new SearchHit(
              new DocumentId(entry.documentId()),
              entry.name(),
              Optional.ofNullable(stored.get(IndexFields.PARTICIPANT)),
              Optional.ofNullable(stored.get(IndexFields.SPEAKER)),
              turn,
              entry.start() + span.start(),
              entry.start() + span.end(),
              span.of(text),
              KeywordInContext.before(text, span.start()),
              KeywordInContext.after(text, span.end())));
    }
  }

  /** A matching entry with its sort keys, read from doc values (no stored-field loading). */
  private record Entry(int leaf, int doc, String name, long documentId, int start) {}

  private static final class EntryCollectorManager
      implements CollectorManager<EntryCollector, List<Entry>> {
    @Override
    public EntryCollector newCollector() {
      return new EntryCollector();
    }

    @Override
    public List<Entry> reduce(Collection<EntryCollector> collectors) {
      List<Entry> all = new ArrayList<>();
      collectors.forEach(c -> all.addAll(c.entries));
      return all;
    }
  }

  private static final class EntryCollector extends SimpleCollector {
    private final List<Entry> entries = new ArrayList<>();
    private int leaf;
    private SortedDocValues names = emptyNames();
    private NumericDocValues ids = emptyNumbers();
    private NumericDocValues starts = emptyNumbers();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      leaf = context.ord;
      names = DocValues.getSorted(context.reader(), IndexFields.DOC_NAME);
      ids = DocValues.getNumeric(context.reader(), IndexFields.DOC_ID);
      starts = DocValues.getNumeric(context.reader(), IndexFields.START);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!names.advanceExact(doc) || !ids.advanceExact(doc) || !starts.advanceExact(doc)) {
        throw new IOException("index entry " + doc + " lacks its document keys");
      }
      BytesRef name = names.lookupOrd(names.ordValue());
      entries.add(
          new Entry(leaf, doc, name.utf8ToString(), ids.longValue(), (int) starts.longValue()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    private static SortedDocValues emptyNames() {
      return DocValues.emptySorted();
    }

    private static NumericDocValues emptyNumbers() {
      return DocValues.emptyNumeric();
    }
  }
}
