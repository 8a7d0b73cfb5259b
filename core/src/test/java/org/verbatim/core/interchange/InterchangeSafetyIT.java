package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.nlp.LanguageAwareSentenceSplitter;
import org.verbatim.core.nlp.SentenceSplitter;
import org.verbatim.core.project.Project;

/**
 * Hostile or broken packages are refused with a message naming the entry or element, and leave no
 * project behind (or an existing empty project unchanged).
 */
class InterchangeSafetyIT {
  @TempDir Path tmp;
  static SentenceSplitter splitter;

  private static final String SOURCE =
      "<TextSource guid=\"33333333-3333-3333-3333-333333333333\" name=\"doc\""
          + " plainTextPath=\"internal://33333333-3333-3333-3333-333333333333.txt\">"
          + "<PlainTextSelection guid=\"44444444-4444-4444-4444-444444444444\" startPosition=\"0\" endPosition=\"%d\">"
          + "<Coding guid=\"55555555-5555-5555-5555-555555555555\" creatingUser=\"11111111-1111-1111-1111-111111111111\">"
          + "<CodeRef targetGUID=\"22222222-2222-2222-2222-222222222222\"/></Coding></PlainTextSelection></TextSource>";

  @BeforeAll
  static void setUp() {
    splitter = LanguageAwareSentenceSplitter.standard();
  }

  private static String qde(int end) {
    return Packages.project("test", Packages.ONE_CODE, String.format(SOURCE, end));
  }

  private Path refusedLeavesNothing(Path file, String... expected) {
    Path target = tmp.resolve("target");
    var refused =
        assertThatThrownBy(
                () -> new ProjectInterchange(splitter).importProject(target, file, "test", l -> {}))
            .isInstanceOf(InvalidInputException.class);
    for (String e : expected) {
      refused.hasMessageContaining(e);
    }
    assertThat(target).doesNotExist();
    return target;
  }

  @Test
  void a_well_formed_package_imports_so_the_cases_below_fail_for_their_own_reason()
      throws Exception {
    Path ok =
        new Packages()
            .text("project.qde", qde(5))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello world")
            .write(tmp.resolve("ok.qdpx"));
    ImportReport r =
        new ProjectInterchange(splitter).importProject(tmp.resolve("ok"), ok, "test", l -> {});
    assertThat(r.codings()).isEqualTo(1);
  }

  @Test
  void an_entry_escaping_the_folder_is_refused() throws Exception {
    Path file =
        new Packages()
            .text("project.qde", qde(5))
            .text("../evil.txt", "x")
            .write(tmp.resolve("slip.qdpx"));
    refusedLeavesNothing(file, "'../evil.txt'", "outside");
    Path absolute =
        new Packages()
            .text("project.qde", qde(5))
            .text("/etc/evil", "x")
            .write(tmp.resolve("abs.qdpx"));
    refusedLeavesNothing(absolute, "'/etc/evil'");
  }

  @Test
  void a_zip_bomb_is_refused_while_it_inflates() throws Exception {
    Path file = tmp.resolve("bomb.qdpx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(qde(5).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("sources/33333333-3333-3333-3333-333333333333.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    refusedLeavesNothing(file, "sources/33333333-3333-3333-3333-333333333333.txt", "zip bomb");
  }

  @Test
  void an_entry_over_the_size_limit_is_refused() throws Exception {
    Path file =
        new Packages()
            .text("project.qde", qde(5))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "x".repeat(5000))
            .write(tmp.resolve("big.qdpx"));
    Path target = tmp.resolve("big");
    ProjectInterchange small =
        new ProjectInterchange(splitter, new SafeZip.Limits(4096, 1 << 20, 100, 200));
    assertThatThrownBy(() -> small.importProject(target, file, "test", l -> {}))
        .hasMessageContaining(
            "'sources/33333333-3333-3333-3333-333333333333.txt' is 5000 bytes, over the limit of 4096");
    assertThat(target).doesNotExist();
  }

