// The codings of the document the reader shows, kept in start order: replaced when reloaded,
// merged when this client or someone else changed some.

/** Holds the codings of document `docId`. */
export function createCodingSet(docId, initial) {
  let all = initial;
  return {
    all: () => all,
    replace(list) {
      all = list;
    },
    has: (id) => all.some((c) => c.id === id),
    /** Takes in changed codings (deleted ones leave); an older echo never replaces a newer one. */
    merge(changed) {
      const byId = new Map(all.map((c) => [c.id, c]));
      for (const c of changed) {
        if (c.document && c.document !== docId) continue;
        const old = byId.get(c.id);
        if (c.deleted) byId.delete(c.id);
        else if (!old || !(old.version > c.version)) byId.set(c.id, { ...c, document: c.document || docId });
        // else: an echo of a change we already show (events reach their author too)
      }
      all = [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}
