package org.verbatim.core.themes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.core.coding.AccessDeniedException;
import org.verbatim.core.coding.Actor;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.ConflictException;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.NotFoundException;
import org.verbatim.core.model.Role;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeEdit;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.model.ThemeReview;
import org.verbatim.core.model.ThemeStatus;
import org.verbatim.core.store.CodeStore;
import org.verbatim.core.store.ThemeStore;

/**
 * Building the theme tree as an actor, with its rules: owners and coders change it, viewers only
 * read; names are 1 to {@value #MAX_NAME} characters and unique among siblings; a node never moves
 * under itself or its descendants; only live codes link, each at most once per node. Every change
 * is one audited, undoable action of the actor (undo through the project's undo log).
 */
public final class ThemeService {
  /** Longest theme name, in UTF-16 code units after stripping. */
  public static final int MAX_NAME = 200;

  /** Longest definition or memo, in UTF-16 code units. */
  public static final int MAX_TEXT = 20_000;

  private final ThemeStore themes;
  private final CodeStore codes;

  public ThemeService(ThemeStore themes, CodeStore codes) {
    this.themes = themes;
    this.codes = codes;
  }

  /** The tree as it is now. */
  public ThemeTree tree() {
    return new ThemeTree(themes.list());
  }

  /**
   * @throws NotFoundException if there is no such live node
   */
  public Theme get(ThemeId id) {
    return themes.get(id).orElseThrow(() -> new NotFoundException("no theme with id " + id));
  }

  /**
   * Creates a node last among its siblings, in draft status.
   *
   * @throws InvalidInputException for a blank or over-long name or text, or an unknown code
   * @throws NotFoundException if the parent is not a live node
   * @throws ConflictException if a sibling has that name
   */
  public Theme create(
      Actor actor, Optional<ThemeId> parent, String name, String definition, List<CodeId> linked) {
    requireEditor(actor);
    String n = checkName(name);
    checkText(definition, "definition");
    parent.ifPresent(this::get);
    checkUniqueName(tree(), parent, n, Optional.empty());
    Set<CodeId> unique = new LinkedHashSet<>(linked);
    unique.forEach(this::code);
    return themes.create(new NewTheme(parent, n, definition, List.copyOf(unique)), actor.name());
  }

  /**
   * Renames, redefines or re-memos a node.
   *
   * @throws InvalidInputException for nothing to change, a blank or over-long name or text
   * @throws ConflictException if a sibling has the new name, or {@code version} is stale
   */
  public Theme edit(Actor actor, ThemeId id, Optional<Long> version, ThemeEdit edit) {
    requireEditor(actor);
    if (edit.isEmpty()) {
      throw new InvalidInputException("nothing to change: give a name, definition or memo");
    }
    Theme node = get(id);
    Optional<String> name = edit.name().map(ThemeService::checkName);
    edit.definition().ifPresent(d -> checkText(d, "definition"));
    edit.memo().ifPresent(m -> checkText(m, "memo"));
    if (name.isPresent()) {
      checkUniqueName(tree(), node.parent(), name.get(), Optional.of(id));
    }
    return themes.edit(
        id, version, new ThemeEdit(name, edit.definition(), edit.memo()), actor.name());
  }

  /**
   * Moves a node under {@code parent} (or to the top) at {@code position} among its new siblings
   * (0-based; absent means last).
   *
   * @throws ConflictException if {@code parent} is the node itself or lies below it, if a new
   *     sibling has its name, or if {@code version} is stale
   * @throws InvalidInputException for a negative position
   */
  public Theme move(
      Actor actor,
      ThemeId id,
      Optional<Long> version,
      Optional<ThemeId> parent,
      Optional<Integer> position) {
    requireEditor(actor);
    Theme node = get(id);
    ThemeTree tree = tree();
    if (parent.isPresent()) {
      Theme target = get(parent.get());
      if (tree.isSelfOrDescendant(target.id(), id)) {
        throw new ConflictException(
            "cannot move theme '"
                + node.name()
                + "' under "
                + (target.id().equals(id) ? "itself" : "its own subtheme '" + target.name() + "'"));
      }
    }
    if (position.isPresent() && position.get() < 0) {
      throw new InvalidInputException(
          "a position among siblings is 0 or more, not " + position.get());
    }
    if (!parent.equals(node.parent())) {
      checkUniqueName(tree, parent, node.name(), Optional.of(id));
    }
    int at = position.orElse(Integer.MAX_VALUE);
    return themes.move(id, version, parent, at, actor.name());
  }

