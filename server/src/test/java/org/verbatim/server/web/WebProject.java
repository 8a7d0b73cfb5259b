package org.verbatim.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.ingest.TranscriptImport;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Span;
import org.verbatim.core.project.DocumentImporter;
import org.verbatim.core.project.ParticipantImporter;
import org.verbatim.core.project.Project;
import org.verbatim.server.ServerLauncher;
import org.verbatim.server.api.ServerConfig;
import org.verbatim.server.auth.LoginThrottle;

/**
 * A real project folder served on 127.0.0.1 (any free port) for browser tests: transcripts are
 * imported through the real importer, accounts made through the real account service.
 */
final class WebProject implements AutoCloseable {
  static final String PASSWORD = "browser-test-password";

  private final Path folder;
  private final Project project;
  private final DocumentImporter importer;
  private ServerLauncher.Running server;

  private WebProject(Path folder) {
    this.folder = folder;
    this.project = Project.create(folder.resolve("project"));
    this.importer = new DocumentImporter(project, TranscriptImport.withStandardSplitter());
  }

  static WebProject create(Path folder) {
    return new WebProject(folder);
  }

  /** Imports a transcript written to {@code fileName} (its extension picks the reader). */
  DocumentSummary importText(String fileName, String text) {
    try {
      Path file = folder.resolve(fileName);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return importer.importFile(file, ImportOptions.defaults(), "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Attaches participants from CSV lines (header first: document,label,attributes…). */
  void participants(String... csvLines) {
    try {
      Path csv = folder.resolve("participants.csv");
      Files.writeString(csv, String.join("\n", csvLines) + "\n", StandardCharsets.UTF_8);
      new ParticipantImporter(project).attach(csv, "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void account(String username, Role role) {
    ServerLauncher.accounts(project).create(username, role, Optional.of(PASSWORD), "test");
  }

  CodeId code(String name, String colour) {
    return project
        .store()
        .codes()
        .create(new NewCode(Optional.empty(), name, "", colour), "test")
        .id();
  }

  /** Stores codings of {@code coder}'s layer directly (as an import would), in one transaction. */
  void codings(String coder, DocumentSummary doc, CodeId code, List<Span> spans) {
    Coder c = project.store().coders().ensure(coder, "test");
    project
        .store()
        .codings()
        .addAll(
            spans.stream().map(s -> new NewCoding(doc.id(), code, c.id(), s, "")).toList(), "test");
  }

  Project project() {
    return project;
  }

  /** Starts the server; generous login throttling, as tests log in often. */
  WebProject start() {
    ServerConfig config =
        ServerConfig.defaults()
            .withThrottle(
                new LoginThrottle.Policy(
                    50, Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofMinutes(1)),
                new LoginThrottle.Policy(
                    500, Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofMinutes(1)));
    server = ServerLauncher.start(project, "127.0.0.1", 0, config);
    return this;
  }

  ServerLauncher.Running server() {
    return server;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      project.close();
    }
  }
}
