// The Themes page (themes.html#view=tree|matrix|cooccurrence|saturation&layer=…): the theme tree
// beside the codebook (drag codes onto themes, themes onto each other; or use the buttons), the
// selected theme's definition, status, prevalence, participants and passages, and the analysis
// views with SVG charts. Text from the server only ever goes into text nodes.
import { api } from './api.js';
import { h, replaceChildren, toast } from './dom.js';
import { themesApi } from './themes-api.js';
import { renderPassages } from './themes-passages.js';
import { showMatrix, showCooccurrence, showSaturation } from './themes-views.js';
import { showProposals } from './themes-proposals.js';
import { exportMenu } from './export-menu.js';
import { renderQuotes } from './themes-quotes.js';

const main = document.getElementById('main');
const page = { user: null, tree: null, codes: [], selected: null, layer: '' };

function params() {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

function setParam(key, value) {
  const p = params();
  if (value) p.set(key, value);
  else p.delete(key);
  history.replaceState(null, '', '#' + p.toString());
}

function renderChrome(view) {
  const link = (href, label, active) => h('a', { href, className: active ? 'active' : '' }, label);
  replaceChildren(document.getElementById('nav'),
    link('index.html#/documents', 'Documents'), link('index.html#/search', 'Search'),
    link('index.html#/codebook', 'Codebook'), link('reconcile.html', 'Reconcile'),
    link('themes.html#view=tree', 'Themes', view === 'tree'),
    link('themes.html#view=matrix', 'Matrix', view === 'matrix'),
    link('themes.html#view=cooccurrence', 'Co-occurrence', view === 'cooccurrence'),
    link('themes.html#view=saturation', 'Saturation', view === 'saturation'),
    link('themes.html#view=proposals', 'Proposals', view === 'proposals'), link('index.html#/memos', 'Memos'),
    exportMenu());
  replaceChildren(document.getElementById('user'), h('span', { className: 'user-name' }, page.user.username),
    h('span', { className: 'badge role' }, page.user.role));
}

async function layerPicker(onChange) {
  const info = await themesApi.layers();
  const select = h('select', { className: 'th-layer', attrs: { 'aria-label': 'Layer' } },
    h('option', { value: '' }, `default: ${info.defaultLabel}`),
    info.layers.map((l) => h('option', { value: l.spec }, l.label)));
  select.value = page.layer;
  select.addEventListener('change', () => {
    page.layer = select.value;
    setParam('layer', page.layer);
    onChange();
  });
  return h('label', { className: 'th-layer-label' }, 'Layer ', select);
}

function flatten(nodes, out = []) {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

async function act(fn) {
  try {
    await fn();
  } catch (e) {
    toast(e.message || String(e), 'error');
  }
  await showTree();
}

// ---- tree view ----

const DRAG_TYPE = 'application/x-verbatim';

function dragSource(el, payload) {
  el.draggable = true;
  el.addEventListener('dragstart', (e) => {
    e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
    e.dataTransfer.setData('text/plain', JSON.stringify(payload));
    e.dataTransfer.effectAllowed = 'move';
  });
}

function dropTarget(el, onDrop) {
  el.addEventListener('dragover', (e) => {
    e.preventDefault();
    el.classList.add('th-drop');
  });
  el.addEventListener('dragleave', () => el.classList.remove('th-drop'));
  el.addEventListener('drop', (e) => {
    e.preventDefault();
    el.classList.remove('th-drop');
    const raw = e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain');
    if (raw) onDrop(JSON.parse(raw));
  });
}

function dropOnTheme(themeId) {
  return (item) => act(async () => {
    if (item.kind === 'code') await themesApi.link(themeId, item.id);
    else if (item.kind === 'theme' && item.id !== themeId) await themesApi.move(item.id, themeId, null);
  });
}

function nodeItem(n) {
  const canEdit = page.user.canCode;
  const label = h('button', {
    type: 'button',
    className: 'th-node-label' + (page.selected === n.id ? ' selected' : ''),
    dataset: { theme: String(n.id) },
    attrs: { 'aria-pressed': String(page.selected === n.id) },
  }, n.name);
  label.addEventListener('click', () => {
    page.selected = n.id;
    setParam('theme', String(n.id));
    showTree();
  });
  const row = h('div', { className: 'th-node-row' }, label,
    h('span', { className: `th-status th-status-${n.status}` }, n.status),
    h('span', { className: 'th-prevalence' }, `${n.participants} of ${n.of}`));
  if (canEdit) {
    dragSource(row, { kind: 'theme', id: n.id });
    dropTarget(row, dropOnTheme(n.id));
  }
  return h('li', { className: 'th-node', dataset: { themeId: String(n.id) } }, row,
    n.children.length ? h('ul', { className: 'th-children' }, n.children.map(nodeItem)) : null);
}

function codebookPanel() {
  const selected = page.selected;
  const items = page.codes.map((c) => {
    const li = h('li', { className: 'th-code', dataset: { codeId: String(c.id) } },
      h('span', { className: 'th-code-name' }, c.name));
    if (page.user.canCode) {
      dragSource(li, { kind: 'code', id: c.id });
      const add = h('button', {
        type: 'button', className: 'th-link-code link', disabled: !selected,
        attrs: { 'aria-label': `Link ${c.name} to the selected theme` },
      }, '→');
      add.addEventListener('click', () => act(() => themesApi.link(selected, c.id)));
      li.appendChild(add);
    }
    return li;
  });
  return h('section', { className: 'th-panel th-codebook' }, h('h2', {}, 'Codebook'),
    h('p', { className: 'th-muted' }, 'Drag a code onto a theme, or select a theme and press →.'),
    h('ul', { className: 'th-codes' }, items));
}

function addForm(parentId) {
  const input = h('input', { type: 'text', className: 'th-new-name', attrs: { 'aria-label': parentId ? 'New subtheme name' : 'New theme name', placeholder: parentId ? 'New subtheme…' : 'New theme…' } });
  const form = h('form', { className: 'th-add' }, input, h('button', { type: 'submit' }, parentId ? 'Add subtheme' : 'Add theme'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = input.value;
    act(async () => {
      const t = await themesApi.create(name, parentId || null, []);
      page.selected = t.id;
    });
  });
  return form;
}

async function detailPanel(node) {
  const host = h('section', { className: 'th-panel th-detail', attrs: { 'aria-live': 'polite' } });
  if (!node) {
    host.appendChild(h('p', { className: 'th-muted' }, 'Select a theme to see its evidence.'));
    return host;
  }
  const editable = page.user.canCode;
  const name = h('input', { type: 'text', className: 'th-name', value: node.name, disabled: !editable, attrs: { 'aria-label': 'Theme name' } });
  name.addEventListener('change', () => act(() => themesApi.update(node.id, { name: name.value })));
  const definition = h('textarea', { className: 'th-definition', value: node.definition, disabled: !editable, attrs: { 'aria-label': 'Definition', rows: '3' } });
  definition.addEventListener('change', () => act(() => themesApi.update(node.id, { definition: definition.value })));
  // the theme memo is the node's own (the team's) memo; the Memos page lists it under "theme"
  const memo = h('textarea', { className: 'th-memo', value: node.memo || '', disabled: !editable, attrs: { 'aria-label': 'Theme memo', rows: '3' } });
  memo.addEventListener('change', () => act(() => themesApi.update(node.id, { memo: memo.value })));
  const status = h('select', { className: 'th-status-select', disabled: !editable, attrs: { 'aria-label': 'Status' } },
    ['draft', 'reviewed', 'final'].map((s) => h('option', { value: s }, s)));
  status.value = node.status;
  status.addEventListener('change', () => act(() => themesApi.status(node.id, status.value, '')));
  const codes = h('ul', { className: 'th-linked' }, node.codes.map((c, i) => {
    const li = h('li', {}, c);
    if (editable) {
      const x = h('button', { type: 'button', className: 'link', attrs: { 'aria-label': `Unlink ${c}` } }, '×');
      x.addEventListener('click', () => act(() => themesApi.unlink(node.id, node.codeIds[i])));
      li.appendChild(x);
    }
    return li;
  }));
  const toTop = h('button', { type: 'button', disabled: !editable }, 'Move to top level');
  toTop.addEventListener('click', () => act(() => themesApi.move(node.id, null, null)));
  // the keyboard's way to do what dragging a theme onto another does
  const under = h('select', { className: 'th-move-under', disabled: !editable, attrs: { 'aria-label': 'Move under theme' } },
    h('option', { value: '' }, 'Move under…'),
    flatten(page.tree.themes).filter((t) => t.id !== node.id).map((t) => h('option', { value: String(t.id) }, t.path)));
  under.addEventListener('change', () => under.value && act(() => themesApi.move(node.id, Number(under.value), null)));
  const passages = h('div', { className: 'th-passages-host' }, h('p', { className: 'th-muted' }, 'Loading passages…'));
  const quotes = h('div', { className: 'th-quotes-host' });
  host.append(
    h('label', {}, 'Name ', name), h('label', {}, 'Definition ', definition), h('label', {}, 'Status ', status),
    h('label', {}, 'Memo ', memo),
    h('p', { className: 'th-support' }, `${node.participants} of ${node.of} participants · ${node.documents} documents · ${node.passages} passages`),
    h('p', { className: 'th-participants' }, node.participantLabels.join(', ')),
    h('h3', {}, 'Codes'), codes, editable ? addForm(node.id) : null, editable ? toTop : null, editable ? under : null, quotes, passages);
  renderQuotes(quotes, node, page);
  themesApi.passages('theme', node.id, { layer: page.layer, limit: 50 })
    .then((p) => renderPassages(passages, p, 'Passages'))
    .catch((e) => replaceChildren(passages, h('p', { className: 'page-error' }, e.message)));
  return host;
}

async function showTree() {
  const [tree, codes] = await Promise.all([themesApi.tree(page.layer), themesApi.codes()]);
  page.tree = tree;
  page.codes = codes.map((c) => ({ id: Number(typeof c.id === 'object' ? c.id.value : c.id), name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const nodes = flatten(tree.themes);
  const node = nodes.find((n) => n.id === page.selected) || null;
  const top = h('div', { className: 'th-top-drop' }, 'Drop a theme here to make it top-level');
  if (page.user.canCode) dropTarget(top, (item) => item.kind === 'theme' && act(() => themesApi.move(item.id, null, null)));
  const treePanel = h('section', { className: 'th-panel th-tree' },
    h('h2', {}, 'Themes'), h('p', { className: 'th-muted th-layer-note' }, `Layer: ${tree.layer} · ${tree.of} participants`),
    h('ul', { className: 'th-roots', attrs: { role: 'tree' } }, tree.themes.map(nodeItem)),
    page.user.canCode ? top : null, page.user.canCode ? addForm(null) : null);
  const picker = await layerPicker(showTree);
  replaceChildren(main, h('div', { className: 'th-page' }, h('div', { className: 'th-toolbar' }, picker),
    h('div', { className: 'th-columns' }, codebookPanel(), treePanel, await detailPanel(node))));
}

async function route() {
  const p = params();
  const view = p.get('view') || 'tree';
  page.layer = p.get('layer') || '';
  page.selected = p.get('theme') ? Number(p.get('theme')) : page.selected;
  renderChrome(view);
  try {
    if (view === 'matrix') await showMatrix(main, page, await layerPicker(route));
    else if (view === 'cooccurrence') await showCooccurrence(main, page, await layerPicker(route));
    else if (view === 'saturation') await showSaturation(main, page, await layerPicker(route));
    else if (view === 'proposals') await showProposals(main, page, await layerPicker(route));
    else await showTree();
  } catch (e) {
    replaceChildren(main, h('div', { className: 'page-error' }, e.message || String(e)));
  }
}

async function boot() {
  try {
    page.user = await api.me();
  } catch {
    page.user = null;
  }
  if (!page.user) {
    location.href = 'index.html#/login';
    return;
  }
  window.addEventListener('hashchange', route);
  await route();
}

boot();
