package org.verbatim.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeReview;
import org.verbatim.core.model.ThemeStatus;

class ThemeServiceIT {
  @TempDir Path dir;
  HandStudy study;
  ThemeService themes;

  @BeforeEach
  void build() {
    study = new HandStudy(dir);
    themes = study.themes;
  }

  @AfterEach
  void close() {
    study.close();
  }

  @Test
  void the_tree_keeps_depth_order_and_links() {
    ThemeTree tree = themes.tree();
    assertThat(tree.nodes())
        .extracting(Theme::name)
        .containsExactly("Hope and family", "Hope", "Family", "Structural", "Work");
    assertThat(tree.depth(study.family.id())).isEqualTo(1);
    assertThat(tree.path(study.family.id())).isEqualTo("Hope and family > Family");
    assertThat(tree.get(study.family.id()).orElseThrow().status()).isEqualTo(ThemeStatus.DRAFT);
  }

  @Test
  void moving_a_theme_under_its_own_subtheme_is_refused_naming_both() {
    assertThatThrownBy(
            () ->
                themes.move(
                    study.mei,
                    study.hopeAndFamily.id(),
                    Optional.empty(),
                    Optional.of(study.hope.id()),
                    Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cannot move theme 'Hope and family' under its own subtheme 'Hope'");
    assertThatThrownBy(
            () ->
                themes.move(
                    study.mei,
                    study.hope.id(),
                    Optional.empty(),
                    Optional.of(study.hope.id()),
                    Optional.empty()))
        .hasMessage("cannot move theme 'Hope' under itself");
  }

  @Test
  void names_must_be_present_short_and_unique_among_siblings() {
    assertThatThrownBy(() -> themes.create(study.mei, Optional.empty(), "  ", "", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("theme name must not be blank");
    assertThatThrownBy(
            () -> themes.create(study.mei, Optional.empty(), "x".repeat(201), "", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("theme name must be at most 200 characters, was 201");
    assertThatThrownBy(
            () -> themes.create(study.mei, Optional.empty(), "Structural", "", List.of()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("a theme named 'Structural' exists already at the top");
  }

  @Test
  void linking_an_unknown_code_or_linking_twice_is_refused() {
    assertThatThrownBy(() -> themes.link(study.mei, study.work.id(), new CodeId(999)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("no code with id 999 to link");
    assertThatThrownBy(() -> themes.link(study.mei, study.work.id(), study.codes.get("Work")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("code 'Work' is linked to theme 'Work' already");
    assertThatThrownBy(() -> themes.codeNamed("Nope"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("unknown code 'Nope'; codes are Family, Hope, Pay, Stigma, Work");
  }

  @Test
  void viewers_may_read_but_not_change_themes() {
    Actor viewer = new Actor("vic", Role.VIEWER, Optional.empty());
    assertThatThrownBy(() -> themes.create(viewer, Optional.empty(), "New", "", List.of()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(themes.tree().nodes()).hasSize(5);
  }

  @Test
  void moving_reorders_siblings_and_undo_puts_everything_back() {
    Theme moved =
        themes.move(
            study.mei,
            study.work.id(),
            Optional.of(study.work.version()),
            Optional.of(study.hopeAndFamily.id()),
            Optional.of(0));
    assertThat(moved.parent()).contains(study.hopeAndFamily.id());
    assertThat(themes.tree().children(study.hopeAndFamily.id()))
        .extracting(Theme::name)
        .containsExactly("Work", "Hope", "Family");
    assertThat(study.store.undo().undo("mei")).isPresent();
    assertThat(themes.tree().children(study.hopeAndFamily.id()))
        .extracting(Theme::name)
        .containsExactly("Hope", "Family");
    assertThat(themes.tree().children(study.structural.id()))
        .extracting(Theme::name)
        .containsExactly("Work");
  }

  @Test
  void linking_renaming_and_status_are_undoable_and_audited() {
    themes.link(study.mei, study.work.id(), study.codes.get("Stigma"));
    assertThat(themes.get(study.work.id()).codes()).contains(study.codes.get("Stigma"));
    study.store.undo().undo("mei");
    assertThat(themes.get(study.work.id()).codes()).doesNotContain(study.codes.get("Stigma"));
    study.store.undo().redo("mei");
    assertThat(themes.get(study.work.id()).codes()).contains(study.codes.get("Stigma"));

    themes.edit(study.mei, study.work.id(), Optional.empty(), ThemeEdit.rename("Labour"));
    assertThat(themes.get(study.work.id()).name()).isEqualTo("Labour");
    study.store.undo().undo("mei");
    assertThat(themes.get(study.work.id()).name()).isEqualTo("Work");

    List<AuditEntry> audit = study.store.audit().list(0, 1000);
    assertThat(audit.stream().filter(a -> a.entity().equals("theme")).map(AuditEntry::action))
        .contains("create", "link", "undo", "redo", "edit");
  }

  @Test
  void a_status_review_records_who_when_and_why_even_after_undo() {
    Theme reviewed =
        themes.setStatus(
            study.mei,
            study.family.id(),
            Optional.empty(),
            ThemeStatus.REVIEWED,
            "agreed in meeting");
    assertThat(reviewed.status()).isEqualTo(ThemeStatus.REVIEWED);
    study.store.undo().undo("mei");
    assertThat(themes.get(study.family.id()).status()).isEqualTo(ThemeStatus.DRAFT);
    List<ThemeReview> reviews = themes.reviews(study.family.id());
    assertThat(reviews).hasSize(1);
    assertThat(reviews.get(0).actor()).isEqualTo("mei");
    assertThat(reviews.get(0).from()).isEqualTo(ThemeStatus.DRAFT);
    assertThat(reviews.get(0).to()).isEqualTo(ThemeStatus.REVIEWED);
    assertThat(reviews.get(0).comment()).isEqualTo("agreed in meeting");
  }

  @Test
  void a_stale_version_is_refused() {
    themes.edit(study.mei, study.hope.id(), Optional.empty(), ThemeEdit.define("new"));
    assertThatThrownBy(
            () ->
                themes.edit(
                    study.mei,
                    study.hope.id(),
                    Optional.of(study.hope.version()),
                    ThemeEdit.define("other")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("was changed meanwhile");
  }

  @Test
  void a_theme_with_subthemes_cannot_be_deleted_but_a_leaf_can_and_comes_back_on_undo() {
    assertThatThrownBy(() -> themes.delete(study.mei, study.structural.id(), Optional.empty()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("theme 'Structural' has subthemes; move or delete them first");
    themes.delete(study.mei, study.work.id(), Optional.empty());
    assertThat(themes.tree().nodes()).hasSize(4);
    study.store.undo().undo("mei");
    assertThat(themes.tree().nodes()).hasSize(5);
  }
}
