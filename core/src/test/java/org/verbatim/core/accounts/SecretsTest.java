package org.verbatim.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void tokensAreLongRandomAndUrlSafe() {
    String a = Secrets.token();
    assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Secrets.token());
  }

  @Test
  void generatedPasswordsAvoidLookAlikeCharacters() {
    for (int i = 0; i < 50; i++) {
      assertThat(Secrets.password()).hasSize(20).doesNotContain("0", "O", "1", "l", "I");
    }
  }

  @Test
  void sessionTokensAreStoredAsTheirSha256() {
    assertThat(Secrets.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Secrets.same("abc", "abc")).isTrue();
    assertThat(Secrets.same("abc", "abd")).isFalse();
  }
}
