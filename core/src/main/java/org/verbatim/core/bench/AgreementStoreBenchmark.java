package org.verbatim.core.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.verbatim.core.agreement.project.AgreementCode;
import org.verbatim.core.agreement.project.AgreementInput;
import org.verbatim.core.agreement.project.AgreementInputs;
import org.verbatim.core.agreement.project.AgreementUnit;
import org.verbatim.core.agreement.project.ProjectAgreement;
import org.verbatim.core.agreement.project.UnitAgreementReport;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Span;
import org.verbatim.core.store.sqlite.SqliteProjectStore;

/**
 * Times project agreement the way the command line runs it, from a SQLite project store: fills a
 * store with the {@link AgreementBenchmark} study (each document's text made unique, since a store
 * refuses the same text twice), then reads the agreement input back and computes, for sentence
 * units and for the character continuum.
 */
public final class AgreementStoreBenchmark {
  /**
   * Timings of one run.
   *
   * @param fill storing documents, codebook and codings
   * @param loadSentences reading the sentence-unit input back from the store
   * @param unitStatistics computing the unit statistics from it
   * @param loadCharacters reading the continuum input back
   * @param unitizedStatistics computing the unitized statistics from it
   * @param pooledAlpha the pooled alpha at sentence units, to compare with the direct path
   */
  public record Result(
      int documents,
      long codings,
      Duration fill,
      Duration loadSentences,
      Duration unitStatistics,
      Duration loadCharacters,
      Duration unitizedStatistics,
      OptionalDouble pooledAlpha) {}

  private AgreementStoreBenchmark() {}

  /** Runs the benchmark in {@code work} (templates and {@code project.sqlite} go there). */
  public static Result run(AgreementBenchmark.Settings settings, Path work) {
    AgreementBenchmark.Study study = AgreementBenchmark.Study.generate(settings, work);
    try (SqliteProjectStore store = SqliteProjectStore.open(work.resolve("project.sqlite"))) {
      long begin = System.nanoTime();
      fill(store, study);
      Duration fill = since(begin);
      begin = System.nanoTime();
      AgreementInput sentences =
          AgreementInputs.fromStore(store, study.request(AgreementUnit.SENTENCE));
      Duration loadSentences = since(begin);
      begin = System.nanoTime();
      UnitAgreementReport report = (UnitAgreementReport) ProjectAgreement.compute(sentences);
      Duration unit = since(begin);
      begin = System.nanoTime();
      AgreementInput characters =
          AgreementInputs.fromStore(store, study.request(AgreementUnit.CHARACTER));
      Duration loadCharacters = since(begin);
      begin = System.nanoTime();
      ProjectAgreement.compute(characters);
      Duration unitized = since(begin);
      return new Result(
          settings.documents(),
          study.codingCount(),
          fill,
          loadSentences,
          unit,
          loadCharacters,
          unitized,
          report.pooled().krippendorffAlpha().value());
    }
  }

  static void fill(SqliteProjectStore store, AgreementBenchmark.Study study) {
    String actor = "bench";
    List<CoderId> coders = new ArrayList<>();
    study.coders().forEach(name -> coders.add(store.coders().ensure(name, actor).id()));
    List<CodeId> codes = new ArrayList<>();
    CodeId parent = null;
    for (AgreementCode code : study.codes()) {
      Optional<CodeId> under = code.depth() == 0 ? Optional.empty() : Optional.of(parent);
      CodeId id = store.codes().create(new NewCode(under, code.name(), "", "#336699"), actor).id();
      if (code.depth() == 0) {
        parent = id;
      }
      codes.add(id);
    }
    for (int n = 0; n < study.codings().size(); n++) {
      DocumentContent t = study.template(n);
      String name = AgreementBenchmark.Study.name(n);
      DocumentContent unique =
          new DocumentContent(
              name, t.language(), t.format(), t.text() + "\n\n" + name, t.turns(), t.sentences());
      DocumentId doc = store.documents().add(unique, actor).id();
      List<NewCoding> batch = new ArrayList<>();
      for (SyntheticCodings.Coding c : study.codings().get(n)) {
        batch.add(
            new NewCoding(
                doc, codes.get(c.code()), coders.get(c.coder()), new Span(c.start(), c.end()), ""));
      }
      store.codings().addAll(batch, actor);
    }
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
