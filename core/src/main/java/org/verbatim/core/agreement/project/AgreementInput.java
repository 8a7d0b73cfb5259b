package org.verbatim.core.agreement.project;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.verbatim.core.model.InvalidInputException;

/**
 * Everything a project agreement computation reads, independent of the store: the coders, the unit
 * and its overlap rule, the selected codes in codebook order, the compared documents (with units of
 * that kind and the codings as indexes into {@code coders} and {@code codes}) and the documents
 * left out.
 */
public record AgreementInput(
    List<String> coders,
    AgreementUnit unit,
    double minOverlapPercent,
    List<AgreementCode> codes,
    List<InputDocument> documents,
    List<SkippedDocument> skipped) {

  /**
   * @throws InvalidInputException for fewer than two coders, repeated code paths, a document built
   *     for another number of codes, or a coding whose coder index lies outside the list
   */
  public AgreementInput {
    coders = List.copyOf(coders);
    Objects.requireNonNull(unit);
    codes = List.copyOf(codes);
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
    if (coders.size() < 2 || coders.size() > AgreementRequest.MAX_CODERS) {
      throw new InvalidInputException(
          "compare 2 to " + AgreementRequest.MAX_CODERS + " coders, not " + coders.size());
    }
    Set<String> paths = new HashSet<>();
    for (AgreementCode code : codes) {
      if (!paths.add(code.path())) {
        throw new InvalidInputException("code path '" + code.path() + "' is listed twice");
      }
    }
    for (InputDocument d : documents) {
      for (int i = 0; i < d.codingCount(); i++) {
        if (d.coderOf(i) >= coders.size()) {
          throw new InvalidInputException(
              d.name() + ": a coding refers to coder " + d.coderOf(i) + " of " + coders.size());
        }
      }
      if (d.codeCount() != codes.size()) {
        throw new InvalidInputException(
            d.name() + ": built for " + d.codeCount() + " codes, not " + codes.size());
      }
    }
  }
}
