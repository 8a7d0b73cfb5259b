package org.verbatim.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.project.Project;
import org.verbatim.core.testing.SharedMaterial;

/**
 * A codebook goes out as .qdc (valid against Codebook.xsd) and merges into another project's
 * codebook: codes matched by GUID, then by name under the same parent, the rest added and reported.
 */
class CodebookInterchangeIT {
  @TempDir Path tmp;

  private Project codebookProject(Path folder) {
    Project p = Project.create(folder);
    var codes = p.store().codes();
    CodeId access =
        codes
            .create(new NewCode(Optional.empty(), "Access", "Getting to services", "#112233"), "t")
            .id();
    CodeId cost =
        codes.create(new NewCode(Optional.of(access), "Cost", "Money 💰", "#445566"), "t").id();
    codes.create(new NewCode(Optional.empty(), "Stigma", "", "#778899"), "t");
    var top =
        p.store()
            .themes()
            .create(
                new NewTheme(
                    Optional.empty(),
                    "Barriers",
                    "What stands in the way",
                    java.util.List.of(access)),
                "t");
    p.store()
        .themes()
        .create(new NewTheme(Optional.of(top.id()), "Money", "", java.util.List.of(cost)), "t");
    return p;
  }

  @Test
  void an_exported_codebook_validates_and_merges_into_an_empty_project_with_its_tree_and_themes() {
    Path xsd =
        SharedMaterial.require("refi-qda", CodebookInterchangeIT.class).resolve("Codebook.xsd");
    Path qdc = tmp.resolve("book.qdc");
    try (Project p = codebookProject(tmp.resolve("a"))) {
      ExportSummary s =
          ProjectInterchange.exportCodebook(
              p, qdc, new ExportOptions(Optional.of(xsd), false, "t"));
      assertThat(s.validated()).isTrue();
      assertThat(s.codes()).isEqualTo(3);
    }
    try (Project q = Project.create(tmp.resolve("b"))) {
      CodebookMergeReport r = ProjectInterchange.importCodebook(q, qdc, "t");
      assertThat(r.addedCodes()).containsExactlyInAnyOrder("Access", "Access / Cost", "Stigma");
      assertThat(r.addedThemes()).containsExactlyInAnyOrder("Barriers", "Barriers › Money");
      Code cost =
          q.store().codes().list().stream()
              .filter(c -> c.name().equals("Cost"))
              .findFirst()
              .orElseThrow();
      assertThat(cost.definition()).isEqualTo("Money 💰");
      assertThat(cost.colour()).isEqualTo("#445566");
      assertThat(q.store().codes().get(cost.parent().orElseThrow()).orElseThrow().name())
          .isEqualTo("Access");
      CodebookMergeReport again = ProjectInterchange.importCodebook(q, qdc, "t");
      assertThat(again.addedCodes()).isEmpty();
      assertThat(again.matchedByGuid()).isEqualTo(3);
      assertThat(q.store().codes().list()).hasSize(3);
    }
  }

  @Test
  void codes_match_by_name_under_their_parent_and_only_new_ones_are_added() throws Exception {
    Path qdc = tmp.resolve("book.qdc");
    try (Project p = codebookProject(tmp.resolve("a"))) {
      ProjectInterchange.exportCodebook(p, qdc, ExportOptions.defaults("t"));
    }
    try (Project q = Project.create(tmp.resolve("b"))) {
      q.store().codes().create(new NewCode(Optional.empty(), "Access", "ours", "#000000"), "t");
      CodebookMergeReport r = ProjectInterchange.importCodebook(q, qdc, "t");
      assertThat(r.matchedByName()).isEqualTo(1);
      assertThat(r.addedCodes()).containsExactlyInAnyOrder("Access / Cost", "Stigma");
      assertThat(
              q.store().codes().list().stream()
                  .filter(c -> c.name().equals("Access"))
                  .findFirst()
                  .orElseThrow()
                  .definition())
          .as("an existing code is left as it is")
          .isEqualTo("ours");
      assertThat(ProjectInterchange.importCodebook(q, qdc, "t").matchedByGuid()).isEqualTo(3);
    }
  }

  @Test
  void the_atlas_ti_codebook_merges_its_code_and_code_group() {
    Path qdc =
        SharedMaterial.require("refi-qda/samples", CodebookInterchangeIT.class)
            .resolve("atlasti-win-23.4.0_codebook.qdc");
    try (Project q = Project.create(tmp.resolve("atlas"))) {
      CodebookMergeReport r = ProjectInterchange.importCodebook(q, qdc, "t");
      assertThat(r.origin()).isEqualTo("ATLAS.ti Win 23.4.0");
      assertThat(r.addedCodes()).containsExactly("code1");
      assertThat(r.addedThemes()).containsExactly("code group 1");
      Code code1 = q.store().codes().list().get(0);
      assertThat(code1.colour()).isEqualTo("#46AA00");
      assertThat(code1.definition()).isEqualTo("description");
      assertThat(q.store().themes().list().get(0).codes()).containsExactly(code1.id());
    }
  }

  @Test
  void an_export_that_fails_its_schema_writes_no_file() {
    Path xsd =
        SharedMaterial.require("refi-qda", CodebookInterchangeIT.class).resolve("Codebook.xsd");
    Path out = tmp.resolve("wrong.qdpx");
    try (Project p = codebookProject(tmp.resolve("a"))) {
      assertThatThrownBy(
              () ->
                  ProjectInterchange.exportProject(
                      p, out, new ExportOptions(Optional.of(xsd), false, "t")))
          .hasMessageContaining("does not validate against Codebook.xsd");
    }
    assertThat(out).doesNotExist();
    assertThat(tmp).isDirectoryNotContaining(f -> f.getFileName().toString().endsWith(".part"));
  }

  @Test
  void a_codebook_with_a_doctype_is_refused() throws Exception {
    Path qdc = tmp.resolve("evil.qdc");
    Files.writeString(
        qdc,
        "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CodeBook><Codes/></CodeBook>");
    try (Project q = Project.create(tmp.resolve("q"))) {
      assertThatThrownBy(() -> ProjectInterchange.importCodebook(q, qdc, "t"))
          .hasMessageContaining("evil.qdc line 1")
          .hasMessageContaining("DOCTYPE");
      assertThat(q.store().codes().list()).isEmpty();
    }
  }
}
