package org.verbatim.core.search.internal;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;

/**
 * The index layout: one Lucene document per entry (a speaker turn, or a whole document that has no
 * turns), its field names and how each is indexed.
 *
 * <p>Every entry's text goes into two fields whatever the document's language, and every query
 * clause searches both (OR): {@link #TEXT_EN} (stemmed English) and {@link #TEXT_ZH} (ICU words,
 * unstemmed, Traditional folded to Simplified). Language labels are unreliable in practice —
 * Chinese transcripts quote English and the reverse — and a two-field OR lets "recovering" find
 * "recovered" and 同儕 find 同侪 without asking the researcher which language they mean.
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
  public static final String TEXT_EN = "text_en";
  public static final String TEXT_ZH = "text_zh";
  public static final String ATTRIBUTE_PREFIX = "attr.";

  /** The turn number stored for an entry that is a whole document without turns. */
  public static final int NO_TURN = -1;

  /** Searchable text with positions and offsets (for the Matches API), no norms (no ranking). */
  public static final FieldType TEXT_STORED = textType(true);

  public static final FieldType TEXT_UNSTORED = textType(false);

  /** Indexing buffer: large enough that a rebuild of a few hundred interviews flushes rarely. */
  private static final double RAM_BUFFER_MB = 48;

  private IndexFields() {}

  /**
   * The analyzer for indexing and parsing: per text field, keyword for everything else.
   * Thread-safe; share one and close it with its owner.
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(TEXT_EN, new EnglishTranscriptAnalyzer(), TEXT_ZH, new ChineseTranscriptAnalyzer()));
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

  /** Case folding for keyword filters (speaker, document name, attributes). */
  public static String fold(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
