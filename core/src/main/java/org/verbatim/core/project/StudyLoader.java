package org.verbatim.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.verbatim.core.ingest.ImportOptions;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewCoding;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.model.ThemeId;

/**
 * Loads a study folder into a project: {@code transcripts/}, {@code participants.csv}, {@code
 * codebook.json}, {@code themes.json}, {@code codings/CODER/DOCUMENT.json}, whose codings are
 * anchored by exact quotes, and {@code quotes.json}, the quotes pinned to themes (see
 * corpora/demo/README.md for the formats).
 */
public final class StudyLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Project project;
  private final DocumentImporter importer;

  public StudyLoader(Project project, DocumentImporter importer) {
    this.project = project;
    this.importer = importer;
  }

  /**
   * Loads every part of the study that is present; {@code progress} hears one line per step.
   *
   * @throws InvalidInputException naming the file and entry at fault
   */
  public StudySummary load(Path study, String actor, Consumer<String> progress) {
    List<Path> transcripts = transcripts(study.resolve("transcripts"));
    int threads = Runtime.getRuntime().availableProcessors();
    for (ImportOutcome o :
        importer.importFiles(
            transcripts,
            ImportOptions.defaults(),
            actor,
            threads,
            o -> progress.accept("imported " + o.file().getFileName()))) {
      if (o.error().isPresent()) {
        throw new InvalidInputException(o.error().get());
      }
    }
    int participants = 0;
    Path csv = study.resolve("participants.csv");
    if (Files.exists(csv)) {
      participants = new ParticipantImporter(project).attach(csv, actor).size();
      progress.accept("attached " + participants + " participants");
    }
    Map<String, CodeId> codes = new HashMap<>();
    Path codebook = study.resolve("codebook.json");
    if (Files.exists(codebook)) {
      createCodes(codebook, read(codebook).path("codes"), Optional.empty(), codes, actor);
      progress.accept("created " + codes.size() + " codes");
    }
    int themes = 0;
    Map<String, ThemeId> themeIds = new HashMap<>();
    Path themeFile = study.resolve("themes.json");
    if (Files.exists(themeFile)) {
      themes =
          createThemes(
              themeFile, read(themeFile).path("themes"), Optional.empty(), codes, themeIds, actor);
      progress.accept("created " + themes + " themes");
    }
    Map<String, Integer> codings = loadCodings(study.resolve("codings"), codes, actor, progress);
    Path quotes = study.resolve("quotes.json");
    if (Files.exists(quotes)) {
      int pinned = new StudyQuotes(project, quotes, read(quotes), themeIds).load(actor);
      progress.accept("pinned " + pinned + " quotes");
    }
    return new StudySummary(transcripts.size(), participants, codes.size(), themes, codings);
  }

  private static List<Path> transcripts(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> SourceFormat.ofFileName(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new InvalidInputException(folder + ": cannot list (" + e.getMessage() + ")", e);
    }
  }

  private void createCodes(
      Path file, JsonNode list, Optional<CodeId> parent, Map<String, CodeId> codes, String actor) {
    for (JsonNode node : list) {
      String name = required(file, node, "name");
      if (codes.containsKey(name)) {
        throw new InvalidInputException(file + ": code '" + name + "' appears twice");
      }
      Code code =
          project
              .store()
              .codes()
              .create(
                  new NewCode(
                      parent,
                      name,
                      node.path("definition").asText(""),
                      node.path("colour").asText("#888888")),
                  actor);
      codes.put(name, code.id());
      createCodes(file, node.path("children"), Optional.of(code.id()), codes, actor);
    }
  }

  private int createThemes(
      Path file,
      JsonNode list,
      Optional<ThemeId> parent,
      Map<String, CodeId> codes,
      Map<String, ThemeId> themeIds,
      String actor) {
    int count = 0;
    for (JsonNode node : list) {
      String name = required(file, node, "name");
      List<CodeId> linked = new ArrayList<>();
      for (JsonNode codeName : node.path("codes")) {
        CodeId id = codes.get(codeName.asText());
        if (id == null) {
          throw new InvalidInputException(
              file + ": theme '" + name + "' links unknown code '" + codeName.asText() + "'");
        }
        linked.add(id);
      }
      ThemeId created =
          project
              .store()
              .themes()
              .create(new NewTheme(parent, name, node.path("definition").asText(""), linked), actor)
              .id();
      themeIds.putIfAbsent(name, created);
      count +=
          1
              + createThemes(
                  file, node.path("subthemes"), Optional.of(created), codes, themeIds, actor);
    }
    return count;
  }

  private Map<String, Integer> loadCodings(
      Path folder, Map<String, CodeId> codes, String actor, Consumer<String> progress) {
    Map<String, Integer> counts = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return counts;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, 2)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(folder + ": cannot list (" + e.getMessage() + ")", e);
    }
    for (Path file : files) {
      JsonNode root = read(file);
      String coderName = required(file, root, "coder");
      String documentName = required(file, root, "document");
      Document doc =
          project
              .store()
              .documents()
              .byName(documentName)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          file + ": no document named '" + documentName + "'"));
      Coder coder = project.store().coders().ensure(coderName, actor);
      List<NewCoding> batch = new ArrayList<>();
      int index = 0;
      for (JsonNode c : root.path("codings")) {
        index++;
        String where = file + " coding " + index;
        String codeName = required(file, c, "code");
        CodeId code = codes.get(codeName);
        if (code == null) {
          throw new InvalidInputException(where + ": unknown code '" + codeName + "'");
        }
        Span span =
            QuoteAnchor.locate(
                doc.text(), required(file, c, "quote"), c.path("occurrence").asInt(1), where);
        batch.add(new NewCoding(doc.id(), code, coder.id(), span, c.path("memo").asText("")));
      }
      project.store().codings().addAll(batch, actor);
      counts.merge(coderName, batch.size(), Integer::sum);
      progress.accept("coded " + documentName + " as " + coderName + " (" + batch.size() + ")");
    }
    return counts;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  static String required(Path file, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InvalidInputException(
          file + ": missing text field '" + field + "' in " + abbreviate(node.toString()));
    }
    return v.asText();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
