// The Words page's two SVG pictures of a word list: a horizontal bar chart and a word cloud (font
// size by count, laid out deterministically on a spiral). Words go in as text nodes only; every
// word is focusable and opens its keyword-in-context lines on click or Enter.

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Makes an SVG element a focusable button for `w` that calls `open(w.word)`. */
function actionable(el, w, label, open) {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.dataset.word = w.word;
  el.dataset.count = String(w.count);
  el.addEventListener('click', () => open(w.word));
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(w.word);
    }
  });
  return el;
}

function label(w, distinctive) {
  return distinctive ? `${w.word}: ${w.count} in the passages, keyness ${w.keyness}` : `${w.word}: ${w.count}`;
}

/** Bars of the first `max` words, longest for the highest count (or keyness when distinctive). */
export function barChart(words, { distinctive = false, max = 25, open }) {
  const shown = words.slice(0, max);
  const value = (w) => (distinctive ? w.keyness : w.count);
  const top = Math.max(1e-9, ...shown.map(value));
  const labelWidth = 130;
  const barWidth = 300;
  const row = 22;
  const svg = s('svg', {
    class: 'wd-bars', width: labelWidth + barWidth + 90, height: shown.length * row + 8,
    role: 'group', 'aria-label': distinctive ? 'Distinctive words, by keyness' : 'Most frequent words',
  });
  shown.forEach((w, i) => {
    const y = i * row + 4;
    const g = actionable(s('g', { class: 'wd-bar', transform: `translate(0, ${y})` }), w, label(w, distinctive), open);
    g.appendChild(s('text', { class: 'wd-bar-word', x: labelWidth - 8, y: 15, 'text-anchor': 'end' }, w.word));
    g.appendChild(s('rect', { x: labelWidth, y: 2, height: row - 6, width: Math.max(2, (value(w) / top) * barWidth), rx: 2 }));
    g.appendChild(s('text', { class: 'wd-bar-count', x: labelWidth + (value(w) / top) * barWidth + 6, y: 15 },
      distinctive ? `${w.count} · G² ${w.keyness}` : String(w.count)));
    svg.appendChild(g);
  });
  return svg;
}

/** Estimated width of `text` at `size` px: wide for CJK and other full-width characters. */
function textWidth(text, size) {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 1 : 0.6;
  return units * size;
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Places words (largest first) on an Archimedean spiral from the centre, each at the first point
 * where its box overlaps none placed before; no randomness, so the same list gives the same cloud.
 */
export function layoutCloud(words, { width = 640, height = 360, minSize = 11, maxSize = 40 } = {}) {
  const counts = words.map((w) => w.count);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const sizeOf = (w) => (hi === lo ? (minSize + maxSize) / 2 : minSize + (maxSize - minSize) * Math.sqrt((w.count - lo) / (hi - lo)));
  // shrink every word alike when their boxes would cover more than about half the picture
  const area = words.reduce((sum, w) => sum + textWidth(w.word, sizeOf(w)) * sizeOf(w) * 1.1, 0);
  const scale = Math.min(1, Math.sqrt((0.45 * width * height) / Math.max(1, area)));
  const placed = [];
  for (const w of words) {
    const size = Math.max(8, sizeOf(w) * scale);
    const box = { w: textWidth(w.word, size) + 4, h: size * 1.1 };
    // about 8 px along the spiral per step, turns 8 px apart: dense enough to fill the box
    for (let angle = 0, r = 0; r < Math.max(width, height); angle += Math.min(0.5, 8 / (r + 1))) {
      r = 1.3 * angle;
      const x = width / 2 + r * Math.cos(angle) * (width / height) - box.w / 2;
      const y = height / 2 + r * Math.sin(angle) - box.h / 2;
      if (x < 0 || y < 0 || x + box.w > width || y + box.h > height) continue;
      const here = { x, y, w: box.w, h: box.h };
      if (!placed.some((p) => overlaps(p.box, here))) {
        placed.push({ word: w, size, box: here });
        break;
      }
    }
  }
  return placed;
}

/** The cloud of `words`; a word that finds no room is left out (the bar chart lists it). */
export function wordCloud(words, { distinctive = false, open }) {
  const width = 640;
  const height = 360;
  const svg = s('svg', { class: 'wd-cloud', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': 'Word cloud' });
  for (const p of layoutCloud(words, { width, height })) {
    const text = s('text', {
      class: 'wd-cloud-word', x: p.box.x + 2, y: p.box.y + p.size * 0.85, 'font-size': p.size.toFixed(1),
    }, p.word.word);
    svg.appendChild(actionable(text, p.word, label(p.word, distinctive), open));
  }
  return svg;
}
