package org.verbatim.core.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 (the JDK's {@code SecretKeyFactory}) and a random
 * 16-byte salt per hash. The encoding keeps the iteration count, so raising it later still verifies
 * old hashes: {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}.
 */
public final class PasswordHasher {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; nothing weaker is accepted. */
  public static final int MIN_ITERATIONS = 600_000;

  public static final int MAX_PASSWORD_LENGTH = 1024;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  public PasswordHasher() {
    this(MIN_ITERATIONS);
  }

  /**
   * @throws IllegalArgumentException if {@code iterations} is below {@link #MIN_ITERATIONS}
   */
  public PasswordHasher(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "PBKDF2 needs at least " + MIN_ITERATIONS + " iterations, was " + iterations);
    }
    this.iterations = iterations;
  }

  public int iterations() {
    return iterations;
  }

  /** A new encoded hash of {@code password} with a fresh salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(derive(password, salt, iterations));
  }

  /**
   * Whether {@code password} matches {@code encoded}; compares in constant time. A malformed
   * encoding never matches.
   */
  public boolean verify(String password, String encoded) {
    String[] parts = encoded.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (n < 1 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, derive(password, salt, n));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether a stored hash was made with fewer iterations than this hasher uses. */
  public boolean needsRehash(String encoded) {
    String[] parts = encoded.split("\\$");
    try {
      return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always provides " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }
}
