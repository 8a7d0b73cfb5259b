package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.interchange.RefiProject.RefiSet;
import org.verbatim.core.model.CodeId;
import org.verbatim.core.model.NewTheme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * Sets of codes as themes: a set's name is its theme's path ({@link ThemePaths}), its Description
 * the definition, its member codes the theme's codes. Sets of sources (document groups) have no
 * place in Verbatim and are counted as skipped.
 */
final class ThemeSetWriter {
  private final ProjectStore store;
  private final String actor;

  ThemeSetWriter(ProjectStore store, String actor) {
    this.store = store;
    this.actor = actor;
  }

  int write(List<RefiSet> sets, CodeTreeWriter codes, Map<String, Integer> skipped) {
    Map<String, ThemeId> byPath = new HashMap<>();
    Map<Long, String> guidRows = new HashMap<>();
    int count = 0;
    for (RefiSet set : sets) {
      if (!set.sources().isEmpty()) {
        skipped.merge("document groups (sets of sources)", 1, Integer::sum);
        if (set.codes().isEmpty()) {
          continue;
        }
      }
      List<String> path = ThemePaths.split(set.name());
      Optional<ThemeId> parent = Optional.empty();
      for (int i = 0; i < path.size() - 1; i++) {
        String key = String.join(ThemePaths.SEPARATOR, path.subList(0, i + 1));
        ThemeId id = byPath.get(key);
        if (id == null) {
          id = store.themes().create(new NewTheme(parent, path.get(i), "", List.of()), actor).id();
          byPath.put(key, id);
          count++;
        }
        parent = Optional.of(id);
      }
      List<CodeId> members = new ArrayList<>();
      for (String g : set.codes()) {
        codes
            .find(g)
            .ifPresentOrElse(
                members::add,
                () -> skipped.merge("set members that are not codes", 1, Integer::sum));
      }
      String key = String.join(ThemePaths.SEPARATOR, path);
      if (byPath.containsKey(key)) {
        skipped.merge("sets repeating a theme path", 1, Integer::sum);
        continue;
      }
      ThemeId id =
          store
              .themes()
              .create(
                  new NewTheme(
                      parent, path.get(path.size() - 1), set.description().strip(), members),
                  actor)
              .id();
      byPath.put(key, id);
      guidRows.put(id.value(), set.guid());
      count++;
    }
    store.interchange().record(GuidKinds.THEME, guidRows);
    return count;
  }
}
