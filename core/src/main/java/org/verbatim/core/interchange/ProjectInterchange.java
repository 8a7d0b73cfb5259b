package org.verbatim.core.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentContent;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.nlp.SentenceSplitter;
import org.verbatim.core.project.Project;
import org.verbatim.core.search.IndexedDocument;

/**
 * REFI-QDA interchange, the entry points for the command line and the server: export a project
 * ({@code .qdpx}) or its codebook ({@code .qdc}); import a {@code .qdpx} into a new or empty
 * project in one transaction, or merge a {@code .qdc} into a project's codebook.
 */
public final class ProjectInterchange {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectInterchange.class);
  private static final int INDEX_BATCH = 250;

  private final SentenceSplitter splitter;
  private final SafeZip.Limits limits;

  /**
   * Uses {@code splitter} for the sentences of imported documents (build it once; it is costly).
   */
  public ProjectInterchange(SentenceSplitter splitter) {
    this(splitter, SafeZip.Limits.standard());
  }

  ProjectInterchange(SentenceSplitter splitter, SafeZip.Limits limits) {
    this.splitter = splitter;
    this.limits = limits;
  }

  /**
   * Writes the whole project as a {@code .qdpx} package.
   *
   * @throws InvalidInputException when {@code out} exists and may not be replaced, the result does
   *     not validate against the schema, or the file cannot be written (nothing is written then)
   */
  public static ExportSummary exportProject(Project project, Path out, ExportOptions options) {
    return new QdpxWriter().write(project, out, options);
  }

  /**
   * Writes the project's codebook (and its themes as sets) as a {@code .qdc} file.
   *
   * @throws InvalidInputException as {@link #exportProject}, and when there are no codes
   */
  public static ExportSummary exportCodebook(Project project, Path out, ExportOptions options) {
    return new QdcWriter().write(project, out, options);
  }

  /**
   * Imports a {@code .qdpx} package into {@code folder}: a new project is created there when it
   * holds none, an existing one must be empty (no documents, codes or codings). The whole package
   * is read and checked before the project is touched, then stored in one transaction; when
   * anything fails, nothing is kept (a project created for the import is removed again).
   *
   * @param progress hears one line per step
   * @throws InvalidInputException naming the entry or element at fault, or the project that is not
   *     empty
   */
  public ImportReport importProject(
      Path folder, Path qdpx, String actor, Consumer<String> progress) {
    RefiProject refi = read(qdpx, progress);
    DocumentPreparer.Prepared prepared = prepare(refi, progress);
    boolean existed = Files.isRegularFile(folder.resolve(Project.DATABASE));
    boolean folderExisted = Files.exists(folder);
    if (!existed && folderExisted && !isEmptyFolder(folder)) {
      throw new InvalidInputException(
          folder + ": exists and is neither empty nor a Verbatim project");
    }
    Project project = existed ? Project.open(folder) : Project.create(folder);
    boolean kept = false;
    try {
      ImportReport report = store(project, qdpx, refi, prepared, actor, progress);
      kept = true;
      return report;
    } finally {
      project.close();
      if (!kept && !existed) {
        removeQuietly(folder, folderExisted);
      }
    }
  }

  /**
   * Imports a {@code .qdpx} package into an open, empty project (the server's upload), in one
   * transaction.
   *
   * @throws InvalidInputException as {@link #importProject(Path, Path, String, Consumer)}
   */
  public ImportReport importProject(
      Project project, Path qdpx, String actor, Consumer<String> progress) {
    RefiProject refi = read(qdpx, progress);
    return store(project, qdpx, refi, prepare(refi, progress), actor, progress);
  }

  /**
   * Merges a {@code .qdc} codebook into the project's codebook, in one transaction.
   *
   * @throws InvalidInputException naming the file and line at fault
   */
  public static CodebookMergeReport importCodebook(Project project, Path qdc, String actor) {
    return new CodebookMerge(project.store(), actor).merge(new QdcReader().read(qdc));
  }

  private RefiProject read(Path qdpx, Consumer<String> progress) {
    if (!Files.isRegularFile(qdpx)) {
      throw new InvalidInputException(qdpx + ": no such file");
    }
    RefiProject refi = new QdpxReader(limits).read(qdpx);
    progress.accept(
        "read "
            + qdpx.getFileName()
            + (refi.origin().isBlank() ? "" : " (" + refi.origin() + ")")
            + ": "
            + refi.texts().size()
            + " text sources, "
            + refi.codeCount()
            + " codes, "
            + refi.codingCount()
            + " codings, "
            + refi.users().size()
            + " users");
    return refi;
  }

  private DocumentPreparer.Prepared prepare(RefiProject refi, Consumer<String> progress) {
    return new DocumentPreparer(splitter, Runtime.getRuntime().availableProcessors())
        .prepare(refi.texts(), refi.turns(), progress);
  }

  private static ImportReport store(
      Project project,
      Path qdpx,
      RefiProject refi,
      DocumentPreparer.Prepared prepared,
      String actor,
      Consumer<String> progress) {
    var store = project.store();
    if (!store.documents().list().isEmpty()
        || !store.codes().list().isEmpty()
        || !store.codings().all(Optional.empty()).isEmpty()) {
      throw new InvalidInputException(
          project.folder()
              + ": already holds documents or codes; a REFI-QDA project imports into a new or empty project");
    }
    java.util.List<String> notes = new java.util.ArrayList<>(prepared.notes());
    ProjectWriter writer = new ProjectWriter(store, actor, String.valueOf(qdpx.getFileName()));
    ImportReport report =
        writer.write(refi, prepared.documents(), notes, prepared.skipped(), progress);
    progress.accept("indexing " + report.documents() + " documents");
    index(project, writer.stored(), prepared.documents());
    keepPackage(project, qdpx);
    return report;
  }

  /**
   * Indexes what was just stored, from the prepared contents rather than read back (the text never
   * changes), in batches of one index commit each.
   */
  private static void index(
      Project project, Map<String, DocumentSummary> stored, Map<String, DocumentContent> contents) {
    List<IndexedDocument> batch = new ArrayList<>();
    for (Map.Entry<String, DocumentSummary> e : stored.entrySet()) {
      DocumentContent content = contents.get(e.getKey());
      DocumentSummary summary = e.getValue();
      batch.add(
          new IndexedDocument(
              new Document(summary, content.text(), content.turns(), content.sentences()),
              summary.participant()));
      if (batch.size() == INDEX_BATCH) {
        project.indexDocuments(List.copyOf(batch));
        batch.clear();
      }
    }
    project.indexDocuments(batch);
  }

  private static void keepPackage(Project project, Path qdpx) {
    try {
      Files.copy(
          qdpx,
          project.sources().resolve("refi-import-" + qdpx.getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("could not keep {} in {}", qdpx, project.sources(), e);
    }
  }

  private static boolean isEmptyFolder(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void removeQuietly(Path folder, boolean keepFolder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!(keepFolder && p.equals(folder))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      LOG.warn("could not remove the half-made project {}", folder, e);
    }
  }
}
