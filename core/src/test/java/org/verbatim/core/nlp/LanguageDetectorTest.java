package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.core.model.Language;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void detectsEnglishFromLatinScript() {
    assertThat(detector.detect("Interviewer: How long have you worked on the ward?"))
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  void detectsTraditionalAndSimplifiedChinese() {
    assertThat(detector.detect("訪談者：你在病房工作多久了？")).isEqualTo(Language.CHINESE);
    assertThat(detector.detect("访谈者：你在病房工作多久了？")).isEqualTo(Language.CHINESE);
  }

  @Test
  void detectsChineseThatQuotesEnglishWords() {
    String text = "### 呂家華：\n有關vTaiwan跟Join平臺在機制設計上，我覺得co-work的情形清楚，feedback給政府。";
    assertThat(detector.detect(text)).isEqualTo(Language.CHINESE);
  }

  @Test
  void keepsEnglishThatQuotesAChineseName() {
    String text = "Audrey Tang (唐鳳) said the breakaway was at the Neolithic Age, I believe.";
    assertThat(detector.detect(text)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void treatsTextWithoutLettersAsEnglish() {
    assertThat(detector.detect("12:30 — 13:45 ???")).isEqualTo(Language.ENGLISH);
  }
}
