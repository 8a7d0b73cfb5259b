package org.verbatim.core.search.internal;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Transcript analysis for English and Chinese alike: ICU word segmentation → English possessive
 * removal → case and width folding (NFKC casefold) → Traditional-to-Simplified folding of Han words
 * → Porter stemming of Latin words. For indexing, each word is kept as written next to its stem
 * (same position), so wildcards match the written form ({@code recover*} finds "recovery") while
 * plain words and phrases match by stem; queries analyse to stems only.
 *
 * <p>ICU, not StandardTokenizer, for English too: StandardTokenizer makes every Han character a
 * token, so 人民 would match inside 個人民宿 (個人|民宿). ICU segments Han into dictionary words for
 * Traditional and Simplified text alike (smartcn breaks Traditional text into single characters).
 * The price of words over bigrams is recall where the segmenter chose a longer or different word
 * than the query (人生 in 這個人生病了); a wildcard ({@code 個人*}) finds those. Porter rather than KStem
 * because it conflates more forms (recovered, recovering → recov); it keeps "recovery" (recoveri)
 * apart — {@code recover*} covers both.
 */
public final class TranscriptAnalyzer extends Analyzer {
  private static final String HAN = "<IDEOGRAPHIC>";
  private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = traditionalToSimplified();

  private final boolean keepWrittenForms;

  private TranscriptAnalyzer(boolean keepWrittenForms) {
    this.keepWrittenForms = keepWrittenForms;
  }

  /** Written forms and stems, for the index writer. */
  public static TranscriptAnalyzer forIndexing() {
    return new TranscriptAnalyzer(true);
  }

  /** Stems only, for the query parser. */
  public static TranscriptAnalyzer forQueries() {
    return new TranscriptAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new ICUNormalizer2Filter(result);
    result = new HanOnly(result);
    if (keepWrittenForms) {
      result = new KeywordRepeatFilter(result);
    }
    result = new PorterStemFilter(result);
    if (keepWrittenForms) {
      result = new RemoveDuplicatesTokenFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // wildcard and fuzzy terms: folded like indexed words, never stemmed
    return new ICUTransformFilter(new ICUNormalizer2Filter(in), TRADITIONAL_TO_SIMPLIFIED);
  }

  private static Transliterator traditionalToSimplified() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    // set the filter ICUTransformFilter would otherwise set on first use: the shared instance is
    // then never mutated, and transliterating is safe from several threads
    UnicodeSet source = t.getSourceSet();
    if (t.getFilter() == null && !source.isEmpty()) {
      t.setFilter(source);
    }
    return t;
  }

  /** Folds scripts only on Han tokens: the transform costs time and leaves other words alone. */
  private static final class HanOnly extends ConditionalTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    HanOnly(TokenStream input) {
      super(input, in -> new ICUTransformFilter(in, TRADITIONAL_TO_SIMPLIFIED));
    }

    @Override
    protected boolean shouldFilter() throws IOException {
      return HAN.equals(type.type());
    }
  }
}
