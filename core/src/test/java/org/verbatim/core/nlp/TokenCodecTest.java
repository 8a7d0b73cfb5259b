package org.verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
  @Test
  void tokensRoundTripThroughTheBlob() {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      tokens.add(
          new Token(
              i * 7, i * 7 + 5, "w" + (i % 50), "l" + (i % 40), "NN", i % 9 == 0 ? "PERSON" : "O"));
    }
    tokens.add(new Token(40000, 40002, "醫院", "醫院", "", "O"));
    assertThat(TokenCodec.decode(TokenCodec.encode(tokens))).isEqualTo(tokens);
    assertThat(TokenCodec.decode(TokenCodec.encode(List.of()))).isEmpty();
  }

  @Test
  void refusesABlobItDidNotMake() {
    assertThatThrownBy(() -> TokenCodec.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
