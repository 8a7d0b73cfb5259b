// The document list: each interview with its participant's attributes, filtered by text and by
// attribute values.
import { api } from './api.js';
import { h, replaceChildren, toast } from './dom.js';
import { state, emit } from './state.js';

export async function showDocuments(main, params) {
  const heading = h('div', { className: 'page-head' }, h('h1', {}, 'Documents'), blindSwitch());
  const body = h('div', { className: 'page-body' }, h('p', { className: 'muted' }, 'Loading…'));
  replaceChildren(main, h('div', { className: 'page' }, heading, body));
  const docs = await api.documents();
  const keys = [...new Set(docs.flatMap((d) => Object.keys(d.participant ? d.participant.attributes : {})))].sort();
  const languages = [...new Set(docs.map((d) => d.language).filter(Boolean))].sort();

  const text = h('input', { type: 'search', placeholder: 'Filter by name or participant', value: params.get('q') || '',
    attrs: { 'aria-label': 'Filter documents' } });
  const selects = keys.map((key) => {
    const values = [...new Set(docs.map((d) => d.participant && d.participant.attributes[key]).filter(Boolean))].sort();
    const select = h('select', { dataset: { key }, attrs: { 'aria-label': key } },
      h('option', { value: '' }, `${key}: any`), values.map((v) => h('option', { value: v }, v)));
    select.value = params.get('a.' + key) || '';
    return select;
  });
  const language = languages.length > 1
    ? h('select', { attrs: { 'aria-label': 'Language' } }, h('option', { value: '' }, 'language: any'),
      languages.map((l) => h('option', { value: l }, l)))
    : null;
  const count = h('span', { className: 'muted count' });
  const filters = h('div', { className: 'filters' }, text, selects, language, count);
  const tbody = h('tbody');
  const table = h('table', { className: 'doc-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Document'), h('th', {}, 'Participant'),
      keys.map((k) => h('th', {}, k)), h('th', { className: 'num' }, 'Words'), h('th', { className: 'num' }, 'Turns'),
      h('th', {}, 'Language'))),
    tbody);
  replaceChildren(body, filters, h('div', { className: 'table-scroll' }, table));

  function apply() {
    const q = text.value.trim().toLocaleLowerCase();
    const wanted = selects.filter((s) => s.value).map((s) => [s.dataset.key, s.value]);
    const lang = language ? language.value : '';
    const shown = docs.filter((d) => {
      const attrs = d.participant ? d.participant.attributes : {};
      if (q && !d.name.toLocaleLowerCase().includes(q)
        && !(d.participant && d.participant.label.toLocaleLowerCase().includes(q))) return false;
      if (lang && d.language !== lang) return false;
      return wanted.every(([k, v]) => attrs[k] === v);
    });
    const frag = document.createDocumentFragment();
    for (const d of shown) {
      const attrs = d.participant ? d.participant.attributes : {};
      const link = h('a', { href: `#/documents/${encodeURIComponent(d.id)}` }, d.name);
      frag.appendChild(h('tr', { dataset: { id: d.id } },
        h('td', {}, link),
        h('td', {}, d.participant ? d.participant.label : '—'),
        keys.map((k) => h('td', {}, attrs[k] || '')),
        h('td', { className: 'num' }, d.words ?? ''),
        h('td', { className: 'num' }, d.turns ?? ''),
        h('td', {}, d.language || '')));
    }
    replaceChildren(tbody, frag);
    if (!shown.length) tbody.appendChild(h('tr', {}, h('td', { colSpan: keys.length + 5, className: 'muted' },
      docs.length ? 'No document matches these filters.' : 'No documents yet: import some with `verbatim import`.')));
    count.textContent = `${shown.length} of ${docs.length}`;
  }
  text.addEventListener('input', apply);
  for (const s of selects) s.addEventListener('change', apply);
  if (language) language.addEventListener('change', apply);
  apply();
  text.focus();
}

/** Owners switch blind coding (coders then see only their own codings) for the whole project. */
function blindSwitch() {
  if (!state.user || !state.user.isOwner) return null;
  const box = h('input', { type: 'checkbox', checked: Boolean(state.settings.blindCoding) });
  box.addEventListener('change', async () => {
    try {
      const saved = await api.setBlindCoding(box.checked);
      state.settings = { ...state.settings, blindCoding: Boolean(saved.blindCoding) };
      emit('settings', state.settings);
      toast(saved.blindCoding ? 'Blind coding on: coders see only their own codings.' : 'Blind coding off.');
    } catch (e) {
      box.checked = !box.checked;
      toast(e.message, 'error');
    }
  });
  return h('label', { className: 'switch', title: 'Coders see only their own codings while this is on' },
    box, ' Blind coding');
}
