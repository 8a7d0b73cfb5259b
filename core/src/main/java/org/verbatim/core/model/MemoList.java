package org.verbatim.core.model;

import java.util.List;

/** A page of the memo list; {@code truncated} when more entries matched than were asked for. */
public record MemoList(List<MemoEntry> entries, boolean truncated) {
  public MemoList {
    entries = List.copyOf(entries);
  }
}
