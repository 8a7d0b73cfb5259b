package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.verbatim.core.agreement.project.AgreementCode;
import org.verbatim.core.agreement.project.AgreementInput;
import org.verbatim.core.agreement.project.AgreementRequest;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.ContinuumAgreementReport;
import org.verbatim.core.agreement.project.InputDocument;
import org.verbatim.core.agreement.project.ProjectAgreement;
import org.verbatim.core.agreement.project.UnitAgreementReport;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;

/**
 * Times project agreement on a synthetic double-coded study: {@code templates} transcripts from
 * {@link CorpusGenerator} are read with the real sentence splitter and reused in turn for N
 * documents, each coded by the coders with {@link SyntheticCodings} over {@code domains ×
 * codesPerDomain} codes. The study goes straight into the agreement input (filling a project store
 * with a thousand 10,000-word transcripts costs far more than the statistics; {@link
 * AgreementStoreBenchmark} times that path on a smaller study). Times unit statistics at sentence
 * units and the unitized family on the character continuum, each after one warm-up run.
 */
public final class AgreementBenchmark {
  /**
   * What to generate.
   *
   * @param documents documents in the study
   * @param coders coders who coded every document (2 to 10)
   * @param domains top-level codes, each with {@code codesPerDomain - 1} subcodes
   * @param codesPerDomain codes per domain, the top-level one included
   * @param templates distinct generated transcripts reused in turn
   * @param wordsPerDocument words per generated transcript
   * @param seed random seed: same settings, same study
   */
  public record Settings(
      int documents,
      int coders,
      int domains,
      int codesPerDomain,
      int templates,
      int wordsPerDocument,
      long seed) {
    public Settings {
      if (documents < 1 || coders < 2 || domains < 1 || codesPerDomain < 1 || templates < 1) {
        throw new IllegalArgumentException(
            "documents, domains, codes, templates >= 1; coders >= 2");
      }
    }

    /** N documents, 3 coders, 50 codes (10 domains of 5), 20 templates of 10,000 words. */
    public static Settings defaults(int documents) {
      return new Settings(documents, 3, 10, 5, 20, 10_000, 42);
    }

    int codes() {
      return domains * codesPerDomain;
    }
  }

  /**
   * Timings and sizes of one run.
   *
   * @param units sentence units compared
   * @param characters length of the character continuum
   * @param codings codings of all coders
   * @param prepare generating and reading the templates and coding every document
   * @param unitStatistics all unit statistics (per code, pooled, per document) at sentence units
   * @param unitizedStatistics the unitizing family, character kappa, pooled and per-document |uα
   * @param codesWithAlpha codes whose alpha is defined
   * @param codesWithBinaryUAlpha codes whose |uα is defined
   */
  public record Result(
      int documents,
      int coders,
      int codes,
      long units,
      long characters,
      long codings,
      Duration prepare,
      Duration unitStatistics,
      Duration unitizedStatistics,
      int codesWithAlpha,
      int codesWithBinaryUAlpha,
      OptionalDouble pooledAlpha,
      OptionalDouble pooledBinaryUAlpha) {}

  private AgreementBenchmark() {}

  /** Runs the benchmark; {@code work} receives the generated template transcripts. */
  public static Result run(Settings settings, Path work) {
    long begin = System.nanoTime();
    Study study = Study.generate(settings, work);
    Duration prepare = Duration.ofNanos(System.nanoTime() - begin);
    AgreementInput sentences = study.input(AgreementUnit.SENTENCE);
    AgreementInput characters = study.input(AgreementUnit.CHARACTER);
    ProjectAgreement.compute(sentences);
    begin = System.nanoTime();
    UnitAgreementReport unit = (UnitAgreementReport) ProjectAgreement.compute(sentences);
    Duration unitTime = Duration.ofNanos(System.nanoTime() - begin);
    ProjectAgreement.compute(characters);
    begin = System.nanoTime();
    ContinuumAgreementReport continuum =
        (ContinuumAgreementReport) ProjectAgreement.compute(characters);
    Duration unitizedTime = Duration.ofNanos(System.nanoTime() - begin);
    return new Result(
        settings.documents(),
        settings.coders(),
        settings.codes(),
        unit.units(),
        continuum.length(),
        study.codingCount(),
        prepare,
        unitTime,
        unitizedTime,
        (int)
            unit.codes().stream()
                .filter(c -> c.agreement().krippendorffAlpha().isDefined())
                .count(),
        (int) continuum.codes().stream().filter(c -> c.binaryUAlpha().isDefined()).count(),
        unit.pooled().krippendorffAlpha().value(),
        continuum.pooledBinaryUAlpha().value());
  }

  /** The generated study: template documents and every document's codings. */
  record Study(
      Settings settings,
      List<String> coders,
      List<AgreementCode> codes,
      List<DocumentContent> templates,
      List<List<SyntheticCodings.Coding>> codings) {

    static Study generate(Settings settings, Path work) {
      var corpus =
          new CorpusGenerator(
                  new CorpusGenerator.Settings(
                      settings.templates(), settings.wordsPerDocument(), 5, settings.seed()))
              .generate(work.resolve("templates"));
      TranscriptImport reader = TranscriptImport.withStandardSplitter();
      List<DocumentContent> templates = new ArrayList<>();
      for (Path file : corpus.transcripts()) {
        templates.add(reader.read(file, ImportOptions.defaults()));
      }
      List<String> coders = new ArrayList<>();
      for (int c = 0; c < settings.coders(); c++) {
        coders.add("coder" + (c + 1));
      }
      List<AgreementCode> codes = new ArrayList<>();
      for (int d = 0; d < settings.domains(); d++) {
        AgreementCode top = AgreementCode.topLevel("Theme " + (d + 1));
        codes.add(top);
        for (int k = 1; k < settings.codesPerDomain(); k++) {
          codes.add(top.child("Code " + (d + 1) + "." + k));
        }
      }
      Random random = new Random(settings.seed());
      List<List<SyntheticCodings.Coding>> codings = new ArrayList<>();
      for (int n = 0; n < settings.documents(); n++) {
        DocumentContent template = templates.get(n % templates.size());
        codings.add(
            SyntheticCodings.generate(
                template.sentences().stream().map(Sentence::span).toList(),
                settings.coders(),
                settings.domains(),
                settings.codesPerDomain(),
                10,
                random));
      }
      return new Study(settings, coders, codes, templates, codings);
    }

    static String name(int n) {
      return String.format(java.util.Locale.ROOT, "D%05d", n + 1);
    }

    DocumentContent template(int n) {
      return templates.get(n % templates.size());
    }

    long codingCount() {
      return codings.stream().mapToLong(List::size).sum();
    }

    /** The agreement input for {@code unit}, built without a store. */
    AgreementInput input(AgreementUnit unit) {
      List<InputDocument> docs = new ArrayList<>();
      for (int n = 0; n < codings.size(); n++) {
        DocumentContent doc = template(n);
        InputDocument.Builder b = InputDocument.builder(name(n), doc.text().length());
        if (unit == AgreementUnit.SENTENCE) {
          for (Sentence s : doc.sentences()) {
            Span span = s.span();
            b.unit(span.start(), span.end());
          }
        }
        for (SyntheticCodings.Coding c : codings.get(n)) {
          b.coding(c.coder(), c.code(), c.start(), c.end());
        }
        docs.add(b.build(codes.size()));
      }
      return new AgreementInput(coders, unit, 0, codes, docs, List.of());
    }

    /** The request matching {@link #input}, for a store holding this study. */
    AgreementRequest request(AgreementUnit unit) {
      return AgreementRequest.of(coders, unit);
    }
  }
}
