package org.verbatim.core.agreement.project;

import java.util.Objects;
import java.util.Optional;
import org.verbatim.core.agreement.Statistic;

/**
 * Agreement on yes/no items (a unit coded with a code or not): how many items, how many at least
 * one coder coded, percent agreement (share of agreeing coder pairs), Cohen's kappa (two coders
 * only) and nominal Krippendorff's alpha; undefined statistics carry their reason.
 */
public record BinaryAgreement(
    long items,
    long codedItems,
    Statistic percentAgreement,
    Statistic cohenKappa,
    Statistic krippendorffAlpha) {

  public BinaryAgreement {
    Objects.requireNonNull(percentAgreement);
    Objects.requireNonNull(cohenKappa);
    Objects.requireNonNull(krippendorffAlpha);
    if (items < 0 || codedItems < 0 || codedItems > items) {
      throw new IllegalArgumentException("need 0 <= codedItems <= items");
    }
  }

  /** Krippendorff's reading of the alpha, empty when alpha is undefined. */
  public Optional<Reading> reading() {
    return Reading.of(krippendorffAlpha);
  }
}
