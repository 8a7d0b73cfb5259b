package org.verbatim.core.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;

/**
 * The theme tree as read at one moment: nodes parents-first with siblings by position, and the
 * questions views ask of it (children, depth, path, the codes a node is supported by).
 */
public final class ThemeTree {
  /** Separator of the names in a node's path. */
  public static final String PATH_SEPARATOR = " > ";

  private final List<Theme> nodes;
  private final Map<ThemeId, Theme> byId = new HashMap<>();
  private final Map<Optional<ThemeId>, List<Theme>> children = new HashMap<>();

  /**
   * @param nodes live nodes parents before children, as {@code ThemeStore.list()} gives them
   */
  public ThemeTree(List<Theme> nodes) {
    this.nodes = List.copyOf(nodes);
    nodes.forEach(t -> byId.put(t.id(), t));
    for (Theme t : nodes) {
      Optional<ThemeId> p = t.parent().filter(byId::containsKey);
      children.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
    }
  }

  /** Every node, parents before children, siblings by position (depth first). */
  public List<Theme> nodes() {
    return nodes;
  }

  public List<Theme> roots() {
    return children(Optional.empty());
  }

  public List<Theme> children(Optional<ThemeId> parent) {
    return List.copyOf(children.getOrDefault(parent, List.of()));
  }

  public List<Theme> children(ThemeId parent) {
    return children(Optional.of(parent));
  }

  public Optional<Theme> get(ThemeId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** 0 for a top-level theme, 1 for its subthemes, and so on. */
  public int depth(ThemeId id) {
    int d = 0;
    Optional<ThemeId> at = parentOf(id);
    while (at.isPresent()) {
      d++;
      at = parentOf(at.get());
    }
    return d;
  }

  /** The node's ancestors from the top down, then the node. */
  public List<Theme> lineage(ThemeId id) {
    List<Theme> out = new ArrayList<>();
    Optional<ThemeId> at = Optional.of(id);
    while (at.isPresent() && byId.containsKey(at.get())) {
      out.add(0, byId.get(at.get()));
      at = parentOf(at.get());
    }
    return out;
  }

  /** Names from the top down, joined by {@link #PATH_SEPARATOR}. */
  public String path(ThemeId id) {
    return String.join(PATH_SEPARATOR, lineage(id).stream().map(Theme::name).toList());
  }

  /** Whether {@code candidate} is {@code ancestor} itself or lies anywhere below it. */
  public boolean isSelfOrDescendant(ThemeId candidate, ThemeId ancestor) {
    return lineage(candidate).stream().anyMatch(t -> t.id().equals(ancestor));
  }

  /** The node and every node below it, depth first. */
  public List<Theme> subtree(ThemeId id) {
    List<Theme> out = new ArrayList<>();
    get(id).ifPresent(t -> collect(t, out));
    return out;
  }

  private void collect(Theme t, List<Theme> out) {
    out.add(t);
    children(t.id()).forEach(c -> collect(c, out));
  }

  /** Codes linked to the node or to any node below it (without codebook subcodes). */
  public Set<CodeId> linkedCodes(ThemeId id) {
    Set<CodeId> out = new LinkedHashSet<>();
    subtree(id).forEach(t -> out.addAll(t.codes()));
    return out;
  }

  /** Codes linked to any node. */
  public Set<CodeId> allLinkedCodes() {
    Set<CodeId> out = new LinkedHashSet<>();
    nodes.forEach(t -> out.addAll(t.codes()));
    return out;
  }

  /**
   * Finds a node by name, or by path when the name is ambiguous ({@code Theme > Subtheme}).
   *
   * @throws InvalidInputException if no node or more than one has that name
   */
  public Theme find(String nameOrPath) {
    String key = nameOrPath.strip();
    List<Theme> matches =
        nodes.stream().filter(t -> t.name().equals(key) || path(t.id()).equals(key)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new InvalidInputException(
          "no theme named '"
              + key
              + "'"
              + (nodes.isEmpty()
                  ? "; this project has no themes yet"
                  : "; themes are " + String.join(", ", nodes.stream().map(Theme::name).toList())));
    }
    throw new InvalidInputException(
        "more than one theme is named '"
            + key
            + "'; give its path: "
            + String.join("; ", matches.stream().map(t -> path(t.id())).toList()));
  }

  /** The ancestor of {@code id} at {@code depth} (the node itself when it is not deeper). */
  public Theme atDepth(ThemeId id, int depth) {
    List<Theme> line = lineage(id);
    return line.get(Math.min(depth, line.size() - 1));
  }

  private Optional<ThemeId> parentOf(ThemeId id) {
    Theme t = byId.get(id);
    return t == null ? Optional.empty() : t.parent().filter(byId::containsKey);
  }
}
