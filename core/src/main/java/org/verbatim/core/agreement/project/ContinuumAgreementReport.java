package org.verbatim.core.agreement.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.verbatim.core.agreement.CharacterAgreement;
import org.verbatim.core.agreement.Statistic;

/**
 * Agreement on the character continuum (the compared documents' texts one after another, {@code
 * length} characters): uα with every selected code as one domain, uα/|uα/cuα per semantic domain,
 * Cuα across domains, per code |uα and character kappa, |uα pooled over every (document × code)
 * copy of the text, and per document uα and pooled |uα.
 */
public record ContinuumAgreementReport(
    AgreementScope scope,
    long length,
    Statistic uAlpha,
    List<DomainAgreement> domains,
    Statistic cuAlphaAcrossDomains,
    List<CodeAgreement> codes,
    Statistic pooledBinaryUAlpha,
    List<DocumentAgreement> documents)
    implements ProjectAgreementReport {

  public ContinuumAgreementReport {
    Objects.requireNonNull(scope);
    Objects.requireNonNull(uAlpha);
    domains = List.copyOf(domains);
    Objects.requireNonNull(cuAlphaAcrossDomains);
    codes = List.copyOf(codes);
    Objects.requireNonNull(pooledBinaryUAlpha);
    documents = List.copyOf(documents);
  }

  /** Reading of the pooled |uα. */
  public Optional<Reading> pooledReading() {
    return Reading.of(pooledBinaryUAlpha);
  }

  /** One semantic domain (a top-level code with its subcodes): uα, |uα and cuα. */
  public record DomainAgreement(
      String domain,
      List<String> codePaths,
      Statistic uAlpha,
      Statistic binaryUAlpha,
      Statistic cuAlpha) {
    public DomainAgreement {
      Objects.requireNonNull(domain);
      codePaths = List.copyOf(codePaths);
      Objects.requireNonNull(uAlpha);
      Objects.requireNonNull(binaryUAlpha);
      Objects.requireNonNull(cuAlpha);
    }

    /** Reading of the cuα. */
    public Optional<Reading> reading() {
      return Reading.of(cuAlpha);
    }
  }

  /**
   * One code: characters at least one coder coded with it, |uα (its segments against uncoded text)
   * and the character-level kappa with its percent agreements.
   */
  public record CodeAgreement(
      AgreementCode code,
      long codedCharacters,
      Statistic binaryUAlpha,
      CharacterAgreement character) {
    public CodeAgreement {
      Objects.requireNonNull(code);
      Objects.requireNonNull(binaryUAlpha);
      Objects.requireNonNull(character);
    }

    /** Reading of the |uα. */
    public Optional<Reading> reading() {
      return Reading.of(binaryUAlpha);
    }
  }

  /** One document: uα with the selected codes as one domain, and |uα pooled over its codes. */
  public record DocumentAgreement(
      String document, int length, Statistic uAlpha, Statistic pooledBinaryUAlpha) {
    public DocumentAgreement {
      Objects.requireNonNull(document);
      Objects.requireNonNull(uAlpha);
      Objects.requireNonNull(pooledBinaryUAlpha);
    }

    /** Reading of the pooled |uα. */
    public Optional<Reading> reading() {
      return Reading.of(pooledBinaryUAlpha);
    }
  }
}
