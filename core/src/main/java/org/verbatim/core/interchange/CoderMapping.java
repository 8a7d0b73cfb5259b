package org.verbatim.core.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.core.interchange.RefiProject.CodingRef;
import org.verbatim.core.interchange.RefiProject.Selection;
import org.verbatim.core.interchange.RefiProject.Text;
import org.verbatim.core.interchange.RefiProject.User;
import org.verbatim.core.model.Coder;
import org.verbatim.core.model.CoderId;
import org.verbatim.core.store.InterchangeStore.KeptUser;
import org.verbatim.core.store.ProjectStore;

/**
 * REFI-QDA users as coders: a user who created a coding or a note becomes a coder (created on first
 * use); a user who did neither, such as ATLAS.ti's system user, is kept as a user only. Codings and
 * notes without a user go to the project's creating user, the only user, or a coder "imported".
 */
final class CoderMapping {
  private final ProjectStore store;
  private final String actor;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, Coder> coders = new HashMap<>();
  private final List<KeptUser> kept = new ArrayList<>();
  private final String fallbackGuid;

  CoderMapping(RefiProject p, ProjectStore store, String actor) {
    this.store = store;
    this.actor = actor;
    Set<String> used = new HashSet<>();
    for (User u : p.users()) {
      String base = u.name().isBlank() ? "user-" + u.guid().substring(0, 8) : u.name();
      names.put(u.guid(), ProjectWriter.unique(base, used));
    }
    Set<String> active = new HashSet<>();
    for (Text t : p.texts()) {
      for (Selection s : t.selections()) {
        for (CodingRef c : s.codings()) {
          active.add(c.creatingUser().isEmpty() ? s.creatingUser() : c.creatingUser());
        }
      }
    }
    p.notes().forEach(n -> active.add(n.creatingUser()));
    String fallback = p.creatingUser().filter(names::containsKey).orElse("");
    if (fallback.isEmpty() && p.users().size() == 1) {
      fallback = p.users().get(0).guid();
    }
    this.fallbackGuid = fallback;
    if (active.contains("")) {
      active.add(fallback);
    }
    for (User u : p.users()) {
      if (!active.contains(u.guid())) {
        kept.add(new KeptUser(u.guid(), names.get(u.guid())));
      }
    }
  }

  /** The coder of a user GUID ("" or unknown: the project's creator, or "imported"). */
  CoderId of(String userGuid) {
    String g = userGuid.isEmpty() ? fallbackGuid : userGuid;
    Coder c = coders.get(g);
    if (c == null) {
      String name =
          names.containsKey(g)
              ? names.get(g)
              : g.isEmpty() ? "imported" : "user-" + g.substring(0, Math.min(8, g.length()));
      c = store.coders().ensure(name, actor);
      coders.put(g, c);
    }
    return c.id();
  }

  CoderId fallback() {
    return of("");
  }

  int created() {
    return coders.size();
  }

  List<KeptUser> kept() {
    return kept;
  }

  Map<Long, String> guidRows() {
    Map<Long, String> out = new HashMap<>();
    coders.forEach(
        (g, c) -> {
          if (names.containsKey(g)) {
            out.put(c.id().value(), g);
          }
        });
    return out;
  }
}
