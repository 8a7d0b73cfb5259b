// The search page: keyword-in-context hits with filters, and "code all results", which codes every
// hit expanded to its sentence or speaker turn as one undoable action.
import { api, ApiError } from './api.js';
import { h, replaceChildren, toast, paletteColour } from './dom.js';
import { state, loadCodes, upsertCode, touchRecent, pathOf } from './state.js';
import { openPicker } from './picker.js';

const CODE_ALL_LIMIT = 5000;

export async function showSearch(main, params) {
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') || '', placeholder: 'Words, "phrases", AND/OR/NOT, wild*',
    attrs: { 'aria-label': 'Search text' } });
  const speaker = h('input', { type: 'text', name: 'speaker', value: params.get('speaker') || '', placeholder: 'Speaker',
    attrs: { 'aria-label': 'Speaker' } });
  const docSelect = h('select', { name: 'document', attrs: { 'aria-label': 'Document' } }, h('option', { value: '' }, 'All documents'));
  const codeSelect = h('select', { name: 'code', attrs: { 'aria-label': 'Coded with' } }, h('option', { value: '' }, 'Any code'));
  const attrBox = h('span', { className: 'attr-filters' });
  const submit = h('button', { type: 'submit', className: 'primary' }, 'Search');
  const form = h('form', { className: 'search-form filters' }, q, speaker, docSelect, codeSelect, attrBox, submit);
  const info = h('div', { className: 'search-info' });
  const expand = h('select', { attrs: { 'aria-label': 'Expand each hit to' } },
    h('option', { value: 'sentence' }, 'each hit’s sentence'),
    h('option', { value: 'turn' }, 'each hit’s speaker turn'),
    h('option', { value: 'match' }, 'the matched words only'));
  const codeAll = h('button', { type: 'button', disabled: true }, 'Code all results…');
  const actions = h('div', { className: 'search-actions' }, codeAll, ' expanded to ', expand);
  const results = h('table', { className: 'kwic' });
  replaceChildren(main, h('div', { className: 'page' },
    h('div', { className: 'page-head' }, h('h1', {}, 'Search')), form, h('div', { className: 'search-bar' }, info, actions),
    h('div', { className: 'table-scroll' }, results)));
  actions.hidden = !state.user.canCode;
  if (params.get('expand')) expand.value = params.get('expand');

  let last = null;

  const [docs, participants] = await Promise.all([
    api.documents().catch(() => []),
    api.participants().catch(() => []),
    state.codes.size ? null : loadCodes().catch(() => null),
  ]);
  for (const d of docs) docSelect.appendChild(h('option', { value: d.name }, d.name));
  docSelect.value = params.get('document') || '';
  for (const c of [...state.codes.values()].sort((a, b) => pathOf(a.id).localeCompare(pathOf(b.id)))) {
    codeSelect.appendChild(h('option', { value: c.id }, pathOf(c.id)));
  }
  codeSelect.value = params.get('code') || '';
  const keys = [...new Set(participants.flatMap((p) => Object.keys(p.attributes)))].sort();
  const attrSelects = keys.map((key) => {
    const values = [...new Set(participants.map((p) => p.attributes[key]).filter(Boolean))].sort();
    const s = h('select', { dataset: { key }, attrs: { 'aria-label': key } },
      h('option', { value: '' }, `${key}: any`), values.map((v) => h('option', { value: v }, v)));
    s.value = params.get('a.' + key) || '';
    return s;
  });
  replaceChildren(attrBox, attrSelects);

  function currentQuery(limit) {
    const p = { q: q.value.trim(), speaker: speaker.value.trim(), document: docSelect.value, code: codeSelect.value, limit };
    for (const s of attrSelects) if (s.value) p['a.' + s.dataset.key] = s.value;
    return p;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = currentQuery();
    const usp = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) if (v) usp.set(k, v);
    history.replaceState(null, '', '#/search?' + usp.toString());
    run();
  });

  async function run() {
    const p = currentQuery(200);
    if (!p.q) {
      info.textContent = 'Type words to search for.';
      replaceChildren(results);
      codeAll.disabled = true;
      return;
    }
    info.textContent = 'Searching…';
    try {
      last = { params: p, ...(await api.search(p)) };
    } catch (e) {
      info.textContent = e.message;
      info.classList.add('error');
      replaceChildren(results);
      codeAll.disabled = true;
      return;
    }
    info.classList.remove('error');
    info.textContent = last.totalHits > last.hits.length
      ? `${last.totalHits} hits (showing ${last.hits.length})` : `${last.totalHits} hit${last.totalHits === 1 ? '' : 's'}`;
    codeAll.disabled = last.totalHits === 0;
    const frag = document.createDocumentFragment();
    for (const hit of last.hits) {
      const link = `#/documents/${encodeURIComponent(hit.document)}?at=${hit.start}&end=${hit.end}`;
      frag.appendChild(h('tr', { className: 'hit' },
        h('td', { className: 'kwic-doc' }, h('a', { href: link }, hit.documentName || hit.document),
          hit.participant ? h('div', { className: 'muted' }, hit.participant) : null,
          hit.speaker ? h('div', { className: 'muted' }, hit.speaker) : null),
        h('td', { className: 'kwic-before' }, hit.before),
        h('td', { className: 'kwic-match' }, h('a', { href: link }, h('mark', {}, hit.match))),
        h('td', { className: 'kwic-after' }, hit.after)));
    }
    replaceChildren(results, frag);
  }

  codeAll.addEventListener('click', () => {
    if (!last) return;
    openPicker({
      rect: codeAll.getBoundingClientRect(),
      title: `Code all ${last.totalHits} results`,
      apply: (codeId) => codeAllResults(codeId),
      create: async (name) => {
        const code = await api.createCode({ name, colour: paletteColour(state.codes.size) });
        upsertCode(code);
        return code;
      },
    });
  });

  async function codeAllResults(codeId) {
    const mode = expand.value;
    let created;
    try {
      const data = await api.autocode({ query: last.params.q, filters: filtersOf(last.params), code: codeId, expand: mode });
      created = data && (data.created ?? data.count ?? (data.codings ? data.codings.length : null));
    } catch (e) {
      if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405)) throw e;
      created = await codeAllInBrowser(codeId, mode);
    }
    touchRecent(codeId);
    await loadCodes().catch(() => null);
    toast(`Coded ${created ?? 'all'} passage${created === 1 ? '' : 's'} with “${pathOf(codeId)}” (Ctrl+Z undoes)`);
  }

  function filtersOf(p) {
    const f = {};
    for (const [k, v] of Object.entries(p)) if (v && k !== 'q' && k !== 'limit') f[k] = v;
    return f;
  }

  /** Without a server-side autocode: expands the hits here and stores them as one batch. */
  async function codeAllInBrowser(codeId, mode) {
    const all = await api.search(currentQueryFrom(last.params, CODE_ALL_LIMIT));
    const byDoc = new Map();
    for (const hit of all.hits) {
      if (!byDoc.has(hit.document)) byDoc.set(hit.document, []);
      byDoc.get(hit.document).push(hit);
    }
    const codings = [];
    for (const [docId, hits] of byDoc) {
      const doc = mode === 'match' ? null : await api.document(docId);
      const seen = new Set();
      for (const hit of hits) {
        const span = expandHit(doc, hit, mode);
        const key = `${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        codings.push({ document: docId, code: codeId, start: span.start, end: span.end });
      }
    }
    if (codings.length) await api.createCodings(codings);
    return codings.length;
  }

  function currentQueryFrom(p, limit) {
    return { ...p, limit };
  }

  if (q.value) run();
  q.focus();
}

/** The span a hit is expanded to: its sentence or turn (when known), else the match itself. */
export function expandHit(doc, hit, mode) {
  const within = (list) => list.find((s) => s.start <= hit.start && hit.end <= s.end)
    || list.find((s) => s.start <= hit.start && hit.start < s.end);
  if (doc && mode === 'sentence') {
    const s = within(doc.sentences);
    if (s) return { start: s.start, end: Math.max(s.end, hit.end) };
  }
  if (doc && (mode === 'turn' || mode === 'sentence')) {
    const t = within(doc.turns);
    if (t) return { start: t.start, end: Math.max(t.end, hit.end) };
  }
  return { start: hit.start, end: hit.end };
}
