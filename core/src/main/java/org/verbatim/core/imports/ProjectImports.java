package org.verbatim.core.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.ingest.TranscriptReaders;
import org.verbatim.core.interchange.CodebookMergeReport;
import org.verbatim.core.interchange.ImportReport;
import org.verbatim.core.interchange.ProjectInterchange;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.nlp.SentenceSplitter;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.ParticipantPreview;
import org.verbatim.core.project.Project;

/**
 * The one way files come into an open project, for the command line and the server alike:
 * transcripts (each file its own transaction), REFI-QDA projects and codebooks, participants
 * tables; the file's extension decides ({@link ImportKind}), and every refusal names the file.
 */
public final class ProjectImports {
  /** Largest {@code .qdpx} accepted as an upload: a project of a thousand long interviews. */
  public static final long MAX_PROJECT_BYTES = 2L << 30;

  /** Largest {@code .qdc} accepted, as {@code QdcReader} reads it. */
  public static final long MAX_CODEBOOK_BYTES = 256L << 20;

  private final Project project;
  private final @Nullable SentenceSplitter splitter;
  private volatile @Nullable TranscriptImport reader;

  /** Builds the standard sentence splitter (CoreNLP) on the first import that needs it. */
  public ProjectImports(Project project) {
    this.project = project;
    this.splitter = null;
  }

  /** Uses {@code splitter} for the sentences of imported documents. */
  public ProjectImports(Project project, SentenceSplitter splitter) {
    this.project = project;
    this.splitter = splitter;
  }

  /**
   * Reads {@code file} as import would and stores nothing: its name, language, turns and speakers.
   *
   * @throws InvalidInputException naming the file when it could not be imported
   */
  public static TranscriptPreview preview(Path file, ImportOptions options) {
    return TranscriptPreview.of(file, TranscriptReaders.forFile(file).read(file, options));
  }

  /**
   * Imports transcripts, each in its own transaction ({@link DocumentImporter#importFiles}).
   *
   * @param listener hears each outcome as soon as the file is stored or refused
   */
  public List<ImportOutcome> transcripts(
      List<Path> files,
      ImportOptions options,
      String actor,
      int threads,
      Consumer<ImportOutcome> listener) {
    return new DocumentImporter(project, reader())
        .importFiles(files, options, actor, threads, listener);
  }

  /** Imports one transcript in one transaction; a refusal is in the outcome, as for many. */
  public ImportOutcome transcript(Path file, ImportOptions options, String actor) {
    return transcripts(List.of(file), options, actor, 1, o -> {}).get(0);
  }

  /**
   * Imports a {@code .qdpx} into this open project, which must be empty, in one transaction, and
   * re-indexes it (search sees the documents when this returns).
   *
   * @param progress hears one line per step ({@link ImportProgress} reads them)
   * @throws InvalidInputException naming the entry or element at fault, or the project that is not
   *     empty
   */
  public ImportReport refiProject(Path qdpx, String actor, Consumer<String> progress) {
    requireKind(qdpx, ImportKind.REFI_PROJECT);
    return new ProjectInterchange(splitter()).importProject(project, qdpx, actor, progress);
  }

  /**
   * Imports a {@code .qdpx} into {@code folder}, a new project or an empty one (the command line,
   * where no project is open).
   *
   * @throws InvalidInputException as {@link #refiProject}
   */
  public static ImportReport refiProjectInto(
      Path folder, Path qdpx, String actor, Consumer<String> progress) {
    requireKind(qdpx, ImportKind.REFI_PROJECT);
    return new ProjectInterchange(LanguageAwareSentenceSplitter.standard())
        .importProject(folder, qdpx, actor, progress);
  }

  /**
   * Merges a {@code .qdc} codebook into the project's codebook, in one transaction.
   *
   * @throws InvalidInputException naming the file and line at fault
   */
  public CodebookMergeReport codebook(Path qdc, String actor) {
    requireKind(qdc, ImportKind.REFI_CODEBOOK);
    return ProjectInterchange.importCodebook(project, qdc, actor);
  }

  /**
   * Reads a participants table (CSV or XLSX) and compares it with the project's documents, writing
   * nothing.
   *
   * @throws InvalidInputException naming file and line of a bad row
   */
  public ParticipantPreview previewParticipants(Path table) {
    return new ParticipantImporter(project).preview(table);
  }

  /**
   * Attaches a participants table in one transaction: every row (a row naming no document refuses
   * the whole table), or with {@code matchedOnly} the rows whose document exists.
   *
   * @throws InvalidInputException naming file and line of a bad row
   * @throws org.verbatim.core.model.NotFoundException naming the row whose document is unknown
   */
  public List<Participant> attachParticipants(Path table, String actor, boolean matchedOnly) {
    ParticipantImporter importer = new ParticipantImporter(project);
    return matchedOnly ? importer.attachMatched(table, actor) : importer.attach(table, actor);
  }

  /** The largest upload of {@code fileName} that import would read, in bytes. */
  public static long maxBytes(String fileName) {
    return switch (ImportKind.of(fileName)) {
      case TRANSCRIPT -> TranscriptReaders.maxBytes(fileName);
      case REFI_PROJECT -> MAX_PROJECT_BYTES;
      case REFI_CODEBOOK -> MAX_CODEBOOK_BYTES;
    };
  }

  /** The largest participants table of {@code fileName} that import would read, in bytes. */
  public static long maxTableBytes(String fileName) {
    return TranscriptReaders.maxTableBytes(fileName);
  }

  private static void requireKind(Path file, ImportKind kind) {
    if (ImportKind.of(file) != kind) {
      throw new InvalidInputException(
          file.getFileName()
              + ": is not a "
              + (kind == ImportKind.REFI_PROJECT ? ".qdpx project" : ".qdc codebook"));
    }
  }

  private TranscriptImport reader() {
    TranscriptImport r = reader;
    if (r == null) {
      synchronized (this) {
        r = reader;
        if (r == null) {
          r = new TranscriptImport(splitter());
          reader = r;
        }
      }
    }
    return r;
  }

  private SentenceSplitter splitter() {
    SentenceSplitter given = splitter;
    return given != null ? given : sharedStandard();
  }

  private static volatile @Nullable SentenceSplitter standard;

  /** The standard splitter, built once per process: CoreNLP's pipeline takes seconds to build. */
  private static SentenceSplitter sharedStandard() {
    SentenceSplitter s = standard;
    if (s == null) {
      synchronized (ProjectImports.class) {
        s = standard;
        if (s == null) {
          s = LanguageAwareSentenceSplitter.standard();
          standard = s;
        }
      }
    }
    return s;
  }
}
