// Matrix, co-occurrence heat map and saturation curve, drawn as plain SVG (no chart library).
import { h, replaceChildren } from './dom.js';
import { themesApi } from './themes-api.js';
import { renderPassages } from './themes-passages.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

function frame(main, title, picker, ...content) {
  replaceChildren(main, h('div', { className: 'th-page' }, h('div', { className: 'th-toolbar' }, picker),
    h('h2', {}, title), ...content));
}

export async function showMatrix(main, page, picker) {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const by = params.get('by') || '';
  const rows = params.get('rows') || 'themes';
  const count = params.get('count') || 'participants';
  const m = await themesApi.matrix({ layer: page.layer, by, rows, count });
  const byInput = h('input', { type: 'text', value: by, className: 'th-by', attrs: { 'aria-label': 'Columns by attribute (empty: participants)', placeholder: 'attribute, e.g. discipline' } });
  const rowSel = h('select', { className: 'th-rows', attrs: { 'aria-label': 'Rows' } }, h('option', { value: 'themes' }, 'themes'), h('option', { value: 'codes' }, 'codes'));
  rowSel.value = rows;
  const countSel = h('select', { className: 'th-count', attrs: { 'aria-label': 'Count' } }, h('option', { value: 'participants' }, 'participants'), h('option', { value: 'passages' }, 'passages'));
  countSel.value = count;
  const form = h('form', { className: 'th-matrix-form' }, byInput, rowSel, countSel, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams({ view: 'matrix', by: byInput.value.trim(), rows: rowSel.value, count: countSel.value });
    if (page.layer) p.set('layer', page.layer);
    location.hash = p.toString();
  });
  const passages = h('div', { className: 'th-passages-host' });
  const max = Math.max(1, ...m.rows.flatMap((r) => r.cells));
  const head = h('tr', {}, h('th', {}, rows === 'codes' ? 'Code' : 'Theme'),
    m.columns.map((c, i) => h('th', { scope: 'col' }, `${c} (${m.columnTotals[i]})`)), h('th', {}, 'total'));
  const body = m.rows.map((r) => h('tr', {}, h('th', { scope: 'row', style: { paddingLeft: `${0.5 + r.depth}em` } }, r.name),
    r.cells.map((v, i) => {
      const cell = h('button', {
        type: 'button', className: 'th-cell', dataset: { row: String(r.id), column: m.columns[i] },
        style: { background: `rgba(31, 119, 180, ${(0.08 + 0.8 * v / max).toFixed(2)})` },
        attrs: { 'aria-label': `${r.name} × ${m.columns[i]}: ${v}` },
      }, String(v));
      cell.addEventListener('click', async () => {
        const q = { layer: page.layer, limit: 100 };
        if (m.attribute) {
          if (m.columns[i] !== '(none)') q[`where.${m.attribute}`] = m.columns[i];
        } else q.participant = m.columns[i];
        const page2 = await themesApi.passages(r.kind, r.id, q);
        renderPassages(passages, page2, `${r.name} × ${m.columns[i]}`);
      });
      return h('td', {}, cell);
    }), h('td', {}, String(r.total))));
  frame(main, 'Matrix', picker, form,
    h('p', { className: 'th-muted th-layer-note' }, `Layer: ${m.layer} · counting ${m.measure}${m.attribute ? ' by ' + m.attribute : ' per participant'}`),
    h('div', { className: 'th-scroll' }, h('table', { className: 'th-matrix' }, h('thead', {}, head), h('tbody', {}, body))),
    passages);
}

