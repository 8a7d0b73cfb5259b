package org.verbatim.core.agreement;

import java.util.Objects;

/**
 * Character-level agreement of two coders on one category: Cohen's kappa over characters, percent
 * agreement over all characters (inflated by text neither coded) and over coded characters only
 * (characters either coder coded).
 */
public record CharacterAgreement(
    Statistic kappa, Statistic percentAgreementAll, Statistic percentAgreementCoded) {

  public CharacterAgreement {
    Objects.requireNonNull(kappa);
    Objects.requireNonNull(percentAgreementAll);
    Objects.requireNonNull(percentAgreementCoded);
  }

  /** All three undefined for the same reason. */
  public static CharacterAgreement undefined(String reason) {
    Statistic s = Statistic.undefined(reason);
    return new CharacterAgreement(s, s, s);
  }
}
