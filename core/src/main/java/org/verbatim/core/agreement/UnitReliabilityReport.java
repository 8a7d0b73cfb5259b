package org.verbatim.core.agreement;

import java.util.Objects;
import java.util.Optional;

/**
 * Every unit-data statistic for one study. {@code percentAgreement} is reported in {@code
 * percentAgreementConvention} (Krippendorff's pairable-values form); {@code percentAgreementGwet}
 * is Gwet's form, which differs only when values are missing. {@code alphaInterval} is present when
 * a bootstrap was requested and defined; otherwise {@code alphaIntervalNote} may say why not.
 * {@code extras} holds the multi-coder and ordinal statistics.
 */
public record UnitReliabilityReport(
    int units,
    int coders,
    Level level,
    Statistic percentAgreement,
    String percentAgreementConvention,
    Statistic percentAgreementGwet,
    Statistic cohenKappa,
    Statistic scottPi,
    Statistic fleissKappa,
    Statistic krippendorffAlpha,
    Statistic gwetAC1,
    Statistic brennanPrediger,
    Optional<ConfidenceInterval> alphaInterval,
    Optional<String> alphaIntervalNote,
    UnitReliabilityExtras extras) {

  public UnitReliabilityReport {
    Objects.requireNonNull(level);
    Objects.requireNonNull(percentAgreement);
    Objects.requireNonNull(percentAgreementConvention);
    Objects.requireNonNull(percentAgreementGwet);
    Objects.requireNonNull(cohenKappa);
    Objects.requireNonNull(scottPi);
    Objects.requireNonNull(fleissKappa);
    Objects.requireNonNull(krippendorffAlpha);
    Objects.requireNonNull(gwetAC1);
    Objects.requireNonNull(brennanPrediger);
    Objects.requireNonNull(alphaInterval);
    Objects.requireNonNull(alphaIntervalNote);
    Objects.requireNonNull(extras);
  }
}
