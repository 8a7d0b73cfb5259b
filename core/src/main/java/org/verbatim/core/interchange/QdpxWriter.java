package org.verbatim.core.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.verbatim.core.export.AtomicFile;
import org.verbatim.core.export.ExportGuard;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentSummary;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.MemoFilter;
import org.verbatim.core.model.Turn;
import org.verbatim.core.project.Project;

/**
 * Writes a project as a {@code .qdpx} package: {@code project.qde} first, then each document's
 * stored text as {@code sources/GUID.txt} (UTF-8, no BOM, {@code \n} line ends) and, when some
 * documents have cue times, their turns as {@value CarriedTurns#ENTRY}; validated first when a
 * schema is given, and written completely or not at all.
 */
final class QdpxWriter {
  /**
   * @throws InvalidInputException when the file exists and may not be replaced, the result does not
   *     validate, or the file cannot be written
   */
  ExportSummary write(Project project, Path out, ExportOptions options) {
    ExportTarget.check(out, options);
    var store = project.store();
    ExportGuids guids = new ExportGuids(store, options.actor());
    ProjectXmlWriter xml = new ProjectXmlWriter(store, guids, options.text());
    ByteArrayOutputStream qde = new ByteArrayOutputStream(1 << 16);
    String name =
        Optional.ofNullable(project.folder().toAbsolutePath().getFileName())
            .map(Path::toString)
            .orElse("project");
    xml.write(name, qde);
    byte[] bytes = qde.toByteArray();
    options.schema().ifPresent(s -> new SchemaCheck(s).validate(bytes, "project.qde of " + name));
    var documents = store.documents().list();
    AtomicFile.Content content =
        os -> {
          try (ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            // plain text compresses well even at the fastest level
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(bytes);
            zip.closeEntry();
            Map<String, List<Turn>> timed = new LinkedHashMap<>();
            Map<String, String> timedTexts = new HashMap<>();
            for (DocumentSummary d : documents) {
              String guid = xml.documentGuid(d.id());
              Document document = store.documents().get(d.id()).orElseThrow();
              zip.putNextEntry(new ZipEntry("sources/" + guid + ".txt"));
              zip.write(xml.text(d.id()).text().getBytes(StandardCharsets.UTF_8));
              zip.closeEntry();
              // a de-identified text has other offsets: its turns would not fit, so none travel
              if (!options.text().active() && CarriedTurns.timed(document.turns())) {
                timed.put(guid, document.turns());
                timedTexts.put(guid, document.text());
              }
            }
            if (!timed.isEmpty()) {
              // cue times have no place in project.qde: Verbatim's own entry carries them
              zip.putNextEntry(new ZipEntry(CarriedTurns.ENTRY));
              zip.write(CarriedTurns.write(timed, timedTexts));
              zip.closeEntry();
            }
          }
        };
    if (options.text().active()) {
      // a de-identified package is read back and checked before anything is written
      ByteArrayOutputStream packed = new ByteArrayOutputStream(1 << 20);
      try {
        content.writeTo(packed);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      byte[] all = packed.toByteArray();
      ExportGuard.check(all, "qdpx", options.text(), "the de-identified project");
      content = os -> os.write(all);
    }
    AtomicFile.write(out, content);
    return new ExportSummary(
        out,
        options.schema().isPresent(),
        documents.size(),
        store.codes().list().size(),
        xml.codingsWritten(),
        store.coders().list().size() + store.interchange().keptUsers().size(),
        store.memos().list(MemoFilter.any()).size());
  }
}
