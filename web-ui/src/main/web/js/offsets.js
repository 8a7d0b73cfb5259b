// Maps between DOM positions and offsets into the stored text. Every piece of document text is a
// text node that is the only child of a <span class="t" data-start="N">, so a DOM point inside it
// is N + its offset in that node; points elsewhere snap to the nearest such text node.

function isTextLayer(node) {
  return node.nodeType === Node.TEXT_NODE && node.parentNode && node.parentNode.classList
    && node.parentNode.classList.contains('t');
}

function startOf(textNode) {
  return Number(textNode.parentNode.dataset.start);
}

function walker(root) {
  return document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (isTextLayer(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
}

/** The first text-layer node at or after `node` (its own descendants count as after it). */
function textAfter(root, node) {
  if (isTextLayer(node)) return node;
  const w = walker(root);
  w.currentNode = node;
  return w.nextNode();
}

/** The last text-layer node before `node` (not inside it). */
function textBefore(root, node) {
  const w = walker(root);
  w.currentNode = node;
  return w.previousNode();
}

/** The last text-layer node inside `node`, or null. */
function lastTextIn(root, node) {
  const w = walker(node);
  let last = null;
  while (w.nextNode()) last = w.currentNode;
  return last;
}

/**
 * The text offset of a DOM point (container, offset) inside `root`. `isEnd` picks which side a
 * point between text nodes snaps to: an end snaps back to the previous text's end, a start forward
 * to the next text's start. Returns null when no text lies on that side.
 */
export function pointToOffset(root, container, offset, isEnd) {
  if (isTextLayer(container)) return startOf(container) + offset;
  let after = null;
  let before = null;
  if (container.nodeType === Node.TEXT_NODE) {
    // Text outside the text layer (speaker labels): snap to the neighbouring document text.
    after = textAfter(root, container);
    before = textBefore(root, container);
  } else if (offset < container.childNodes.length) {
    const child = container.childNodes[offset];
    after = textAfter(root, child);
    before = textBefore(root, child);
  } else {
    before = lastTextIn(root, container) || textBefore(root, container);
    // The node following the container in document order.
    let next = container;
    while (next && next !== root && !next.nextSibling) next = next.parentNode;
    after = next && next !== root ? textAfter(root, next.nextSibling) : null;
  }
  if (isEnd) {
    if (before && root.contains(before)) return startOf(before) + before.length;
    if (after && root.contains(after)) return startOf(after);
  } else {
    if (after && root.contains(after)) return startOf(after);
    if (before && root.contains(before)) return startOf(before) + before.length;
  }
  return null;
}

/**
 * The [start, end) text offsets of a DOM Range, or null when it holds no document text. Leading
 * and trailing whitespace is left out (a double-click often takes the following space).
 */
export function rangeToOffsets(root, range, text, { trim = true } = {}) {
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) {
    // Partly outside the reader: clip to it.
    const clipped = document.createRange();
    clipped.selectNodeContents(root);
    if (range.compareBoundaryPoints(Range.START_TO_START, clipped) > 0) {
      clipped.setStart(range.startContainer, range.startOffset);
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, clipped) < 0) {
      clipped.setEnd(range.endContainer, range.endOffset);
    }
    range = clipped;
  }
  let start = pointToOffset(root, range.startContainer, range.startOffset, false);
  let end = pointToOffset(root, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  if (trim) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  return end > start ? { start, end } : null;
}

/** The text node and offset holding `offset` (an end-side point when `isEnd`), or null. */
export function offsetToPoint(root, offset, isEnd) {
  const spans = root.querySelectorAll('span.t');
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = Number(spans[mid].dataset.start);
    if (isEnd ? s < offset : s <= offset) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best < 0) return null;
  const node = spans[best].firstChild;
  const local = Math.min(offset - Number(spans[best].dataset.start), node.length);
  return { node, offset: local };
}

/** A DOM Range covering [start, end), or null. */
export function offsetsToRange(root, start, end) {
  const a = offsetToPoint(root, start, false);
  const b = offsetToPoint(root, end, true);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
