package org.verbatim.core.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every unitized-data statistic for one study. The alpha family is keyed by semantic domain (one
 * entry, {@link UnitizedStudy#ALL_CATEGORIES}, when no domains were given); {@code
 * acrossDomainsCuAlpha} is Cuα; {@code characterKappa} and {@code segmentMatching} are keyed by
 * category, with {@code segmentMatchingOverall} summing all categories at {@code matchThreshold}.
 * {@code perValueUAlpha} is (k)uα with its coverage by category, each within its domain. Maps keep
 * domain and category order.
 */
public record UnitizedReliabilityReport(
    int length,
    List<String> coders,
    boolean domainsGiven,
    Map<String, Statistic> uAlpha,
    Map<String, Statistic> binaryUAlpha,
    Map<String, Statistic> cuAlpha,
    Map<String, Statistic> binaryUAlphaByCategory,
    Statistic acrossDomainsCuAlpha,
    Map<String, CharacterAgreement> characterKappa,
    double matchThreshold,
    Map<String, SegmentAgreement> segmentMatching,
    SegmentAgreement segmentMatchingOverall,
    Map<String, PerValueUAlpha.ValueAgreement> perValueUAlpha) {

  public UnitizedReliabilityReport {
    coders = List.copyOf(coders);
    uAlpha = ordered(uAlpha);
    binaryUAlpha = ordered(binaryUAlpha);
    cuAlpha = ordered(cuAlpha);
    binaryUAlphaByCategory = ordered(binaryUAlphaByCategory);
    Objects.requireNonNull(acrossDomainsCuAlpha);
    characterKappa = ordered(characterKappa);
    segmentMatching = ordered(segmentMatching);
    Objects.requireNonNull(segmentMatchingOverall);
    perValueUAlpha = ordered(perValueUAlpha);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
