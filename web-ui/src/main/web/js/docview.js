// Paints one document: speaker turns as blocks, the text as segments cut at coding boundaries
// (one class per code combination), and coding stripes in each block's margin, one lane per code.
//
// Long transcripts stay fast: blocks use `content-visibility: auto`, so the browser lays out and
// paints only those near the viewport, and a block's stripes (which need its layout) are drawn
// when it comes near the viewport. Lanes are assigned up front from character offsets, so every
// block agrees on them without measuring anything.
import { h, replaceChildren, formatMillis } from './dom.js';
import { blocksOf, sweep, codingsPerBlock, segmentAt, assignLanes, mergeRuns } from './segments.js';
import { classFor } from './highlights.js';
import { colourOf, codeName } from './state.js';

const LANE_WIDTH = 7;
const MAX_MARGIN = 120;
// Codes whose codings come within this many characters (about a line) never share a lane.
const LANE_GAP = 100;
// Estimated block height before layout: characters per line and line height, in pixels.
const CHARS_PER_LINE = 80;
const LINE_HEIGHT = 25;

/** Creates the view inside `host`; `hooks.isMine(coding)` tells own codings from others'. */
export function createDocView(host, hooks = {}) {
  const text = h('div', { className: 'doc-text', attrs: { 'aria-label': 'Transcript' } });
  const page = h('div', { className: 'doc-page' }, text);
  const scroller = h('div', { className: 'doc-scroll', tabIndex: -1 }, page);
  replaceChildren(host, scroller);

  let doc = null;
  let blocks = [];
  let blockEls = [];
  let stripeEls = []; // per block: its stripe layer
  let codings = [];
  let perBlock = [];
  let signatures = [];
  let segs = []; // per block: segments
  let spans = []; // per block: span elements parallel to segs
  let lanes = { laneOf: new Map(), count: 0 };
  let laneWidth = LANE_WIDTH;
  let dirty = new Set(); // blocks whose stripes are stale
  const near = new Set(); // blocks near the viewport

  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const b = Number(entry.target.dataset.b);
      if (entry.isIntersecting) near.add(b);
      else near.delete(b);
    }
    drawDirtyNear();
  }, { root: scroller, rootMargin: '800px 0px' });

  function headOf(block) {
    if (!block.turn) return null;
    const t = block.turn;
    return h('div', { className: 'turn-head' },
      h('span', { className: 'speaker' }, t.speaker || ''),
      t.startMillis !== null && t.startMillis !== undefined
        ? h('time', { className: 'time', dateTime: `PT${Math.floor(t.startMillis / 1000)}S` }, formatMillis(t.startMillis))
        : null);
  }

  function signature(indices) {
    return indices.map((i) => {
      const c = codings[i];
      return `${c.id}:${c.code}:${c.start}:${c.end}:${c.coder}`;
    }).sort().join('|');
  }

  function paintBlock(b, body) {
    const block = blocks[b];
    const list = sweep(block.start, block.end, codings, perBlock[b]);
    const els = new Array(list.length);
    const frag = document.createDocumentFragment();
    const source = doc.text;
    for (let k = 0; k < list.length; k++) {
      const seg = list[k];
      const span = document.createElement('span');
      let cls = 't';
      if (seg.codings.length) {
        cls += ' hl ' + classFor(seg.codings.map((i) => codings[i].code));
        if (seg.codings.some((i) => hooks.isMine && !hooks.isMine(codings[i]))) cls += ' other';
      }
      span.className = cls;
      span.setAttribute('data-start', seg.start);
      span.appendChild(document.createTextNode(source.slice(seg.start, seg.end)));
      frag.appendChild(span);
      els[k] = span;
    }
    replaceChildren(body, frag);
    segs[b] = list;
    spans[b] = els;
    dirty.add(b);
  }

  /** Lanes from offsets: codes whose codings overlap (or nearly) get different lanes. */
  function assign() {
    const runs = new Map();
    for (const c of codings) {
      if (!runs.has(c.code)) runs.set(c.code, []);
      runs.get(c.code).push([c.start - LANE_GAP, c.end + LANE_GAP]);
    }
    for (const [code, list] of runs) runs.set(code, mergeRuns(list));
    const next = assignLanes(runs);
    const changed = next.count !== lanes.count
      || [...next.laneOf].some(([code, lane]) => lanes.laneOf.get(code) !== lane);
    lanes = next;
    laneWidth = lanes.count ? Math.max(3, Math.min(LANE_WIDTH, Math.floor(MAX_MARGIN / lanes.count))) : LANE_WIDTH;
    text.style.setProperty('--stripe-zone', `${Math.max(lanes.count * laneWidth, 8) + 12}px`);
    return changed;
  }

  function setDocument(d, initialCodings) {
    doc = d;
    observer.disconnect();
    near.clear();
    blocks = blocksOf(d);
    codings = initialCodings.filter((c) => c.end > c.start);
    perBlock = codingsPerBlock(blocks, codings);
    signatures = perBlock.map(signature);
    segs = new Array(blocks.length);
    spans = new Array(blocks.length);
    stripeEls = new Array(blocks.length);
    dirty = new Set();
    assign();
    const frag = document.createDocumentFragment();
    blockEls = blocks.map((block, b) => {
      const body = h('div', { className: 'turn-text' });
      paintBlock(b, body);
      stripeEls[b] = h('div', { className: 'stripes', attrs: { 'aria-hidden': 'true' } });
      const el = h('div', { className: block.turn ? 'block turn' : 'block gap', dataset: { b: String(b) } },
        headOf(block), body, stripeEls[b]);
      const lines = Math.max(block.turn ? 2 : 1, Math.ceil((block.end - block.start) / CHARS_PER_LINE));
      el.style.containIntrinsicSize = `auto ${lines * LINE_HEIGHT + 10}px`;
      frag.appendChild(el);
      return el;
    });
    replaceChildren(text, frag);
    if (blocks.length === 0) text.appendChild(h('p', { className: 'empty' }, 'This document has no text.'));
    performance.mark('verbatim:segments');
    // Stripes of what is on screen now; the observer brings the rest as it scrolls near.
    for (const b of onScreen()) near.add(b);
    drawDirtyNear();
    for (const el of blockEls) observer.observe(el);
    performance.mark('verbatim:stripes');
  }

  /** Blocks intersecting the scroller's viewport (laying out only those and the ones above). */
  function onScreen() {
    const view = scroller.getBoundingClientRect();
    const found = [];
    for (let b = 0; b < blockEls.length; b++) {
      const r = blockEls[b].getBoundingClientRect();
      if (r.top > view.bottom) break;
      if (r.bottom >= view.top) found.push(b);
    }
    return found;
  }

  /** Replaces the codings; repaints only blocks whose codings changed. */
  function setCodings(next) {
    codings = next.filter((c) => c.end > c.start);
    perBlock = codingsPerBlock(blocks, codings);
    if (assign()) for (let b = 0; b < blocks.length; b++) dirty.add(b);
    for (let b = 0; b < blocks.length; b++) {
      const sig = signature(perBlock[b]);
      if (sig !== signatures[b]) {
        signatures[b] = sig;
        paintBlock(b, blockEls[b].querySelector('.turn-text'));
      } else {
        remapSegments(b);
      }
    }
    drawDirtyNear();
  }

  function remapSegments(b) {
    // Same ranges give the same cuts, so only the coding indices need refreshing (no DOM work).
    const fresh = sweep(blocks[b].start, blocks[b].end, codings, perBlock[b]);
    if (fresh.length === segs[b].length) {
      for (let k = 0; k < fresh.length; k++) segs[b][k].codings = fresh[k].codings;
    } else {
      paintBlock(b, blockEls[b].querySelector('.turn-text'));
    }
  }

  function drawDirtyNear() {
    const todo = [...near].filter((b) => dirty.has(b));
    if (!todo.length) return;
    // All reads first (one layout), then all writes.
    const plans = todo.map(planStripes);
    todo.forEach((b, n) => {
      writeStripes(b, plans[n]);
      dirty.delete(b);
    });
  }

  /** Where each coding's stripe goes in block b, relative to the block. */
  function planStripes(b) {
    const list = segs[b];
    const plan = [];
    if (!list.length || !perBlock[b].length) return plan;
    const top0 = blockEls[b].getBoundingClientRect().top;
    const tops = new Map();
    const bottoms = new Map();
    const edge = (k, cache, side) => {
      let v = cache.get(k);
      if (v === undefined) {
        const r = spans[b][k].getBoundingClientRect();
        v = (side === 'top' ? r.top : r.bottom) - top0;
        cache.set(k, v);
      }
      return v;
    };
    for (const i of perBlock[b]) {
      const c = codings[i];
      const first = Math.max(0, segmentAt(list, Math.max(c.start, blocks[b].start)));
      const last = segmentAt(list, Math.min(c.end, blocks[b].end) - 1);
      if (last < first) continue;
      plan.push({ c, top: edge(first, tops, 'top'), bottom: edge(last, bottoms, 'bottom') });
    }
    return plan;
  }

  function writeStripes(b, plan) {
    const frag = document.createDocumentFragment();
    for (const { c, top, bottom } of plan) {
      const el = document.createElement('div');
      el.className = hooks.isMine && !hooks.isMine(c) ? 'stripe other' : 'stripe';
      const style = el.style;
      style.top = `${top}px`;
      style.height = `${Math.max(2, bottom - top)}px`;
      style.left = `${lanes.laneOf.get(c.code) * laneWidth + 4}px`;
      style.width = `${laneWidth - 1}px`;
      style.backgroundColor = colourOf(c.code);
      el.dataset.coding = c.id;
      el.title = codeName(c.code);
      frag.appendChild(el);
    }
    replaceChildren(stripeEls[b], frag);
  }

  /** Redraws every stripe (after a resize or recolouring): now near the viewport, later elsewhere. */
  function redrawStripes() {
    for (let b = 0; b < blocks.length; b++) dirty.add(b);
    drawDirtyNear();
  }

  /** Codings covering the text at `offset`. */
  function codingsAt(offset) {
    const b = blockAt(offset);
    if (b < 0) return [];
    const k = segmentAt(segs[b], offset);
    if (k < 0) return [];
    return segs[b][k].codings.map((i) => codings[i]);
  }

  function blockAt(offset) {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end <= offset) lo = mid + 1;
      else if (blocks[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  function codingById(id) {
    return codings.find((c) => c.id === id) || null;
  }

  /** Scrolls so that `start` is in view and briefly marks [start, end). */
  function reveal(start, end) {
    const b = blockAt(start);
    if (b < 0) return;
    const k = Math.max(0, segmentAt(segs[b], start));
    spans[b][k].scrollIntoView({ block: 'center' });
    const marks = [];
    for (let bb = b; bb < blocks.length && blocks[bb].start < end; bb++) {
      for (let kk = 0; kk < segs[bb].length; kk++) {
        const s = segs[bb][kk];
        if (s.end > start && s.start < end) marks.push(spans[bb][kk]);
      }
    }
    for (const m of marks) m.classList.add('flash');
    setTimeout(() => marks.forEach((m) => m.classList.remove('flash')), 1600);
  }

  return {
    root: text,
    scroller,
    setDocument,
    setCodings,
    redrawStripes,
    codingsAt,
    codingById,
    reveal,
    destroy: () => observer.disconnect(),
    get codings() {
      return codings;
    },
  };
}
