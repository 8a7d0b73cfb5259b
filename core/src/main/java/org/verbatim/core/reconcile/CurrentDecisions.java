package org.verbatim.core.reconcile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.verbatim.core.model.Coding;
import org.verbatim.core.model.CodingId;

/**
 * The current decisions of a document, indexed for finding each item's decision: its own (same
 * key), else the newest one on any of its codings (outdated). Indexed because a document has
 * hundreds of items and as many decisions.
 */
final class CurrentDecisions {
  private final Map<String, Decision> byKey = new HashMap<>();
  private final Map<CodingId, Decision> bySource = new HashMap<>();

  /**
   * @param current current decisions, oldest first
   */
  CurrentDecisions(Collection<Decision> current) {
    for (Decision d : current) {
      byKey.putIfAbsent(d.key(), d);
      d.sources().forEach(s -> bySource.merge(s.coding(), d, CurrentDecisions::newer));
    }
  }

  /** The item's own current decision, else the newest current one on some of its codings. */
  Optional<Decision> forItem(String key, Collection<Coding> codings) {
    Decision exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    Decision found = null;
    for (Coding k : codings) {
      Decision d = bySource.get(k.id());
      if (d != null) {
        found = found == null ? d : newer(found, d);
      }
    }
    return Optional.ofNullable(found);
  }

  private static Decision newer(Decision a, Decision b) {
    return b.id().value() > a.id().value() ? b : a;
  }
}
