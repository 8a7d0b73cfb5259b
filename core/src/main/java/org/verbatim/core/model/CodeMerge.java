package org.verbatim.core.model;

import java.util.List;

/**
 * The result of merging {@code source} into {@code target}: the codings that now carry the target
 * code, those removed because the same coder had already coded the same span with the target, and
 * the source's child codes that moved under the target.
 */
public record CodeMerge(
    Code source,
    Code target,
    List<Coding> moved,
    List<Coding> removedDuplicates,
    List<Code> movedChildren) {
  public CodeMerge {
    moved = List.copyOf(moved);
    removedDuplicates = List.copyOf(removedDuplicates);
    movedChildren = List.copyOf(movedChildren);
  }
}
