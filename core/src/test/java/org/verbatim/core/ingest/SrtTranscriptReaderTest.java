package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.nlp.SpanInvariants;

class SrtTranscriptReaderTest {
  private static final Path FILE = Path.of("captions.srt");

  private static DocumentContent parse(String text) {
    DocumentContent content = SrtTranscriptReader.parse(FILE, text, ImportOptions.defaults());
    SpanInvariants.assertSane(content);
    return content;
  }

  @Test
  void readsNumberedCuesWithSpeakersAndDropsFormatting() {
    String srt =
        """
        1
        00:00:01,000 --> 00:00:03,500
        訪談者：你在病房
        工作多久了？

        2
        00:00:04,000 --> 00:00:06,000
        {\\an8}<font color="#fff">護理師K：</font><i>十年了。</i>

        3
        00:00:06,000 --> 00:00:07,000
        護理師K：大多是夜班。
        """;
    DocumentContent content = parse(srt);
    assertThat(content.format()).isEqualTo(SourceFormat.SRT);
    assertThat(content.language()).isEqualTo(Language.CHINESE);
    assertThat(content.text()).isEqualTo("訪談者: 你在病房 工作多久了？\n護理師K: 十年了。 大多是夜班。");
    assertThat(content.turns()).hasSize(2);
    assertThat(content.turns().get(1).speaker()).contains("護理師K");
    assertThat(content.turns().get(1).startMillis()).contains(4_000L);
    assertThat(content.turns().get(1).endMillis()).contains(7_000L);
  }

  @Test
  void acceptsBlocksWithoutCueNumber() {
    DocumentContent content = parse("00:00:01,000 --> 00:00:02,000\nHello.\n");
    assertThat(content.text()).isEqualTo("Hello.");
    assertThat(content.turns().get(0).speaker()).isEmpty();
  }

  @Test
  void refusesBrokenTimingNamingCueAndLine() {
    String srt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:02,000 --> 00:00:01,000\nBye\n";
    assertThatThrownBy(() -> parse(srt))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "captions.srt: cue 2 (line 6): ends at 00:00:01.000, before it starts at 00:00:02.000");
  }

  @Test
  void refusesABlockThatIsNotACue() {
    String srt = "1\n00:00:01,000 --> 00:00:02,000\nHi\n\nHello there\nmore\n";
    assertThatThrownBy(() -> parse(srt))
        .hasMessage(
            "captions.srt: cue 2 (line 5): expected a cue number and a timing line, found 'Hello there'");
  }

  @Test
  void refusesACueNumberWithoutTiming() {
    assertThatThrownBy(() -> parse("1\nHello\n"))
        .hasMessage(
            "captions.srt: cue 1 (line 2): expected a timing line 'start --> end', found 'Hello'");
  }
}
