package org.verbatim.core.store;

import java.util.List;
import org.verbatim.core.model.AuditEntry;

/** The record of who changed what; written by every store write, read by the owner. */
public interface AuditLog {
  /**
   * Entries in the order they were written, from {@code afterId} (exclusive), at most {@code
   * limit}.
   */
  List<AuditEntry> list(long afterId, int limit);
}
