package org.verbatim.core.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * English analysis with stemming: ICU word segmentation, possessive removal, case folding, Porter
 * stemming.
 *
 * <p>The tokenizer is ICU's rather than StandardTokenizer because StandardTokenizer emits every Han
 * character as its own token: Chinese quoted inside an English transcript (or a Chinese query run
 * against this field) would then match across word boundaries. ICU gives English the same UAX #29
 * words StandardTokenizer does and segments Han into dictionary words. Porter (not KStem) because
 * it conflates more forms (recovered, recovering → recov), which favours recall in qualitative
 * search; it does not conflate "recovery" (recoveri) with "recovering" (recov) — use {@code
 * recover*} for that.
 */
public final class EnglishTranscriptAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    // nfkc_cf: lower case plus full-width → ASCII, so "ＡＢＣ" and "abc" are one word
    result = new ICUNormalizer2Filter(result);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUNormalizer2Filter(in);
  }
}
