package org.verbatim.core.themes;

import java.util.List;

/**
 * A page of retrieved passages: the passages from the query's offset, how many matched in all, and
 * the label of the layer they come from.
 */
public record PassagePage(List<CodedPassage> passages, int total, String layer) {
  public PassagePage {
    passages = List.copyOf(passages);
  }
}
