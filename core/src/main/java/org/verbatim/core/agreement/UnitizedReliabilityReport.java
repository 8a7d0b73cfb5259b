package org.verbatim.core.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every unitized-data statistic for one study. The alpha family is keyed by semantic domain (one
 * entry, {@link UnitizedStudy#ALL_CATEGORIES}, when no domains were given); {@code
 * acrossDomainsCuAlpha} is Cuα; {@code characterKappa} and {@code segmentMatching} are keyed by
 * category, with {@code segmentMatchingOverall} summing all categories at {@code matchThreshold}.
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
    SegmentAgreement segmentMatchingOverall) {

  public UnitizedReliabilityReport {
    coders = List.copyOf(coders);
    uAlpha = Map.copyOf(uAlpha);
    binaryUAlpha = Map.copyOf(binaryUAlpha);
    cuAlpha = Map.copyOf(cuAlpha);
    binaryUAlphaByCategory = Map.copyOf(binaryUAlphaByCategory);
    Objects.requireNonNull(acrossDomainsCuAlpha);
    characterKappa = Map.copyOf(characterKappa);
    segmentMatching = Map.copyOf(segmentMatching);
    Objects.requireNonNull(segmentMatchingOverall);
  }
}
