package org.verbatim.core.interchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.interchange.RefiProject.CodeNode;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.store.ProjectStore;

/**
 * Creates a REFI-QDA code tree in the codebook: nesting kept, colour {@code #RGB} widened to {@code
 * #RRGGBB} (a palette colour where none is given), Description as the definition, a sibling name
 * clash resolved by a numbered suffix. A single non-codable top folder wrapping every code (NVivo's
 * "Nodes") is unwrapped; other folders become ordinary codes.
 */
final class CodeTreeWriter {
  private static final List<String> PALETTE =
      List.of(
          "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
          "#9C755F", "#BAB0AC");

  private final ProjectStore store;
  private final String actor;
  private final Map<String, CodeId> ids = new HashMap<>();

  CodeTreeWriter(ProjectStore store, String actor) {
    this.store = store;
    this.actor = actor;
  }

  /** Creates the tree; adds a line to {@code notes} when it unwraps a top folder. */
  void write(List<CodeNode> codes, List<String> notes) {
    List<CodeNode> top = codes;
    if (codes.size() == 1 && !codes.get(0).codable() && !codes.get(0).children().isEmpty()) {
      notes.add(
          "the top folder of codes '"
              + codes.get(0).name()
              + "' was unwrapped: its codes are at the top");
      top = codes.get(0).children();
    }
    create(top, Optional.empty());
  }

  private void create(List<CodeNode> nodes, Optional<CodeId> parent) {
    Set<String> siblings = new HashSet<>();
    for (CodeNode n : nodes) {
      String base = n.name().isBlank() ? "(unnamed code)" : n.name().strip();
      if (base.length() > 200) {
        // Verbatim's limit for a code name
        base = base.substring(0, 199) + "…";
      }
      String name = ProjectWriter.unique(base, siblings);
      CodeId id =
          store
              .codes()
              .create(
                  new NewCode(
                      parent, name, n.description().strip(), colour(n.colour(), ids.size())),
                  actor)
              .id();
      ids.put(n.guid(), id);
      create(n.children(), Optional.of(id));
    }
  }

  static String colour(String given, int index) {
    String c = given.strip();
    if (c.matches("#[0-9A-Fa-f]{6}")) {
      return c;
    }
    if (c.matches("#[0-9A-Fa-f]{3}")) {
      return "#"
          + c.charAt(1)
          + c.charAt(1)
          + c.charAt(2)
          + c.charAt(2)
          + c.charAt(3)
          + c.charAt(3);
    }
    return PALETTE.get(index % PALETTE.size());
  }

  /** The created code of a REFI-QDA code GUID. */
  CodeId id(String guid) {
    CodeId id = ids.get(guid);
    if (id == null) {
      throw new IllegalStateException("code " + guid + " was not created");
    }
    return id;
  }

  Optional<CodeId> find(String guid) {
    return Optional.ofNullable(ids.get(guid));
  }

  int created() {
    return ids.size();
  }

  Map<Long, String> guidRows() {
    Map<Long, String> out = new HashMap<>();
    ids.forEach((g, id) -> out.put(id.value(), g));
    return out;
  }
}
