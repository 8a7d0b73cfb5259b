package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.core.model.Theme;
import org.verbatim.core.model.ThemeId;
import org.verbatim.core.store.ProjectStore;

/**
 * Writes themes as Sets of codes, one per theme, named by its path ({@link ThemePaths}), its
 * definition as Description. A project's member reference is {@code MemberCode@targetGUID}, a
 * codebook's {@code MemberCode@guid}.
 */
final class ThemeSetsXml {
  private final ProjectStore store;
  private final ExportGuids guids;

  ThemeSetsXml(ProjectStore store, ExportGuids guids) {
    this.store = store;
    this.guids = guids;
  }

  void write(XmlOut x, String member, String memberAttribute, boolean project) {
    List<Theme> themes = store.themes().list();
    if (themes.isEmpty()) {
      return;
    }
    Map<ThemeId, Theme> byId = new HashMap<>();
    themes.forEach(t -> byId.put(t.id(), t));
    java.util.Set<Long> liveCodes = new java.util.HashSet<>();
    store.codes().list().forEach(c -> liveCodes.add(c.id().value()));
    x.open("Sets");
    for (Theme t : themes) {
      List<String> path = new ArrayList<>();
      for (Theme at = t; at != null; at = at.parent().map(byId::get).orElse(null)) {
        path.add(0, at.name());
      }
      x.open(
          "Set", "guid", guids.of(GuidKinds.THEME, t.id().value()), "name", ThemePaths.join(path));
      if (!t.definition().isEmpty()) {
        x.textElement("Description", t.definition());
      }
      t.codes().stream()
          .filter(c -> liveCodes.contains(c.value()))
          .forEach(c -> x.empty(member, memberAttribute, guids.of(GuidKinds.CODE, c.value())));
      x.close("Set");
    }
    x.close("Sets");
  }
}
