package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.core.ingest.TextNormaliser;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;
import org.verbatim.core.model.Document;
import org.verbatim.core.model.DocumentId;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.SharedMaterial;

/**
 * Every real export in ../shared imports: the counts of sources, codes, codings and users match the
 * file (counted here with the JDK's DOM parser, and as SOURCES.md states them), and every imported
 * coding covers exactly the text its selection points at, read here the way the producing tool
 * counts (NVivo: UTF-16 units; qc: code points).
 */
class RefiSamplesIT {
  @TempDir static Path tmp;
  static ProjectInterchange interchange;

  @BeforeAll
  static void splitter() {
    interchange = new ProjectInterchange(LanguageAwareSentenceSplitter.standard());
  }

  @ParameterizedTest(name = "{0}: {1} sources, {2} codes, {3} codings, {4} users")
  @CsvSource({
    // file, text sources, codes, codings, users, sources left out (same text twice), folder
    "nvivo-win-12.6_oltas0517.qdpx, 2, 152, 303, 2, 0, refi-qda/samples",
    "nvivo-win-12.6_oltas.qdpx, 1, 60, 97, 2, 0, refi-qda/samples",
    "nvivo-mac-12.7.0_OltasSzkepticizmus_17June.qdpx, 2, 152, 297, 2, 0, refi-qda/samples",
    "nvivo-mac-15.0.0_qc-nvivo_project.qdpx, 2, 262, 0, 2, 1, refi-qda/samples",
    "qc-1.3.2_demo.qdpx, 2, 262, 205, 1, 0, refi-qda/samples",
    "qc-1.2.0_demo.qdpx, 3, 112, 213, 1, 0, refi-qda/samples",
    "demo.qdpx, 2, 262, 205, 1, 0, corpora-real/06_qc-refi-qda-qdpx_AGPL3",
    "nvivo_project.qdpx, 2, 262, 0, 2, 1, corpora-real/06_qc-refi-qda-qdpx_AGPL3"
  })
  void sample_imports_with_the_counts_of_the_file_and_every_coding_covers_its_selection_text(
      String name, int sources, int codes, int codings, int users, int leftOut, String folder)
      throws Exception {
    Path file = SharedMaterial.require(folder, RefiSamplesIT.class).resolve(name);
    QdeCounts counts;
    String origin;
    Map<String, String> rawText = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] qde = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
      counts = QdeCounts.of(qde);
      origin =
          new String(qde, StandardCharsets.UTF_8).replaceAll("(?s).*?origin=\"([^\"]*)\".*", "$1");
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        var e = entries.nextElement();
        String n = e.getName().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
          String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
          rawText.put(
              n.substring(n.lastIndexOf('/') + 1),
              text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    assertThat(counts.textSources()).as("text sources in the file").isEqualTo(sources);
    assertThat(counts.codes()).as("codes in the file").isEqualTo(codes);
    assertThat(counts.textCodings()).as("codings in the file").isEqualTo(codings);
    assertThat(counts.users()).as("users in the file").isEqualTo(users);

    Path target = tmp.resolve(name + "-project");
    ImportReport report = interchange.importProject(target, file, "test", line -> {});

    assertThat(report.documents()).isEqualTo(sources - leftOut);
    assertThat(report.codes()).isEqualTo(codes);
    assertThat(report.codings()).isEqualTo(codings);
    assertThat(report.coders() + report.keptUsers()).isEqualTo(users);
    boolean nvivo = origin.toLowerCase(Locale.ROOT).contains("nvivo");
    try (Project p = Project.open(target)) {
      var store = p.store();
      assertThat(store.documents().list()).hasSize(sources - leftOut);
      assertThat(store.codes().list()).hasSize(codes);
      int checked = 0;
      for (QdeCounts.QdeSelection s : counts.selections()) {
        String raw = rawText.get(s.file());
        String expected =
            TextNormaliser.normalise(
                nvivo
                    ? raw.substring((int) s.start(), (int) s.end())
                    : raw.substring(
                        raw.offsetByCodePoints(0, (int) s.start()),
                        raw.offsetByCodePoints(0, (int) s.end())));
        DocumentId doc =
            new DocumentId(
                store.interchange().localId(GuidKinds.DOCUMENT, s.source()).orElseThrow());
        Document d = store.documents().get(doc).orElseThrow();
        for (String g : s.codingGuids()) {
          long id = store.interchange().localId(GuidKinds.CODING, g).orElseThrow();
          Coding c = store.codings().get(new CodingId(id)).orElseThrow();
          assertThat(c.document()).isEqualTo(doc);
          assertThat(c.span().of(d.text())).as("coding %s", g).isEqualTo(expected);
          checked++;
        }
      }
      assertThat(checked).isEqualTo(codings);
    }
  }
}
