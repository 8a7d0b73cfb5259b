package org.verbatim.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void hanCharactersTakeTwoColumnsAndLatinOne() {
    assertThat(DisplayWidth.of("同儕支持")).isEqualTo(8);
    assertThat(DisplayWidth.of("peer")).isEqualTo(4);
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
  }

  @Test
  void chineseAndEnglishContextsPadToTheSameDisplayWidth() {
    String zh = DisplayWidth.leftPad("我們的同儕支持小組很重要，", 40);
    String en = DisplayWidth.leftPad("the peer support group", 40);
    assertThat(DisplayWidth.of(zh)).isEqualTo(40);
    assertThat(DisplayWidth.of(en)).isEqualTo(40);
    assertThat(DisplayWidth.of(DisplayWidth.leftPad("同".repeat(30), 40))).isEqualTo(40);
    assertThat(DisplayWidth.of(DisplayWidth.leftPad("同".repeat(30) + "a", 40))).isEqualTo(39 + 1);
  }

  @Test
  void rightPaddingKeepsTheSpeakerColumnAligned() {
    assertThat(DisplayWidth.of(DisplayWidth.rightPad("護理師", 22))).isEqualTo(22);
    assertThat(DisplayWidth.rightPad("護理師", 22)).startsWith("護理師 ");
  }
}
