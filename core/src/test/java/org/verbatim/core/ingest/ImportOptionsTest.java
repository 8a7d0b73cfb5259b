package org.verbatim.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;

class ImportOptionsTest {
  @Test
  void defaultsUseTheDefaultLabelPatternAndNoNameOrLanguage() {
    ImportOptions options = ImportOptions.defaults();
    assertThat(options.name()).isEmpty();
    assertThat(options.language()).isEmpty();
    assertThat(options.speakerPattern()).isSameAs(SpeakerLabels.DEFAULT_PATTERN);
  }

  @Test
  void withersChangeOneField() {
    ImportOptions options =
        ImportOptions.defaults()
            .withName("P01")
            .withLanguage(Language.CHINESE)
            .withSpeakerPattern("(?<speaker>\\w+)>");
    assertThat(options.name()).contains("P01");
    assertThat(options.language()).contains(Language.CHINESE);
    assertThat(options.speakerPattern().pattern()).isEqualTo("(?<speaker>\\w+)>");
  }

  @Test
  void refusesAPatternWithoutSpeakerGroup() {
    assertThatThrownBy(
            () -> new ImportOptions(Optional.empty(), Optional.empty(), Pattern.compile("(\\w+):")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("(?<speaker>");
  }

  @Test
  void refusesAPatternThatDoesNotCompile() {
    assertThatThrownBy(() -> ImportOptions.defaults().withSpeakerPattern("(?<speaker>[a-"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not compile");
  }

  @Test
  void refusesABlankName() {
    assertThatThrownBy(() -> ImportOptions.defaults().withName("  "))
        .isInstanceOf(InvalidInputException.class);
  }
}
