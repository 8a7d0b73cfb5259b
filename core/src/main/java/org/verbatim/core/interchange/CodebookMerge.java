package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.core.interchange.QdcReader.RefiCodebook;
import org.verbatim.core.interchange.RefiProject.CodeNode;
import org.verbatim.core.interchange.RefiProject.RefiSet;
import org.verbatim.core.model.Code;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NewCode;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.Theme;
import org.verbatim.core.store.ProjectStore;

/**
 * Merges a codebook into a project's codebook in one transaction: each code is matched by GUID,
 * then by name under its (matched) parent, and otherwise added there; existing codes are left as
 * they are. Sets become themes unless a top-level theme of that name exists. A single non-codable
 * top folder is unwrapped, as on project import.
 */
final class CodebookMerge {
  private final ProjectStore store;
  private final String actor;
  private final Map<Long, Code> live = new HashMap<>();
  private final Map<String, CodeId> resolved = new HashMap<>();
  private final Map<Long, String> newGuids = new HashMap<>();
  private final List<String> added = new ArrayList<>();
  private int byGuid;
  private int byName;

  CodebookMerge(ProjectStore store, String actor) {
    this.store = store;
    this.actor = actor;
  }

  CodebookMergeReport merge(RefiCodebook book) {
    return store.atomically(
        () -> {
          store.codes().list().forEach(c -> live.put(c.id().value(), c));
          Map<Long, String> known = store.interchange().guids(GuidKinds.CODE);
          Set<String> knownGuids = new HashSet<>(known.values());
          List<CodeNode> top = book.codes();
          if (top.size() == 1 && !top.get(0).codable() && !top.get(0).children().isEmpty()) {
            top = top.get(0).children();
          }
          merge(top, Optional.empty(), "", knownGuids);
          store.interchange().record(GuidKinds.CODE, newGuids);
          List<String> themes = new ArrayList<>();
          Set<String> existing = new HashSet<>();
          for (Theme t : store.themes().list()) {
            if (t.parent().isEmpty()) {
              existing.add(t.name());
            }
          }
          for (RefiSet s : book.sets()) {
            String name = s.name().isBlank() ? "(unnamed set)" : s.name().strip();
            if (!existing.add(name)) {
              continue;
            }
            List<CodeId> members =
                s.codes().stream().map(resolved::get).filter(java.util.Objects::nonNull).toList();
            store
                .themes()
                .create(
                    new NewTheme(Optional.empty(), name, s.description().strip(), members), actor);
            themes.add(name);
          }
          return new CodebookMergeReport(book.origin(), added, byGuid, byName, themes);
        });
  }

  private void merge(
      List<CodeNode> nodes, Optional<CodeId> parent, String path, Set<String> knownGuids) {
    for (CodeNode n : nodes) {
      String name = n.name().isBlank() ? "(unnamed code)" : n.name().strip();
      Optional<CodeId> match =
          store
              .interchange()
              .localId(GuidKinds.CODE, n.guid())
              .filter(id -> live.containsKey(id))
              .map(CodeId::new);
      if (match.isPresent()) {
        byGuid++;
      } else {
        match =
            live.values().stream()
                .filter(c -> c.parent().equals(parent) && c.name().equals(name))
                .map(Code::id)
                .findFirst();
        if (match.isPresent()) {
          byName++;
          if (!knownGuids.contains(n.guid())) {
            newGuids.putIfAbsent(match.get().value(), n.guid());
          }
        }
      }
      String here = path.isEmpty() ? name : path + " / " + name;
      CodeId id;
      if (match.isPresent()) {
        id = match.get();
      } else {
        Code created =
            store
                .codes()
                .create(
                    new NewCode(
                        parent,
                        name,
                        n.description().strip(),
                        CodeTreeWriter.colour(n.colour(), live.size())),
                    actor);
        live.put(created.id().value(), created);
        id = created.id();
        if (!knownGuids.contains(n.guid())) {
          newGuids.put(id.value(), n.guid());
        }
        added.add(here);
      }
      resolved.put(n.guid(), id);
      merge(n.children(), Optional.of(id), here, knownGuids);
    }
  }
}
