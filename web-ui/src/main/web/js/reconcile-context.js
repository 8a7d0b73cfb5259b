// Context for a disagreement card: who was speaking, the sentences around the passage with the
// characters the coders' versions differ on highlighted, and a link opening the reader there.
// Text goes in through text nodes only (dom.js h()).
import { h } from './dom.js';

/** The turn (speaker) holding `offset`, if the document has turns. */
function turnAt(doc, offset) {
  const turns = doc.turns || [];
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].end <= offset) lo = mid + 1;
    else if (turns[mid].start > offset) hi = mid - 1;
    else return turns[mid];
  }
  return null;
}

/** The last of the sorted `sentences` whose start satisfies `before(start)`, or null. */
function lastStarting(sentences, before) {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(sentences[mid].start)) {
      found = sentences[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * [start, end) widened to the sentences it touches, capped at `limit` characters each way. The
 * sentences are sorted and do not overlap, so two binary searches find them (a card each for
 * hundreds of disagreements would otherwise walk every sentence).
 */
function around(doc, start, end, limit = 400) {
  const sentences = doc.sentences || [];
  let from = start;
  let to = end;
  const first = lastStarting(sentences, (s) => s <= start);
  if (first && first.end > start) from = Math.min(from, first.start);
  const last = lastStarting(sentences, (s) => s < end);
  if (last && last.end >= end) to = Math.max(to, last.end);
  return [Math.max(from, start - limit, 0), Math.min(to, end + limit, doc.text.length)];
}

/**
 * The context block of disagreement `d` in document `doc` ({text, turns, sentences}): characters
 * every side covers are `rc-shared`, those only some sides cover are `<mark class="rc-diff">`.
 */
export function renderContext(d, doc) {
  if (!doc || typeof doc.text !== 'string') return null;
  const [from, to] = around(doc, d.start, d.end);
  const sides = d.sides.map((s) => s.passages.map((p) => [p.coding.start, p.coding.end]));
  const covered = (i) => sides.filter((ranges) => ranges.some(([a, b]) => i >= a && i < b)).length;
  const quote = h('p', { className: 'rc-context' });
  let runStart = from;
  let runClass = null;
  const flush = (at) => {
    if (at <= runStart) return;
    const text = doc.text.substring(runStart, at);
    if (runClass === 'diff') quote.appendChild(h('mark', { className: 'rc-diff' }, text));
    else if (runClass === 'shared') quote.appendChild(h('span', { className: 'rc-shared' }, text));
    else quote.appendChild(document.createTextNode(text));
  };
  for (let i = from; i <= to; i++) {
    let cls = null;
    if (i < to) {
      const n = covered(i);
      cls = n === 0 ? null : n === sides.length ? 'shared' : 'diff';
    }
    if (i === to || cls !== runClass) {
      flush(i);
      runStart = i;
      runClass = cls;
    }
  }
  const turn = turnAt(doc, d.start);
  const docId = doc.id;
  const reader = h('a', { className: 'rc-open-here', href: `index.html#/documents/${encodeURIComponent(docId)}?at=${d.start}`,
    target: '_blank', rel: 'noopener' }, 'Open in reader');
  return h('div', { className: 'rc-context-box' },
    h('div', { className: 'rc-context-head' },
      h('span', { className: 'rc-speaker' }, turn && turn.speaker ? turn.speaker : 'no speaker'),
      reader),
    quote);
}
