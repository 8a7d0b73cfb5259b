package org.verbatim.core.interchange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.verbatim.core.store.ProjectStore;

/**
 * The GUID each exported object carries: the one it was imported with, or else one derived from the
 * project's own GUID, the object's kind and its id, so that every export of a project gives an
 * object the same GUID. The project GUID is made once, on the first export, and kept in the
 * settings.
 */
final class ExportGuids {
  static final String PROJECT_SETTING = "interchange.project-guid";

  private final String project;
  private final ProjectStore store;
  private final Map<String, Map<Long, String>> stored = new HashMap<>();

  ExportGuids(ProjectStore store, String actor) {
    this.store = store;
    this.project =
        store
            .settings()
            .get(PROJECT_SETTING)
            .orElseGet(
                () -> {
                  String g = UUID.randomUUID().toString();
                  store.settings().put(PROJECT_SETTING, g, actor);
                  return g;
                });
  }

  String of(String kind, long id) {
    String g = stored.computeIfAbsent(kind, k -> store.interchange().guids(k)).get(id);
    return g != null ? g : RefiGuid.derived(project + "/" + kind + "/" + id);
  }

  /** Stored GUID only (a selection takes the GUID its first coding came with, if any). */
  java.util.Optional<String> storedOnly(String kind, long id) {
    return java.util.Optional.ofNullable(
        stored.computeIfAbsent(kind, k -> store.interchange().guids(k)).get(id));
  }

  /** A GUID for something without an id of its own (a variable by attribute name). */
  String named(String kind, String name) {
    return RefiGuid.derived(project + "/" + kind + "/" + name);
  }
}
