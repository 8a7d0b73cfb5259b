// The codebook panel: the code tree with counts; create, rename, re-parent (drag or choose),
// colour, definition and merge.
import { api } from './api.js';
import { h, replaceChildren, toast, safeColour, paletteColour } from './dom.js';
import { state, on, upsertCode, loadCodes, loadCounts, pathOf, colourOf, emit, countOf } from './state.js';

/**
 * Renders into `host`; `options.documentCodings()` gives the open document's codings, if any;
 * `options.details(code)` adds an element below the selected code's form (the code's page).
 */
export function createCodebook(host, options = {}) {
  const canEdit = () => state.user && state.user.canCode;
  let selected = null;
  let filterText = '';
  const collapsed = new Set(JSON.parse(localStorage.getItem('verbatim.collapsed') || '[]'));

  const filter = h('input', { type: 'search', className: 'cb-filter', placeholder: 'Filter codes',
    attrs: { 'aria-label': 'Filter codes' } });
  const newName = h('input', { type: 'text', className: 'cb-new', placeholder: 'New code name',
    attrs: { 'aria-label': 'New code name' } });
  const addBtn = h('button', { type: 'submit', className: 'primary', title: 'Create the code (Enter)' }, 'Add');
  const addChildBtn = h('button', { type: 'submit', title: 'Create the code under the selected code' }, 'Add under');
  const createRow = h('form', { className: 'cb-create' }, newName, addBtn, addChildBtn);
  const tree = h('ul', { className: 'cb-tree', attrs: { role: 'tree' } });
  const topZone = h('div', { className: 'cb-topzone' }, 'Drop here to move to the top level');
  const details = h('div', { className: 'cb-details' });
  const summary = h('div', { className: 'cb-summary' });
  replaceChildren(host, h('div', { className: 'codebook' + (options.compact ? ' compact' : '') },
    h('div', { className: 'cb-main' },
      h('div', { className: 'cb-head' }, h('h2', {}, 'Codebook'), summary),
      filter, createRow, topZone, h('div', { className: 'cb-scroll' }, tree)),
    details));

  filter.addEventListener('input', () => {
    filterText = filter.value.trim().toLocaleLowerCase();
    renderTree();
  });
  createRow.addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = newName.value.trim();
    if (!name) return;
    try {
      // "Add under" puts the new code below the selected one.
      const parent = e.submitter === addChildBtn && selected && state.codes.has(selected) ? selected : null;
      const code = await api.createCode({ name, parent, colour: paletteColour(state.codes.size) });
      upsertCode(code);
      newName.value = '';
      select(code.id);
      toast(`Created “${code.name}”`);
    } catch (err) {
      toast(err.message, 'error');
    }
  });

  function children() {
    const map = new Map();
    for (const code of state.codes.values()) {
      const parent = code.parent && state.codes.has(code.parent) ? code.parent : '';
      if (!map.has(parent)) map.set(parent, []);
      map.get(parent).push(code);
    }
    for (const list of map.values()) list.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    return map;
  }

  function docCounts() {
    const counts = new Map();
    if (!options.documentCodings) return counts;
    for (const c of options.documentCodings()) counts.set(c.code, (counts.get(c.code) || 0) + 1);
    return counts;
  }

  function renderTree() {
    const kids = children();
    const here = docCounts();
    const matches = (code) => !filterText || code.name.toLocaleLowerCase().includes(filterText)
      || (code.definition || '').toLocaleLowerCase().includes(filterText);
    const subtreeMatches = (code) => matches(code) || (kids.get(code.id) || []).some(subtreeMatches);
    const build = (parent, depth) => {
      const frag = document.createDocumentFragment();
      for (const code of kids.get(parent) || []) {
        if (!subtreeMatches(code)) continue;
        const sub = kids.get(code.id) || [];
        const open = filterText || !collapsed.has(code.id);
        const toggle = sub.length
          ? h('button', { type: 'button', className: 'cb-toggle', attrs: { 'aria-label': open ? 'Collapse' : 'Expand' },
            on: { click: (e) => { e.stopPropagation(); toggleCollapse(code.id); } } }, open ? '▾' : '▸')
          : h('span', { className: 'cb-toggle' });
        const t = countOf(code.id);
        const sum = sub.length && t !== null ? subtreeCount(code.id, kids) : null;
        const n = here.get(code.id) || 0;
        const row = h('div', {
          className: 'cb-row' + (selected === code.id ? ' selected' : ''),
          draggable: canEdit(),
          title: code.definition || pathOf(code.id),
          dataset: { code: code.id },
          style: { paddingLeft: `${4 + depth * 14}px` },
          on: { click: () => select(code.id) },
        },
        toggle,
        h('span', { className: 'swatch', style: { backgroundColor: colourOf(code.id) } }),
        h('span', { className: 'cb-name' }, code.name),
        options.documentCodings && n ? h('span', { className: 'cb-here', title: 'Codings in this document' }, String(n)) : null,
        sum !== null ? h('span', { className: 'cb-sum', title: 'Codings with this code or a code below it' }, `Σ ${sum}`) : null,
        h('span', { className: 'cb-count', title: 'Codings with this code in the project' }, t === null ? '' : String(t)));
        const li = h('li', { attrs: { role: 'treeitem' } }, row);
        if (sub.length && open) li.appendChild(h('ul', { attrs: { role: 'group' } }, build(code.id, depth + 1)));
        frag.appendChild(li);
      }
      return frag;
    };
    replaceChildren(tree, build('', 0));
    if (!state.codes.size) tree.appendChild(h('li', { className: 'muted' }, 'No codes yet.'));
    summary.textContent = `${state.codes.size} codes`;
    createRow.hidden = !canEdit();
    addChildBtn.disabled = !(selected && state.codes.has(selected));
    topZone.hidden = true;
  }

  function subtreeCount(id, kids) {
    let total = countOf(id) || 0;
    for (const child of kids.get(id) || []) total += subtreeCount(child.id, kids);
    return total;
  }

  function toggleCollapse(id) {
    if (collapsed.has(id)) collapsed.delete(id);
    else collapsed.add(id);
    localStorage.setItem('verbatim.collapsed', JSON.stringify([...collapsed]));
    renderTree();
  }

  function descendants(id) {
    const out = new Set([id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const code of state.codes.values()) {
        if (code.parent && out.has(code.parent) && !out.has(code.id)) {
          out.add(code.id);
          grew = true;
        }
      }
    }
    return out;
  }

  function select(id) {
    selected = id;
    renderTree();
    renderDetails();
    emit('code-selected', id);
  }

  async function guard(fn, done) {
    try {
      await fn();
      if (done) toast(done);
    } catch (err) {
      toast(err.message, 'error');
      if (err.status === 409) await loadCodes();
    }
  }

  function renderDetails() {
    const code = selected && state.codes.get(selected);
    if (!code) {
      replaceChildren(details);
      return;
    }
    if (!canEdit()) {
      replaceChildren(details,
        h('h3', {}, pathOf(code.id)),
        h('p', { className: 'cb-definition' }, code.definition || 'No definition.'),
        options.details ? options.details(code) : null);
      return;
    }
    const name = h('input', { type: 'text', value: code.name, attrs: { 'aria-label': 'Name' } });
    const colour = h('input', { type: 'color', value: safeColour(code.colour, code.id), attrs: { 'aria-label': 'Colour' } });
    const definition = h('textarea', { value: code.definition, rows: 3, placeholder: 'Definition: when to apply this code',
      attrs: { 'aria-label': 'Definition' } });
    const excluded = descendants(code.id);
    const others = [...state.codes.values()].filter((c) => !excluded.has(c.id))
      .sort((a, b) => pathOf(a.id).localeCompare(pathOf(b.id)));
    const parent = h('select', { attrs: { 'aria-label': 'Parent code' } },
      h('option', { value: '' }, '— top level —'),
      others.map((c) => h('option', { value: c.id, selected: c.id === code.parent }, pathOf(c.id))));
    const mergeTarget = h('select', { attrs: { 'aria-label': 'Merge into' } },
      h('option', { value: '' }, 'Merge into…'),
      [...state.codes.values()].filter((c) => c.id !== code.id).sort((a, b) => pathOf(a.id).localeCompare(pathOf(b.id)))
        .map((c) => h('option', { value: c.id }, pathOf(c.id))));
    const save = async () => {
      const changes = {};
      if (name.value.trim() && name.value.trim() !== code.name) changes.name = name.value.trim();
      if (definition.value !== code.definition) changes.definition = definition.value;
      if (colour.value.toLowerCase() !== safeColour(code.colour, code.id)) changes.colour = colour.value.toLowerCase();
      let current = code;
      if (Object.keys(changes).length) {
        current = await api.editCode(current, changes);
        upsertCode(current);
      }
      const newParent = parent.value || null;
      if (newParent !== (code.parent || null)) {
        current = await api.moveCode(current, newParent);
        upsertCode(current);
      }
    };
    const form = h('form', { className: 'cb-form' },
      h('h3', {}, pathOf(code.id)),
      h('label', {}, 'Name', name),
      h('label', { className: 'inline' }, 'Colour', colour),
      h('label', {}, 'Definition', definition),
      h('label', {}, 'Parent', parent),
      h('div', { className: 'row' }, h('button', { type: 'submit', className: 'primary' }, 'Save')),
      h('div', { className: 'row merge' }, mergeTarget,
        h('button', { type: 'button', on: { click: () => merge(code, mergeTarget.value) } }, 'Merge')),
      h('div', { className: 'row' },
        h('button', { type: 'button', className: 'danger', on: { click: () => remove(code) } }, 'Delete code…')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      guard(save, 'Saved');
    });
    colour.addEventListener('change', () => guard(async () => {
      upsertCode(await api.editCode(state.codes.get(code.id), { colour: colour.value.toLowerCase() }));
    }));
    replaceChildren(details, form, options.details ? options.details(code) : null);
  }

  async function merge(source, targetId) {
    const target = state.codes.get(targetId);
    if (!target) {
      toast('Choose the code to merge into.');
      return;
    }
    if (!window.confirm(`Merge “${pathOf(source.id)}” into “${pathOf(target.id)}”? Its codings take the target code.`)) return;
    await guard(async () => {
      await api.mergeCode(source, target);
      selected = target.id;
      await Promise.all([loadCodes(), loadCounts()]);
      emit('code-merged', { source: source.id, target: target.id });
    }, `Merged into “${target.name}”`);
  }

  async function remove(code) {
    const n = countOf(code.id);
    const what = n ? ` and its ${n} coding${n === 1 ? '' : 's'}` : '';
    if (!window.confirm(`Delete “${pathOf(code.id)}”${what}? Ctrl+Z undoes it.`)) return;
    await guard(async () => {
      await api.deleteCode(code);
      selected = null;
      upsertCode({ id: code.id, deleted: true });
      await loadCounts();
      emit('code-merged', { source: code.id });
    }, `Deleted “${code.name}”`);
  }

  // ---- drag and drop re-parenting ----------------------------------------------------------
  let dragged = null;
  tree.addEventListener('dragstart', (e) => {
    const row = e.target.closest('.cb-row');
    if (!row || !canEdit()) return;
    dragged = row.dataset.code;
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', pathOf(dragged));
    topZone.hidden = false;
  });
  tree.addEventListener('dragend', () => {
    dragged = null;
    topZone.hidden = true;
    tree.querySelectorAll('.drop').forEach((r) => r.classList.remove('drop'));
  });
  const allowDrop = (targetId) => dragged && (targetId === null || !descendants(dragged).has(targetId));
  tree.addEventListener('dragover', (e) => {
    const row = e.target.closest('.cb-row');
    if (row && allowDrop(row.dataset.code)) {
      e.preventDefault();
      tree.querySelectorAll('.drop').forEach((r) => r.classList.remove('drop'));
      row.classList.add('drop');
    }
  });
  tree.addEventListener('drop', (e) => {
    const row = e.target.closest('.cb-row');
    if (row && allowDrop(row.dataset.code)) {
      e.preventDefault();
      reparent(dragged, row.dataset.code);
    }
  });
  topZone.addEventListener('dragover', (e) => {
    if (allowDrop(null)) e.preventDefault();
  });
  topZone.addEventListener('drop', (e) => {
    e.preventDefault();
    reparent(dragged, null);
  });

  function reparent(id, parentId) {
    const code = state.codes.get(id);
    if (!code || (code.parent || null) === parentId) return;
    guard(async () => upsertCode(await api.moveCode(code, parentId)),
      parentId ? `Moved under “${state.codes.get(parentId).name}”` : 'Moved to the top level');
  }

  const offCodes = on('codes', () => {
    renderTree();
    if (!document.activeElement || !details.contains(document.activeElement)) renderDetails();
  });
  const offCounts = options.documentCodings ? () => {} : on('counts', renderTree);
  const off = () => {
    offCodes();
    offCounts();
  };
  // In the reader the counts load after the text is painted.
  if (!options.documentCodings && !state.countsLoaded) loadCounts().catch(() => null);
  renderTree();

  return {
    refresh: renderTree,
    select,
    destroy: off,
  };
}