  /**
   * Links a code to a node.
   *
   * @throws InvalidInputException if there is no such live code
   * @throws ConflictException if it is linked to that node already
   */
  public Theme link(Actor actor, ThemeId id, CodeId codeId) {
    requireEditor(actor);
    Theme node = get(id);
    Code code = code(codeId);
    if (node.links(codeId)) {
      throw new ConflictException(
          "code '" + code.name() + "' is linked to theme '" + node.name() + "' already");
    }
    Set<CodeId> now = new LinkedHashSet<>(node.codes());
    now.add(codeId);
    return themes.setCodes(
        id,
        Optional.empty(),
        now,
        "link code '" + code.name() + "' to theme '" + node.name() + "'",
        actor.name());
  }

  /**
   * Unlinks a code from a node.
   *
   * @throws ConflictException if it is not linked to that node
   */
  public Theme unlink(Actor actor, ThemeId id, CodeId codeId) {
    requireEditor(actor);
    Theme node = get(id);
    String codeName = codes.get(codeId).map(Code::name).orElse("id " + codeId);
    if (!node.links(codeId)) {
      throw new ConflictException(
          "code '" + codeName + "' is not linked to theme '" + node.name() + "'");
    }
    Set<CodeId> now = new LinkedHashSet<>(node.codes());
    now.remove(codeId);
    return themes.setCodes(
        id,
        Optional.empty(),
        now,
        "unlink code '" + codeName + "' from theme '" + node.name() + "'",
        actor.name());
  }

  /**
   * Sets a node's status and records the review with who, when and {@code comment}.
   *
   * @throws InvalidInputException for an over-long comment
   */
  public Theme setStatus(
      Actor actor, ThemeId id, Optional<Long> version, ThemeStatus status, String comment) {
    requireEditor(actor);
    get(id);
    checkText(comment, "review comment");
    return themes.setStatus(id, version, status, comment.strip(), actor.name());
  }

  /**
   * Deletes a node without subthemes (undoable).
   *
   * @throws ConflictException if it has subthemes or {@code version} is stale
   */
  public Theme delete(Actor actor, ThemeId id, Optional<Long> version) {
    requireEditor(actor);
    get(id);
    return themes.delete(id, version, actor.name());
  }

  /** The node's recorded reviews, oldest first. */
  public List<ThemeReview> reviews(ThemeId id) {
    get(id);
    return themes.reviews(id);
  }

  /** Every review of every node, oldest first: the path to consensus. */
  public List<ThemeReview> allReviews() {
    return themes.allReviews();
  }

  /**
   * The live code of that name, or of that path ({@code Parent > Child}) when names repeat.
   *
   * @throws InvalidInputException if there is none, or the name is ambiguous
   */
  public Code codeNamed(String name) {
    return CodeNames.find(codes.list(), name);
  }

  private Code code(CodeId id) {
    return codes
        .get(id)
        .orElseThrow(() -> new InvalidInputException("no code with id " + id + " to link"));
  }

  /** Owners and coders change themes; viewers only read them. */
  private static void requireEditor(Actor actor) {
    if (actor.role() == Role.VIEWER) {
      throw new AccessDeniedException(
          "user '" + actor.name() + "' may not change themes (role " + actor.role().code() + ")");
    }
  }

  /** Checks a theme name and returns it stripped. */
  static String checkName(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new InvalidInputException("theme name must not be blank");
    }
    if (n.length() > MAX_NAME) {
      throw new InvalidInputException(
          "theme name must be at most " + MAX_NAME + " characters, was " + n.length());
    }
    return n;
  }

  private static void checkText(String text, String what) {
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException(
          "theme " + what + " must be at most " + MAX_TEXT + " characters, was " + text.length());
    }
  }

  private static void checkUniqueName(
      ThemeTree tree, Optional<ThemeId> parent, String name, Optional<ThemeId> self) {
    boolean taken =
        tree.children(parent).stream()
            .anyMatch(t -> t.name().equals(name) && !Optional.of(t.id()).equals(self));
    if (taken) {
      throw new ConflictException(
          "a theme named '"
              + name
              + "' exists already "
              + parent
                  .map(p -> "under '" + tree.get(p).map(Theme::name).orElse("?") + "'")
                  .orElse("at the top"));
    }
  }

  static String names(List<Code> codes) {
    return codes.stream().map(Code::name).sorted().collect(Collectors.joining(", "));
  }

  /** Marks a proposal (by its key) as dismissed by the actor; dismissing twice is harmless. */
  public void dismissProposal(Actor actor, String key) {
    themes.dismissProposal(key, actor.name());
  }

  /** The keys of dismissed proposals. */
  public java.util.Set<String> dismissedProposals() {
    return themes.dismissedProposals();
  }
}
