// Memos: a panel for the memos on one target (the project, a document, a code) and the Memos page
// (#/memos?kind=&author=&q=), one list of every memo (memos, codings' memos, theme memos) filtered
// on the server by kind, author and text, each linking to what it is about.
import { api } from './api.js';
import { h, replaceChildren, toast, debounce } from './dom.js';
import { state } from './state.js';

const KINDS = ['project', 'document', 'code', 'theme', 'coding'];

/** Where an entry's target opens (works from index.html and themes.html alike). */
export function memoTarget(m) {
  if (m.kind === 'document') return { href: `index.html#/documents/${encodeURIComponent(m.document)}`, label: m.documentName };
  if (m.kind === 'code') return { href: `index.html#/codebook/${encodeURIComponent(m.code)}`, label: m.codeName };
  if (m.kind === 'theme') return { href: `themes.html#view=tree&theme=${encodeURIComponent(m.theme)}`, label: m.themeName };
  if (m.kind === 'coding') {
    const at = m.start === null ? '' : `?at=${m.start}&end=${m.end}`;
    return { href: `index.html#/documents/${encodeURIComponent(m.document)}${at}`, label: `${m.codeName} in ${m.documentName}` };
  }
  return { href: null, label: 'Project' };
}

function isOwn(m) {
  return m.source === 'memo' && state.user && state.user.canCode && state.user.coder && m.author === state.user.coder;
}

function when(at) {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString();
}

/** One memo as a list item; own memos (of the memos table) can be edited and deleted in place. */
function memoItem(m, { showTarget, reload }) {
  const target = memoTarget(m);
  const text = h('p', { className: 'memo-text' }, m.text);
  const head = h('div', { className: 'memo-head' },
    h('span', { className: `badge memo-kind memo-kind-${m.kind}` }, m.kind),
    showTarget ? (target.href ? h('a', { href: target.href, className: 'memo-target' }, target.label) : h('span', { className: 'memo-target' }, target.label)) : null,
    h('span', { className: 'memo-author' }, m.authorName || (m.kind === 'theme' ? 'team' : '')),
    h('span', { className: 'memo-at muted' }, when(m.at)));
  const li = h('li', { className: 'memo', dataset: { kind: m.kind, source: m.source, id: m.id } }, head, text);
  if (isOwn(m)) {
    const edit = h('button', { type: 'button', className: 'link memo-edit' }, 'Edit');
    const remove = h('button', { type: 'button', className: 'link memo-delete' }, 'Delete');
    edit.addEventListener('click', () => {
      const area = h('textarea', { className: 'memo-edit-text', value: m.text, rows: 3, attrs: { 'aria-label': 'Memo text' } });
      const save = h('button', { type: 'submit', className: 'primary' }, 'Save');
      const cancel = h('button', { type: 'button', on: { click: reload } }, 'Cancel');
      const form = h('form', { className: 'memo-form' }, area, h('div', { className: 'row' }, save, cancel));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          await api.editMemo(m, area.value);
          reload();
        } catch (err) {
          toast(err.message, 'error');
        }
      });
      text.replaceWith(form);
      area.focus();
    });
    remove.addEventListener('click', async () => {
      if (!window.confirm('Delete this memo? Ctrl+Z undoes it.')) return;
      try {
        await api.deleteMemo(m);
        reload();
      } catch (err) {
        toast(err.message, 'error');
      }
    });
    li.appendChild(h('div', { className: 'memo-actions' }, edit, remove));
  }
  return li;
}

/** A form to write a memo on `target` ({document?, code?}, nothing for the project). */
function composer(label, target, done) {
  const area = h('textarea', { className: 'memo-new', rows: 3, placeholder: label, attrs: { 'aria-label': label } });
  const form = h('form', { className: 'memo-form memo-compose' }, area,
    h('div', { className: 'row' }, h('button', { type: 'submit', className: 'primary memo-add' }, 'Add memo')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!area.value.trim()) return;
    try {
      await api.createMemo({ text: area.value, ...target });
      area.value = '';
      done();
    } catch (err) {
      toast(err.message, 'error');
    }
  });
  return form;
}

/**
 * The memos on one target: `kind` is 'project', 'document' or 'code', with `document` or `code`
 * the target's id. Returns the panel element; it loads itself.
 */
export function memoPanel({ kind, document = null, code = null, title = 'Memos' }) {
  const list = h('ul', { className: 'memo-list' });
  const host = h('section', { className: `memo-panel memo-panel-${kind}`, attrs: { 'aria-label': title } },
    h('h3', {}, title), list);
  async function reload() {
    try {
      const page = await api.memoList({ kind, document, code });
      replaceChildren(list, page.memos.length ? page.memos.map((m) => memoItem(m, { showTarget: false, reload }))
        : h('li', { className: 'muted' }, 'No memos yet.'));
    } catch (err) {
      replaceChildren(list, h('li', { className: 'page-error' }, err.message));
    }
  }
  if (state.user && state.user.canCode) host.appendChild(composer(`New ${kind} memo`, { document, code }, reload));
  reload();
  return host;
}

/** The Memos page: every memo the user may see, filtered by kind, author and text. */
export async function showMemos(main, params) {
  const coders = await api.coders();
  const kind = h('select', { className: 'memo-filter-kind', attrs: { 'aria-label': 'Kind' } },
    h('option', { value: '' }, 'All kinds'), KINDS.map((k) => h('option', { value: k }, k)));
  const author = h('select', { className: 'memo-filter-author', attrs: { 'aria-label': 'Author' } },
    h('option', { value: '' }, 'All authors'), coders.map((c) => h('option', { value: c.id }, c.name)));
  const text = h('input', { type: 'search', className: 'memo-filter-text', placeholder: 'Search memo text',
    attrs: { 'aria-label': 'Search memo text' } });
  kind.value = params.get('kind') || '';
  author.value = params.get('author') || '';
  text.value = params.get('q') || '';
  const count = h('p', { className: 'muted memo-count' });
  const list = h('ul', { className: 'memo-list memo-all' });
  async function reload() {
    const p = new URLSearchParams();
    if (kind.value) p.set('kind', kind.value);
    if (author.value) p.set('author', author.value);
    if (text.value.trim()) p.set('q', text.value.trim());
    history.replaceState(null, '', '#/memos' + (p.toString() ? '?' + p : ''));
    try {
      const page = await api.memoList({ kind: kind.value, author: author.value, q: text.value.trim() });
      count.textContent = `${page.memos.length}${page.truncated ? '+' : ''} memo${page.memos.length === 1 ? '' : 's'}`;
      replaceChildren(list, page.memos.map((m) => memoItem(m, { showTarget: true, reload })));
    } catch (err) {
      replaceChildren(list, h('li', { className: 'page-error' }, err.message));
    }
  }
  kind.addEventListener('change', reload);
  author.addEventListener('change', reload);
  text.addEventListener('input', debounce(reload, 250));
  replaceChildren(main, h('div', { className: 'page memos-page' },
    h('h1', {}, 'Memos'),
    state.user.canCode ? h('section', { className: 'memo-project' }, h('h2', {}, 'Project memo'),
      composer('New project memo', {}, reload)) : null,
    h('div', { className: 'memo-filters' }, kind, author, text),
    count, list));
  await reload();
}
