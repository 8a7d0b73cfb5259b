// The search page: keyword-in-context hits with filters, and "code all results", which codes every
// hit expanded to its sentence or speaker turn as one undoable action.
import { api } from './api.js';
import { h, replaceChildren, toast, paletteColour } from './dom.js';
import { state, loadCodes, upsertCode, touchRecent, pathOf, noteCoding } from './state.js';
import { openPicker } from './picker.js';

const SHOWN = 200;
const WITH_CODE_FILTER = 1000;

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
    const where = {};
    for (const s of attrSelects) if (s.value) where[s.dataset.key] = s.value;
    return { q: q.value.trim(), speaker: speaker.value.trim(), document: docSelect.value, where, code: codeSelect.value, limit };
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = currentQuery();
    const usp = new URLSearchParams();
    for (const k of ['q', 'speaker', 'document', 'code']) if (p[k]) usp.set(k, p[k]);
    for (const [k, v] of Object.entries(p.where)) usp.set('a.' + k, v);
    history.replaceState(null, '', '#/search?' + usp.toString());
    run();
  });

  /** Hits inside a passage coded with `code` (the API has no code filter; applied here). */
  async function keepCoded(hits, code) {
    const coded = await api.allCodings(code);
    const byDoc = new Map();
    for (const c of coded) {
      if (!byDoc.has(c.document)) byDoc.set(c.document, []);
      byDoc.get(c.document).push(c);
    }
    return hits.filter((hit) => (byDoc.get(hit.document) || []).some((c) => c.start < hit.end && hit.start < c.end));
  }

  async function run() {
    const p = currentQuery(codeSelect.value ? WITH_CODE_FILTER : SHOWN);
    if (!p.q) {
      info.textContent = 'Type words to search for.';
      replaceChildren(results);
      codeAll.disabled = true;
      return;
    }
    info.textContent = 'Searching…';
    try {
      last = { params: p, ...(await api.search(p)) };
      if (p.code) {
        last.hits = await keepCoded(last.hits, p.code);
        last.totalHits = last.hits.length;
        last.totalExact = true;
      }
    } catch (e) {
      info.textContent = e.message;
      info.classList.add('error');
      replaceChildren(results);
      codeAll.disabled = true;
      return;
    }
    info.classList.remove('error');
    const counted = last.totalExact ? `${last.totalHits}` : `more than ${last.totalHits}`;
    info.textContent = last.totalHits > last.hits.length
      ? `${counted} hits (showing ${last.hits.length})` : `${counted} hit${last.totalHits === 1 ? '' : 's'}`;
    codeAll.disabled = last.totalHits === 0;
    const frag = document.createDocumentFragment();
    for (const hit of last.hits) {
      const link = `#/documents/${encodeURIComponent(hit.document)}?at=${hit.start}&end=${hit.end}`;
      frag.appendChild(h('tr', { className: 'hit' },
        h('td', { className: 'kwic-doc' }, h('a', { href: link }, hit.documentName || hit.document),
          hit.participant ? h('div', { className: 'muted' }, hit.participant) : null,
          hit.speaker ? h('div', { className: 'muted' }, hit.speaker) : null),
        h('td', { className: 'kwic-before' }, h('div', {}, h('span', {}, hit.before))),
        h('td', { className: 'kwic-match' }, h('a', { href: link }, h('mark', {}, hit.match))),
        h('td', { className: 'kwic-after' }, h('div', {}, h('span', {}, hit.after)))));
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
    const p = last.params;
    let created;
    if (p.code) {
      // Narrowed by a code here in the browser: code exactly the hits shown, widened the same way.
      created = await codeHits(codeId, mode, last.hits);
    } else {
      const result = await api.autocode({ text: p.q, speaker: p.speaker, document: p.document, where: p.where, code: codeId, expand: mode });
      result.codings.forEach(noteCoding);
      created = result.created;
    }
    touchRecent(codeId);
    toast(`Coded ${created} passage${created === 1 ? '' : 's'} with “${pathOf(codeId)}” (Ctrl+Z undoes)`);
  }

  /** Widens the given hits here and stores them as one batch (one undoable action). */
  async function codeHits(codeId, mode, hits) {
    const docsById = new Map();
    const spans = [];
    for (const hit of hits) {
      if (mode !== 'match' && !docsById.has(hit.document)) docsById.set(hit.document, await api.document(hit.document));
      spans.push({ document: hit.document, ...expandHit(docsById.get(hit.document), hit, mode) });
    }
    const created = await api.createCodings(codeId, spans);
    created.forEach(noteCoding);
    return created.length;
  }

  if (q.value) run();
  q.focus();
}

/**
 * The span a hit is widened to, as the server's autocoder does: the union of the sentences (or
 * turns) it overlaps, or the match itself when it overlaps none.
 */
export function expandHit(doc, hit, mode) {
  if (!doc || mode === 'match') return { start: hit.start, end: hit.end };
  const units = mode === 'sentence' ? doc.sentences : doc.turns;
  let start = null;
  let end = null;
  for (const u of units) {
    if (u.start < hit.end && hit.start < u.end) {
      start = start === null ? u.start : Math.min(start, u.start);
      end = end === null ? u.end : Math.max(end, u.end);
    }
  }
  return start === null ? { start: hit.start, end: hit.end } : { start, end };
}
