package org.verbatim.core.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordInContextTest {
  @Test
  void shortTextIsShownWholeWithLineBreaksAsSpaces() {
    String text = "first line\nsecond\tline match after\r\nend";
    int start = text.indexOf("match");
    assertThat(KeywordInContext.before(text, start)).isEqualTo("first line second line ");
    assertThat(KeywordInContext.after(text, start + 5)).isEqualTo(" after end");
  }

  @Test
  void longContextIsCutAtAWordBoundaryWithinTheLimit() {
    String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ";
    String text = words + "MATCH " + words;
    int start = text.indexOf("MATCH");
    String before = KeywordInContext.before(text, start);
    String after = KeywordInContext.after(text, start + 5);
    assertThat(before.length()).isLessThanOrEqualTo(KeywordInContext.CONTEXT);
    assertThat(before).startsWith("gamma ").endsWith("mu ");
    assertThat(after.length()).isLessThanOrEqualTo(KeywordInContext.CONTEXT);
    assertThat(after).startsWith(" alpha").endsWith("kappa");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    String text = emoji.repeat(40) + "X" + emoji.repeat(40);
    int start = text.indexOf('X');
    String before = KeywordInContext.before(text, start);
    String after = KeywordInContext.after(text, start + 1);
    assertThat(before).isEqualTo(emoji.repeat(30));
    assertThat(after).isEqualTo(emoji.repeat(30));
    text = "a" + emoji.repeat(40) + "X" + emoji.repeat(40) + "b";
    start = text.indexOf('X');
    assertThat(Character.isLowSurrogate(KeywordInContext.before(text, start).charAt(0))).isFalse();
    String cut = KeywordInContext.after(text, start + 1);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
  }
}