export async function showCooccurrence(main, page, picker) {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const proximity = params.get('proximity') || 'overlap';
  const c = await themesApi.cooccurrence({ layer: page.layer, proximity });
  const n = c.codes.length;
  const cell = 16;
  const left = 180;
  const top = 180;
  const svg = s('svg', { width: left + n * cell + 10, height: top + n * cell + 10, role: 'img', 'aria-label': `Co-occurrence heat map of ${n} codes (Jaccard)`, class: 'th-heat' });
  c.codes.forEach((code, i) => {
    svg.appendChild(s('text', { x: left - 4, y: top + i * cell + cell * 0.75, 'text-anchor': 'end', 'font-size': 11 }, code.name));
    svg.appendChild(s('text', { x: 0, y: 0, transform: `translate(${left + i * cell + cell * 0.75},${top - 4}) rotate(-60)`, 'font-size': 11 }, code.name));
  });
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const j = a === b ? 0 : c.jaccard[a][b];
      const rect = s('rect', { x: left + b * cell, y: top + a * cell, width: cell - 1, height: cell - 1, fill: a === b ? '#ddd' : `rgba(214, 39, 40, ${Math.min(1, 0.05 + j * 2).toFixed(2)})`, class: 'th-heat-cell' });
      rect.appendChild(s('title', {}, `${c.codes[a].name} + ${c.codes[b].name}: ${c.counts[a][b]} units, Jaccard ${j.toFixed(3)}`));
      svg.appendChild(rect);
    }
  }
  const sel = h('select', { attrs: { 'aria-label': 'Units' } }, ['overlap', 'sentence', 'turn'].map((p) => h('option', { value: p }, p)));
  sel.value = proximity;
  sel.addEventListener('change', () => {
    const p = new URLSearchParams({ view: 'cooccurrence', proximity: sel.value });
    if (page.layer) p.set('layer', page.layer);
    location.hash = p.toString();
  });
  frame(main, 'Co-occurrence', picker, h('label', {}, 'Units ', sel),
    h('p', { className: 'th-muted th-layer-note' }, `Layer: ${c.layer} · units: ${c.proximity} · colour: Jaccard (units with both / units with either)`),
    h('div', { className: 'th-scroll' }, svg));
}

export async function showSaturation(main, page, picker) {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const by = params.get('by') || '';
  const k = params.get('k') || '3';
  const c = await themesApi.saturation({ layer: page.layer, by, k });
  const steps = c.steps;
  const w = 40;
  const height = 220;
  const maxY = Math.max(1, ...steps.map((st) => st.cumulative));
  const y = (v) => 20 + (height - 40) * (1 - v / maxY);
  const svg = s('svg', { width: 60 + steps.length * w, height: height + 40, role: 'img', 'aria-label': `Saturation curve over ${steps.length} interviews`, class: 'th-saturation' });
  svg.appendChild(s('line', { x1: 40, y1: y(0), x2: 40 + steps.length * w, y2: y(0), stroke: '#999' }));
  const points = [];
  steps.forEach((st, i) => {
    const x = 40 + i * w;
    const bar = s('rect', { x: x + 8, y: y(st.new), width: w - 16, height: y(0) - y(st.new), fill: '#9ecae1', class: 'th-new-bar' });
    bar.appendChild(s('title', {}, `${st.number}. ${st.document} (${st.participant}): ${st.new} new, ${st.cumulative} in all${st.newCodes.length ? ': ' + st.newCodes.join(', ') : ''}`));
    svg.appendChild(bar);
    svg.appendChild(s('text', { x: x + w / 2, y: y(0) + 14, 'text-anchor': 'middle', 'font-size': 10 }, String(st.number)));
    points.push(`${x + w / 2},${y(st.cumulative)}`);
  });
  svg.appendChild(s('polyline', { points: points.join(' '), fill: 'none', stroke: '#1f77b4', 'stroke-width': 2, class: 'th-cumulative' }));
  if (c.point) {
    const x = 40 + c.point * w;
    svg.appendChild(s('line', { x1: x, y1: 10, x2: x, y2: y(0), stroke: '#d62728', 'stroke-dasharray': '4 3', class: 'th-point' }));
  }
  const byInput = h('input', { type: 'text', value: by, attrs: { 'aria-label': 'Order by attribute (empty: import order)', placeholder: 'attribute, e.g. interview_date' } });
  const kInput = h('input', { type: 'number', min: '1', value: k, attrs: { 'aria-label': 'k' } });
  const form = h('form', {}, byInput, kInput, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams({ view: 'saturation', by: byInput.value.trim(), k: kInput.value });
    if (page.layer) p.set('layer', page.layer);
    location.hash = p.toString();
  });
  frame(main, 'Saturation', picker, form,
    h('p', { className: 'th-muted th-layer-note' }, `Layer: ${c.layer} · interviews ${c.order}`),
    h('div', { className: 'th-scroll' }, svg),
    h('p', { className: 'th-rule' }, `${c.point ? 'Saturation after interview ' + c.point : 'Saturation not reached'} — rule: ${c.rule}.`));
}
