// The text the user has selected in the reader, as offsets into the stored text.
import { rangeToOffsets } from './offsets.js';

/** The selection inside `view` as {start, end, rect}, or null when nothing is selected there. */
export function selectionIn(view, text) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!view.root.contains(range.commonAncestorContainer) && !range.intersectsNode(view.root)) return null;
  const offsets = rangeToOffsets(view.root, range, text);
  if (!offsets) return null;
  return { ...offsets, rect: range.getBoundingClientRect() };
}
