package org.verbatim.core.audit;

import java.util.List;
import java.util.function.Consumer;
import org.verbatim.core.model.AuditEntry;
import org.verbatim.core.model.InvalidInputException;
import org.verbatim.core.store.AuditLog;

/** Reading the audit trail: who changed what and when, oldest first. */
public final class AuditService {
  /** The most entries one page holds. */
  public static final int MAX_PAGE = 1000;

  private final AuditLog log;

  public AuditService(AuditLog log) {
    this.log = log;
  }

  /**
   * Entries after {@code afterId} (exclusive), at most {@code limit}.
   *
   * @throws InvalidInputException if {@code afterId} is negative or {@code limit} outside 1 to
   *     {@link #MAX_PAGE}
   */
  public List<AuditEntry> page(long afterId, int limit) {
    if (afterId < 0) {
      throw new InvalidInputException(
          "an audit page starts after an entry id >= 0, not " + afterId);
    }
    if (limit < 1 || limit > MAX_PAGE) {
      throw new InvalidInputException(
          "an audit page holds 1 to " + MAX_PAGE + " entries, not " + limit);
    }
    return log.list(afterId, limit);
  }

  /** Hands every entry to {@code sink}, oldest first, reading a page at a time. */
  public void forEach(Consumer<AuditEntry> sink) {
    long after = 0;
    for (List<AuditEntry> page = log.list(after, MAX_PAGE);
        !page.isEmpty();
        page = log.list(after, MAX_PAGE)) {
      for (AuditEntry e : page) {
        sink.accept(e);
        after = e.id();
      }
    }
  }
}
