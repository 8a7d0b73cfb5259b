package org.verbatim.core.search.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;

/**
 * The index layout: one Lucene document per entry (a speaker turn, or a whole document that has no
 * turns), its field names and how each is indexed.
 *
 * <p>All text goes into one field, {@link #TEXT}, through one {@link TranscriptAnalyzer} whatever
 * the document's language: language labels are unreliable in practice (Chinese transcripts quote
 * English and the reverse), and one chain that segments Han and stems Latin words lets any query
 * find matches in either language. One field rather than a field per language also halves the index
 * and the work of locating matches (measured: about 2x on phrase queries).
 */
public final class IndexFields {
  /** Bump when analysis or layout changes: an index of another version is rebuilt. */
  public static final String SCHEMA_VERSION = "1";

  /** Commit user-data keys. */
  public static final String SCHEMA_KEY = "verbatim.schema";

  public static final String COMPLETE_KEY = "verbatim.complete";

  public static final String DOC_ID = "doc_id";
  public static final String DOC_NAME = "doc_name";
  public static final String DOC_NAME_LC = "doc_name_lc";
  public static final String PARTICIPANT = "participant";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_LC = "speaker_lc";
  public static final String TURN = "turn";
  public static final String START = "start";
  public static final String TEXT = "text";
  public static final String ATTRIBUTE_PREFIX = "attr.";

  /** The turn number stored for an entry that is a whole document without turns. */
  public static final int NO_TURN = -1;

  /**
   * Stored searchable text with positions and offsets (hits map to text), no norms (no ranking).
   */
  public static final FieldType TEXT_TYPE = textType();

  /** Indexing buffer: large enough that a rebuild of a few hundred interviews flushes rarely. */
  private static final double RAM_BUFFER_MB = 48;

  private IndexFields() {}

  /**
   * The analyzer for the index writer: {@link TranscriptAnalyzer#forIndexing()} for the text,
   * keyword for everything else. Thread-safe; share one and close it with its owner.
   */
  public static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), Map.of(TEXT, TranscriptAnalyzer.forIndexing()));
  }

  /** Writer settings shared by the index and the benchmark baseline. */
  public static IndexWriterConfig writerConfig(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    // every change is committed explicitly; closing must not publish a half-done rebuild
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    return config;
  }

  /** The field that holds participant attribute {@code name} (case-insensitive). */
  public static String attributeField(String name) {
    return ATTRIBUTE_PREFIX + fold(name.trim());
  }

  /** The participant attribute fields ({@code attr.*}) present in {@code reader}. */
  public static Set<String> attributeFields(IndexReader reader) {
    Set<String> fields = new TreeSet<>();
    for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
      if (field.name.startsWith(ATTRIBUTE_PREFIX)) {
        fields.add(field.name);
      }
    }
    return fields;
  }

  /** Case folding for keyword filters (speaker, document name, attributes). */
  public static String fold(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
