package org.verbatim.core.search.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Chinese analysis: ICU dictionary word segmentation (Traditional and Simplified alike), case and
 * width folding, and Traditional → Simplified folding of Han words so a query in either script
 * finds both. Words of other scripts pass through unstemmed, which makes this also the field that
 * wildcards search.
 *
 * <p>Words, not bigrams: a query word matches only where the segmenter put the same word, so 人民
 * does not match 個人民宿 (個人|民宿) the way a bigram index would. The price is recall where the segmenter
 * chose a longer or different word than the query (人生 in 這個人生病了); a wildcard ({@code 個人*}) or the
 * longer word finds those.
 */
public final class ChineseTranscriptAnalyzer extends Analyzer {
  private static final String HAN = "<IDEOGRAPHIC>";

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    TokenStream result = new ICUNormalizer2Filter(source);
    result = new HanOnly(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // wildcard pieces arrive without a type: fold them whole (the transform leaves Latin alone)
    return new ICUTransformFilter(new ICUNormalizer2Filter(in), traditionalToSimplified());
  }

  private static Transliterator traditionalToSimplified() {
    // one instance per token stream: ICUTransformFilter sets a filter on the instance it gets
    return Transliterator.getInstance("Traditional-Simplified");
  }

  /** Applies the script folding only to Han tokens; the transform is costly on other text. */
  private static final class HanOnly extends ConditionalTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    HanOnly(TokenStream input) {
      super(input, in -> new ICUTransformFilter(in, traditionalToSimplified()));
    }

    @Override
    protected boolean shouldFilter() throws IOException {
      return HAN.equals(type.type());
    }
  }
}
