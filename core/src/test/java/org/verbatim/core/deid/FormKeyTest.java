package org.verbatim.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormKeyTest {
  private static String replaced(String key, String text) {
    Matcher m = Pattern.compile(FormKey.pattern(key)).matcher(text);
    return m.replaceAll("[x]");
  }

  @Test
  void possessivesAndTitleStopsGroupWithTheBareForm() {
    assertThat(FormKey.of("Lin's")).isEqualTo("Lin");
    assertThat(FormKey.of("Lin\u2019s")).isEqualTo("Lin");
    assertThat(FormKey.of("Dr. Lin")).isEqualTo("Dr Lin");
    assertThat(FormKey.of("Dr  Lin")).isEqualTo("Dr Lin");
  }

  @Test
  void patternFindsSingularAndPluralPossessivesButNotLongerWords() {
    assertThat(replaced("Chen", "Chen's car, the Chens' house, the Chens\u2019 dog"))
        .isEqualTo("[x]'s car, the [x]s' house, the [x]s\u2019 dog");
    assertThat(replaced("Chen", "Chens said; Cheng came; Chensa left"))
        .isEqualTo("Chens said; Cheng came; Chensa left");
  }

  @Test
  void patternFindsATitleWithOrWithoutItsStopAndAcrossLineBreaks() {
    assertThat(replaced("Dr Lin", "Dr. Lin, Dr Lin and Dr.\nLin")).isEqualTo("[x], [x] and [x]");
    assertThat(replaced("Dr Lin", "Dr Linda")).isEqualTo("Dr Linda");
  }
}
