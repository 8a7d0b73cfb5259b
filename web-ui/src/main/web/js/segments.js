// Pure functions that cut a document into display blocks and blocks into highlight segments.
// No DOM here, so the arithmetic can be checked on its own.

/**
 * Display blocks of a document: one per speaker turn, plus the text between turns when it says
 * more than the next speaker's label. Without turns, one block per paragraph. Blocks are sorted,
 * disjoint, half-open UTF-16 ranges; text outside every block is not shown.
 */
export function blocksOf(doc) {
  const text = doc.text;
  const blocks = [];
  if (doc.turns && doc.turns.length > 0) {
    const turns = [...doc.turns].sort((a, b) => a.start - b.start);
    let pos = 0;
    for (const turn of turns) {
      if (turn.start > pos) addGap(blocks, text, pos, turn.start, turn.speaker);
      if (turn.end > turn.start) {
        blocks.push({ start: turn.start, end: turn.end, turn });
      }
      pos = Math.max(pos, turn.end);
    }
    if (pos < text.length) addGap(blocks, text, pos, text.length, null);
    return blocks;
  }
  // Paragraphs: split at blank lines, keeping the separators out of the blocks.
  const re = /\n[ \t]*\n\s*/g;
  let pos = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > pos) blocks.push({ start: pos, end: m.index, turn: null });
    pos = m.index + m[0].length;
  }
  if (pos < text.length) blocks.push({ start: pos, end: text.length, turn: null });
  return blocks;
}

function addGap(blocks, text, start, end, nextSpeaker) {
  let rest = text.slice(start, end);
  if (nextSpeaker) rest = rest.split(nextSpeaker).join('');
  // Labels, cue times and punctuation that only introduce the next turn.
  rest = rest.replace(/[[(]?\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?[\])]?/g, '').replace(/[\s:：\-–—.,;|>]/g, '');
  if (rest.length === 0) return;
  // Trim surrounding whitespace so the block holds just its words.
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (start + lead < end - trail) blocks.push({ start: start + lead, end: end - trail, turn: null });
}

/**
 * Cuts [start, end) into segments at every boundary of the given codings. Each segment lists the
 * indices (into `codings`) of the codings covering it. Codings need {start, end}.
 */
export function sweep(start, end, codings, indices) {
  const points = [];
  for (const i of indices) {
    const c = codings[i];
    if (c.end <= start || c.start >= end) continue;
    points.push([Math.max(c.start, start), 1, i]);
    points.push([Math.min(c.end, end), -1, i]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments = [];
  const active = new Set();
  let pos = start;
  let k = 0;
  while (pos < end) {
    while (k < points.length && points[k][0] === pos) {
      const [, kind, i] = points[k++];
      if (kind === 1) active.add(i);
      else active.delete(i);
    }
    const next = k < points.length ? Math.min(points[k][0], end) : end;
    if (next > pos) segments.push({ start: pos, end: next, codings: active.size ? [...active] : EMPTY });
    pos = next;
  }
  return segments;
}

const EMPTY = Object.freeze([]);

/**
 * For each block, the indices of the codings that overlap it, in one pass over codings sorted by
 * start. Returns an array parallel to `blocks`.
 */
export function codingsPerBlock(blocks, codings) {
  const order = codings.map((_, i) => i).sort((a, b) => codings[a].start - codings[b].start);
  const result = [];
  let open = [];
  let k = 0;
  for (const block of blocks) {
    while (k < order.length && codings[order[k]].start < block.end) open.push(order[k++]);
    open = open.filter((i) => codings[i].end > block.start);
    result.push(open.filter((i) => codings[i].start < block.end));
  }
  return result;
}

/** Index of the last segment whose start is <= offset, or -1. Segments are sorted. */
export function segmentAt(segments, offset) {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Packs intervals (per code: merged [top, bottom] runs) into the fewest lanes, code by code. */
export function assignLanes(codeRuns) {
  // codeRuns: Map code -> sorted merged runs [[top, bottom], ...]
  const lanes = [];
  const laneOf = new Map();
  const entries = [...codeRuns.entries()].sort((a, b) => a[1][0][0] - b[1][0][0]);
  for (const [code, runs] of entries) {
    let lane = lanes.findIndex((occupied) => !intersects(occupied, runs));
    if (lane < 0) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane] = mergeRuns([...lanes[lane], ...runs]);
    laneOf.set(code, lane);
  }
  return { laneOf, count: lanes.length };
}

/** Sorts and merges overlapping or touching [top, bottom] runs. */
export function mergeRuns(runs) {
  const sorted = [...runs].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [top, bottom] of sorted) {
    const last = out[out.length - 1];
    if (last && top <= last[1] + 2) last[1] = Math.max(last[1], bottom);
    else out.push([top, bottom]);
  }
  return out;
}

function intersects(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i][1] + 2 < b[j][0]) i++;
    else if (b[j][1] + 2 < a[i][0]) j++;
    else return true;
  }
  return false;
}