  @Test
  void an_external_entity_is_refused() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
    Path file = new Packages().text("project.qde", xxe).write(tmp.resolve("xxe.qdpx"));
    refusedLeavesNothing(file, "project.qde line 1", "DOCTYPE");
  }

  @Test
  void entity_expansion_is_refused() throws Exception {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol3;\"/>";
    Path file = new Packages().text("project.qde", laughs).write(tmp.resolve("lol.qdpx"));
    refusedLeavesNothing(file, "DOCTYPE");
  }

  @Test
  void a_missing_source_file_is_refused_naming_the_source_and_its_path() throws Exception {
    Path file = new Packages().text("project.qde", qde(5)).write(tmp.resolve("missing.qdpx"));
    refusedLeavesNothing(
        file,
        "text source 'doc'",
        "internal://33333333-3333-3333-3333-333333333333.txt",
        "not in the package");
  }

  @Test
  void duplicate_guids_are_refused_naming_the_guid() throws Exception {
    String codes = Packages.ONE_CODE + Packages.ONE_CODE.replace("name=\"c\"", "name=\"d\"");
    Path file =
        new Packages()
            .text("project.qde", Packages.project("test", codes, String.format(SOURCE, 5)))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello")
            .write(tmp.resolve("dup.qdpx"));
    refusedLeavesNothing(file, "duplicate GUID 22222222-2222-2222-2222-222222222222", "<Code>");
  }

  @Test
  void a_selection_outside_its_text_is_refused_naming_the_selection() throws Exception {
    Path file =
        new Packages()
            .text("project.qde", qde(50))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello")
            .write(tmp.resolve("out.qdpx"));
    refusedLeavesNothing(
        file, "selection 44444444-4444-4444-4444-444444444444", "outside its text of 5 characters");
  }

  @Test
  void a_coding_of_an_unknown_code_is_refused() throws Exception {
    String source =
        String.format(SOURCE, 5).replace("targetGUID=\"22222222", "targetGUID=\"99999999");
    Path file =
        new Packages()
            .text("project.qde", Packages.project("test", Packages.ONE_CODE, source))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello")
            .write(tmp.resolve("unknown.qdpx"));
    refusedLeavesNothing(file, "unknown code 99999999-2222-2222-2222-222222222222");
  }

  @Test
  void an_existing_empty_project_stays_empty_after_a_refused_import_and_a_full_one_is_refused()
      throws Exception {
    Path target = tmp.resolve("existing");
    try (Project p = Project.create(target)) {
      assertThat(p.store().documents().list()).isEmpty();
    }
    Path bad =
        new Packages()
            .text("project.qde", qde(50))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello")
            .write(tmp.resolve("bad.qdpx"));
    assertThatThrownBy(
            () -> new ProjectInterchange(splitter).importProject(target, bad, "test", l -> {}))
        .hasMessageContaining("outside");
    try (Project p = Project.open(target)) {
      assertThat(p.store().documents().list()).isEmpty();
      assertThat(p.store().codes().list()).isEmpty();
      assertThat(p.store().coders().list()).isEmpty();
    }
    Path good =
        new Packages()
            .text("project.qde", qde(5))
            .text("sources/33333333-3333-3333-3333-333333333333.txt", "hello")
            .write(tmp.resolve("good.qdpx"));
    new ProjectInterchange(splitter).importProject(target, good, "test", l -> {});
    assertThatThrownBy(
            () -> new ProjectInterchange(splitter).importProject(target, good, "test", l -> {}))
        .hasMessageContaining("already holds documents or codes");
    try (Project p = Project.open(target)) {
      assertThat(p.store().documents().list()).hasSize(1);
      assertThat(p.store().codings().all(Optional.empty())).hasSize(1);
    }
  }

  @Test
  void a_failure_inside_the_transaction_leaves_no_write_behind() {
    try (Project p = Project.create(tmp.resolve("atomic"))) {
      assertThatThrownBy(
              () ->
                  p.store()
                      .atomically(
                          () -> {
                            p.store()
                                .codes()
                                .create(
                                    new org.verbatim.core.model.NewCode(
                                        Optional.empty(), "kept?", "", "#123456"),
                                    "test");
                            p.store().coders().ensure("someone", "test");
                            throw new InvalidInputException("late failure");
                          }))
          .hasMessage("late failure");
      assertThat(p.store().codes().list()).isEmpty();
      assertThat(p.store().coders().list()).isEmpty();
    }
  }
}
