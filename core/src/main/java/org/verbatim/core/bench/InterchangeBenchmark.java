package org.verbatim.core.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.interchange.ExportOptions;
import org.verbatim.core.interchange.ImportReport;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Sentence;
import org.verbatim.core.model.Span;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.Project;

/**
 * Times REFI-QDA export and re-import of a generated study: {@link CorpusGenerator} transcripts
 * imported into a project, coded by two coders with 40 codes (sentence-aligned codings spread
 * evenly over the documents), exported as {@code .qdpx} and imported into a new project; peak heap
 * is measured per phase.
 */
public final class InterchangeBenchmark {
  /** What to generate: documents, words per transcript, codings in total, random seed. */
  public record Settings(int documents, int words, int codings, long seed) {}

  /** Timings and sizes; heap figures are the peak of the heap pools during each phase. */
  public record Result(
      int documents,
      long characters,
      int codings,
      long packageBytes,
      Duration fill,
      Duration export,
      long exportPeakHeap,
      Duration reimport,
      long importPeakHeap,
      int reimportedCodings,
      Duration exportCpu,
      Duration reimportCpu) {}

  private InterchangeBenchmark() {}

  public static Result run(Settings settings, Path work) throws Exception {
    long begin = System.nanoTime();
    var corpus =
        new CorpusGenerator(
                new CorpusGenerator.Settings(
                    settings.documents(), settings.words(), 5, settings.seed()))
            .generate(work.resolve("corpus"));
    TranscriptImport reader = TranscriptImport.withStandardSplitter();
    long characters = 0;
    int codings;
    try (Project source = Project.create(work.resolve("source"))) {
      for (ImportOutcome o :
          new DocumentImporter(source, reader)
              .importFiles(
                  corpus.transcripts(),
                  ImportOptions.defaults(),
                  "bench",
                  Runtime.getRuntime().availableProcessors(),
                  o -> {})) {
        if (o.error().isPresent()) {
          throw new InvalidInputException(o.error().get());
        }
      }
      codings = code(source, settings);
      for (DocumentSummary d : source.store().documents().list()) {
        characters += d.length();
      }
    }
    Duration fill = since(begin);
    Path qdpx = work.resolve("study.qdpx");
    // built once, as the server and the command line do; not part of the import
    ProjectInterchange interchange =
        new ProjectInterchange(LanguageAwareSentenceSplitter.standard());
    HeapPeaks.reset();
    long cpu = HeapPeaks.processCpu();
    begin = System.nanoTime();
    try (Project source = Project.open(work.resolve("source"))) {
      ProjectInterchange.exportProject(source, qdpx, ExportOptions.defaults("bench"));
    }
    Duration export = since(begin);
    Duration exportCpu = Duration.ofNanos(HeapPeaks.processCpu() - cpu);
    long exportHeap = HeapPeaks.peak();
    HeapPeaks.reset();
    cpu = HeapPeaks.processCpu();
    begin = System.nanoTime();
    ImportReport report =
        interchange.importProject(work.resolve("reimported"), qdpx, "bench", line -> {});
    Duration reimport = since(begin);
    Duration reimportCpu = Duration.ofNanos(HeapPeaks.processCpu() - cpu);
    long importHeap = HeapPeaks.peak();
    return new Result(
        settings.documents(),
        characters,
        codings,
        Files.size(qdpx),
        fill,
        export,
        exportHeap,
        reimport,
        importHeap,
        report.codings(),
        exportCpu,
        reimportCpu);
  }

  /** Adds the codings, spread evenly: each a run of one to three sentences. */
  private static int code(Project project, Settings settings) {
    var store = project.store();
    List<CoderId> coders =
        List.of(
            store.coders().ensure("coder1", "bench").id(),
            store.coders().ensure("coder2", "bench").id());
    List<CodeId> codes = new ArrayList<>();
    for (int d = 0; d < 8; d++) {
      CodeId top =
          store
              .codes()
              .create(new NewCode(Optional.empty(), "Domain " + (d + 1), "", "#336699"), "bench")
              .id();
      codes.add(top);
      for (int k = 1; k < 5; k++) {
        codes.add(
            store
                .codes()
                .create(
                    new NewCode(
                        Optional.of(top),
                        "Code " + (d + 1) + "." + k,
                        "definition " + k,
                        "#993366"),
                    "bench")
                .id());
      }
    }
    Random random = new Random(settings.seed());
    List<DocumentSummary> docs = store.documents().list();
    int total = 0;
    for (int i = 0; i < docs.size(); i++) {
      int want = (int) ((long) settings.codings() * (i + 1) / docs.size()) - total;
      Document doc = store.documents().get(docs.get(i).id()).orElseThrow();
      List<Sentence> sentences = doc.sentences();
      List<NewCoding> batch = new ArrayList<>();
      for (int n = 0; n < want && !sentences.isEmpty(); n++) {
        int s = random.nextInt(sentences.size());
        int e = Math.min(sentences.size() - 1, s + random.nextInt(3));
        Span span = new Span(sentences.get(s).span().start(), sentences.get(e).span().end());
        if (span.length() == 0) {
          continue;
        }
        batch.add(
            new NewCoding(
                doc.id(), codes.get(random.nextInt(codes.size())), coders.get(n % 2), span, ""));
      }
      store.codings().addAll(batch, "bench");
      total += batch.size();
    }
    return total;
  }

  private static Duration since(long begin) {
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
