package org.verbatim.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.verbatim.core.imports.ImportKind;
import org.verbatim.core.imports.ProjectImports;
import org.verbatim.core.imports.StagedUpload;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Language;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Participant;
import org.verbatim.core.project.ImportOutcome;
import org.verbatim.core.project.ParticipantPreview;

/**
 * Uploads into the served project, through the same {@link ProjectImports} as {@code verbatim
 * import}: the request body is the file, {@code ?name=} its file name (which picks the reader and
 * names the document). Each transcript is its own transaction; a REFI-QDA project imports as a job
 * the browser polls; a participants table is previewed, then attached.
 */
final class ImportController {
  private final ProjectImports imports;
  private final ImportJobs jobs;

  ImportController(ProjectImports imports, ImportJobs jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  /**
   * A transcript: 201 with the document and its speakers, or with {@code dryRun} only a preview.
   */
  void transcript(Context ctx) {
    String actor = AccessManager.principal(ctx).username();
    ImportOptions options = options(ctx);
    boolean dryRun = "true".equals(ctx.queryParam("dryRun"));
    try (StagedUpload upload = receive(ctx, ProjectImports.maxBytes(name(ctx)))) {
      if (ImportKind.of(upload.file()).alone()) {
        throw new InvalidInputException(
            upload.file().getFileName() + ": a REFI-QDA file imports through /api/imports/refi");
      }
      if (dryRun) {
        ctx.json(
            ImportViews.PreviewView.of(
                refusing(upload, () -> ProjectImports.preview(upload.file(), options))));
        return;
      }
      ImportOutcome outcome = imports.transcript(upload.file(), options, actor);
      if (outcome.error().isPresent()) {
        throw new InvalidInputException(upload.shown(outcome.error().get()));
      }
      ctx.status(201).json(ImportViews.ImportedView.of(upload.file(), outcome));
    }
  }

  /**
   * A {@code .qdpx} project into this (empty) project, as a job: 202 with the job to poll; or a
   * {@code .qdc} codebook merged at once: 200 with what was added.
   */
  void refi(Context ctx) {
    String actor = AccessManager.principal(ctx).username();
    String name = name(ctx);
    ImportKind kind = ImportKind.of(name);
    if (!kind.alone()) {
      throw new InvalidInputException(
          name + ": not a REFI-QDA file (.qdpx project or .qdc codebook)");
    }
    StagedUpload upload = receive(ctx, ProjectImports.maxBytes(name));
    if (kind == ImportKind.REFI_CODEBOOK) {
      try (upload) {
        ctx.json(refusing(upload, () -> imports.codebook(upload.file(), actor)));
      }
      return;
    }
    ImportJobs.JobView job;
    try {
      job =
          jobs.start(
              name,
              progress -> imports.refiProject(upload.file(), actor, progress),
              upload::shown,
              upload::close);
    } catch (RuntimeException e) {
      upload.close();
      throw e;
    }
    ctx.status(202).json(job);
  }

  void job(Context ctx) {
    ctx.json(jobs.get(ctx.pathParam("id")));
  }

  /** Reads a participants table and compares it with the documents; writes nothing. */
  void previewParticipants(Context ctx) {
    try (StagedUpload upload = receive(ctx, ProjectImports.maxTableBytes(name(ctx)))) {
      ParticipantPreview preview =
          refusing(upload, () -> imports.previewParticipants(upload.file()));
      ctx.json(ImportViews.ParticipantPreviewView.of(preview));
    }
  }

  /**
   * Attaches a participants table in one transaction: every row, or with {@code matchedOnly=true}
   * the rows whose document exists (those the preview listed as matched).
   */
  void attachParticipants(Context ctx) {
    String actor = AccessManager.principal(ctx).username();
    boolean matchedOnly = "true".equals(ctx.queryParam("matchedOnly"));
    try (StagedUpload upload = receive(ctx, ProjectImports.maxTableBytes(name(ctx)))) {
      List<Participant> attached =
          refusing(upload, () -> imports.attachParticipants(upload.file(), actor, matchedOnly));
      ctx.json(Map.of("attached", attached.size()));
    }
  }

  private static String name(Context ctx) {
    return Optional.ofNullable(ctx.queryParam("name")).orElse("");
  }

  private static StagedUpload receive(Context ctx, long maxBytes) {
    long length = ctx.contentLength();
    return StagedUpload.receive(
        name(ctx),
        ctx.bodyInputStream(),
        length >= 0 ? OptionalLong.of(length) : OptionalLong.empty(),
        maxBytes);
  }

  /** Runs {@code work}; a refusal's message names the file as uploaded, not where it was staged. */
  private static <T> T refusing(StagedUpload upload, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(upload.shown(e.getMessage()), e);
    } catch (NotFoundException e) {
      // a row naming an unknown document is a fault of the uploaded table, not a missing resource
      throw new InvalidInputException(upload.shown(e.getMessage()), e);
    } catch (ConflictException e) {
      throw new ConflictException(upload.shown(e.getMessage()));
    }
  }

  private static ImportOptions options(Context ctx) {
    ImportOptions options = ImportOptions.defaults();
    String lang = ctx.queryParam("lang");
    if (lang != null && !lang.isBlank()) {
      options = options.withLanguage(Language.parse(lang));
    }
    String pattern = ctx.queryParam("speakerPattern");
    if (pattern != null && !pattern.isBlank()) {
      options = options.withSpeakerPattern(pattern);
    }
    return options;
  }
}
