// Paints one document: speaker turns as blocks, the text as segments cut at coding boundaries
// (one class per code combination), and coding stripes in the margin, one lane per code.
import { h, replaceChildren, formatMillis } from './dom.js';
import { blocksOf, sweep, codingsPerBlock, segmentAt, assignLanes, mergeRuns } from './segments.js';
import { classFor } from './highlights.js';
import { colourOf, codeName } from './state.js';

const LANE_WIDTH = 7;
const MAX_MARGIN = 150;

/** Creates the view inside `host`; `hooks.isMine(coding)` tells own codings from others'. */
export function createDocView(host, hooks = {}) {
  const text = h('div', { className: 'doc-text', attrs: { 'aria-label': 'Transcript' } });
  const stripes = h('div', { className: 'stripes', attrs: { 'aria-hidden': 'true' } });
  const page = h('div', { className: 'doc-page' }, text, stripes);
  const scroller = h('div', { className: 'doc-scroll', tabIndex: -1 }, page);
  replaceChildren(host, scroller);

  let doc = null;
  let blocks = [];
  let blockEls = [];
  let codings = [];
  let perBlock = [];
  let signatures = [];
  let segs = []; // per block: segments
  let spans = []; // per block: span elements parallel to segs
  let stripeEls = [];

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
  }

  function setDocument(d, initialCodings) {
    doc = d;
    blocks = blocksOf(d);
    codings = initialCodings.filter((c) => c.end > c.start);
    perBlock = codingsPerBlock(blocks, codings);
    signatures = perBlock.map(signature);
    segs = new Array(blocks.length);
    spans = new Array(blocks.length);
    const frag = document.createDocumentFragment();
    blockEls = blocks.map((block, b) => {
      const body = h('div', { className: 'turn-text' });
      paintBlock(b, body);
      const el = h('div', { className: block.turn ? 'block turn' : 'block gap', dataset: { b: String(b) } },
        headOf(block), body);
      frag.appendChild(el);
      return el;
    });
    replaceChildren(text, frag);
    if (blocks.length === 0) text.appendChild(h('p', { className: 'empty' }, 'This document has no text.'));
    performance.mark('verbatim:segments');
    drawStripes();
    performance.mark('verbatim:stripes');
  }

  /** Replaces the codings; repaints only blocks whose codings changed. */
  function setCodings(next) {
    codings = next.filter((c) => c.end > c.start);
    perBlock = codingsPerBlock(blocks, codings);
    for (let b = 0; b < blocks.length; b++) {
      const sig = signature(perBlock[b]);
      if (sig !== signatures[b]) {
        signatures[b] = sig;
        paintBlock(b, blockEls[b].querySelector('.turn-text'));
      } else {
        // Same ranges, but indices into `codings` may have moved.
        remapSegments(b);
      }
    }
    drawStripes();
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

  function drawStripes() {
    // Read every position first (one layout), then write all stripes in one fragment.
    const pageTop = page.getBoundingClientRect().top;
    const tops = new Map();
    const bottoms = new Map();
    const rectOf = (b, k, cache, side) => {
      const key = b * 1e7 + k;
      let v = cache.get(key);
      if (v === undefined) {
        const r = spans[b][k].getBoundingClientRect();
        v = (side === 'top' ? r.top : r.bottom) - pageTop;
        cache.set(key, v);
      }
      return v;
    };
    const items = [];
    const runsByCode = new Map();
    for (let b = 0; b < blocks.length; b++) {
      for (const i of perBlock[b]) {
        const c = codings[i];
        const list = segs[b];
        if (!list.length) continue;
        const first = Math.max(0, segmentAt(list, Math.max(c.start, blocks[b].start)));
        const last = segmentAt(list, Math.min(c.end, blocks[b].end) - 1);
        if (last < first) continue;
        const top = rectOf(b, first, tops, 'top');
        const bottom = rectOf(b, last, bottoms, 'bottom');
        items.push({ c, i, top, bottom });
        if (!runsByCode.has(c.code)) runsByCode.set(c.code, []);
        runsByCode.get(c.code).push([top, bottom]);
      }
    }
    for (const [code, runs] of runsByCode) runsByCode.set(code, mergeRuns(runs));
    const { laneOf, count } = assignLanes(runsByCode);
    const width = count ? Math.max(3, Math.min(LANE_WIDTH, Math.floor(MAX_MARGIN / count))) : LANE_WIDTH;
    // The layer is absolutely placed, so its width never reflows the text.
    stripes.style.width = `${Math.max(count * width, 8) + 4}px`;
    const frag = document.createDocumentFragment();
    stripeEls = [];
    for (const { c, top, bottom } of items) {
      const el = document.createElement('div');
      el.className = hooks.isMine && !hooks.isMine(c) ? 'stripe other' : 'stripe';
      el.style.top = `${top}px`;
      el.style.height = `${Math.max(2, bottom - top)}px`;
      el.style.left = `${laneOf.get(c.code) * width + 2}px`;
      el.style.width = `${width - 1}px`;
      el.style.backgroundColor = colourOf(c.code);
      el.dataset.coding = c.id;
      el.title = codeName(c.code);
      frag.appendChild(el);
      stripeEls.push(el);
    }
    replaceChildren(stripes, frag);
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

  /** Scrolls so that `offset` is in view and briefly marks [start, end). */
  function reveal(start, end) {
    const b = blockAt(start);
    if (b < 0) return;
    const k = Math.max(0, segmentAt(segs[b], start));
    const el = spans[b][k];
    el.scrollIntoView({ block: 'center' });
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
    redrawStripes: drawStripes,
    codingsAt,
    codingById,
    reveal,
    get codings() {
      return codings;
    },
  };
}
