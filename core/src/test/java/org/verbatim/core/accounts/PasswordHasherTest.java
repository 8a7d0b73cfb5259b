package org.verbatim.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aHashVerifiesItsPasswordAndNoOther() {
    String hash = hasher.hash("correct horse battery");
    assertThat(hasher.verify("correct horse battery", hash)).isTrue();
    assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
  }

  @Test
  void theEncodingRecordsAlgorithmIterationsAndARandomSalt() {
    String a = hasher.hash("same password");
    String b = hasher.hash("same password");
    assertThat(a).startsWith("pbkdf2-sha256$600000$");
    assertThat(a.split("\\$")).hasSize(4);
    assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void refusesFewerThan600000Iterations() {
    assertThatThrownBy(() -> new PasswordHasher(599_999))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMalformedStoredHashNeverMatches() {
    assertThat(hasher.verify("x", "")).isFalse();
    assertThat(hasher.verify("x", "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
    assertThat(hasher.verify("x", "pbkdf2-sha256$600000$!!$AAAA")).isFalse();
    assertThat(hasher.verify("x", "md5$1$a$b")).isFalse();
  }

  @Test
  void aHashWithFewerIterationsThanConfiguredNeedsRehashing() {
    assertThat(new PasswordHasher(700_000).needsRehash(hasher.hash("pw"))).isTrue();
    assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
  }
}
