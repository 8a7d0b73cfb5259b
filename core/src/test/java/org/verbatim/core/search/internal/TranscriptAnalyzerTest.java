package org.verbatim.core.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TranscriptAnalyzerTest {
  /** Tokens as "term@position[start,end)". */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void queriesAnalyseEnglishToPorterStems() throws IOException {
    try (Analyzer analyzer = TranscriptAnalyzer.forQueries()) {
      assertThat(tokens(analyzer, "Recovering nurses' RECOVERY"))
          .containsExactly("recov@0[0,10)", "nurs@1[11,17)", "recoveri@2[19,27)");
    }
  }

  @Test
  void indexingKeepsTheWrittenFormBesideItsStemAtTheSamePosition() throws IOException {
    try (Analyzer analyzer = TranscriptAnalyzer.forIndexing()) {
      assertThat(tokens(analyzer, "recovering peer"))
          .containsExactly("recovering@0[0,10)", "recov@0[0,10)", "peer@1[11,15)");
    }
  }

  @Test
  void chineseIsSegmentedIntoWordsAndFoldedToSimplified() throws IOException {
    try (Analyzer analyzer = TranscriptAnalyzer.forQueries()) {
      assertThat(tokens(analyzer, "我們的同儕支持團體"))
          .containsExactly("我们@0[0,2)", "的@1[2,3)", "同侪@2[3,5)", "支持@3[5,7)", "团体@4[7,9)");
      assertThat(tokens(analyzer, "個人民宿")).containsExactly("个人@0[0,2)", "民宿@1[2,4)");
    }
  }

  @Test
  void offsetsCountUtf16UnitsSoEmojiTakeTwo() throws IOException {
    try (Analyzer analyzer = TranscriptAnalyzer.forQueries()) {
      assertThat(tokens(analyzer, "\uD83D\uDE00 ＡＢＣ Join平臺"))
          .containsExactly("\uD83D\uDE00@0[0,2)", "abc@1[3,6)", "join@2[7,11)", "平台@3[11,13)");
    }
  }

  @Test
  void wildcardPiecesAreFoldedButNotStemmed() {
    try (Analyzer analyzer = TranscriptAnalyzer.forQueries()) {
      assertThat(analyzer.normalize(IndexFields.TEXT, "Recovering").utf8ToString())
          .isEqualTo("recovering");
      assertThat(analyzer.normalize(IndexFields.TEXT, "復元").utf8ToString()).isEqualTo("复元");
    }
  }
}
