// The code picker: opens at a selection, filters as you type, recent codes first, Enter applies,
// and offers to create a new code or an in-vivo code (named by the selected words).
import { h, replaceChildren } from './dom.js';
import { state, recentCodes, pathOf, colourOf } from './state.js';

let current = null;

/** Closes the open picker, if any. */
export function closePicker() {
  if (current) {
    current.remove();
    current = null;
  }
}

export function isPickerOpen() {
  return current !== null;
}

/** An in-vivo code name from selected words: one line, at most 80 characters. */
export function inVivoName(words) {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79).trimEnd() + '…' : flat;
}

/**
 * Opens the picker at `rect` (viewport coordinates). `apply(codeId)` and `create(name)` return
 * promises; the picker closes when they resolve and stays open with the error when they fail.
 */
export function openPicker({ rect, selectedText = '', title = 'Apply code', apply, create, allowCreate = true }) {
  closePicker();
  const input = h('input', {
    type: 'text', className: 'picker-input', placeholder: 'Type to find or create a code…',
    attrs: { 'aria-label': 'Code name', autocomplete: 'off', spellcheck: 'false' },
  });
  const list = h('ul', { className: 'picker-list', attrs: { role: 'listbox' } });
  const status = h('div', { className: 'picker-status' });
  const hint = h('div', { className: 'picker-hint' }, '↑↓ choose · Enter apply · Alt+V in vivo · Esc close');
  const box = h('div', { className: 'picker', attrs: { role: 'dialog', 'aria-label': title } },
    h('div', { className: 'picker-title' }, title), input, list, status, hint);
  document.body.appendChild(box);
  current = box;

  let items = [];
  let active = 0;
  let busy = false;

  function build() {
    const q = input.value.trim().toLocaleLowerCase();
    const recent = recentCodes();
    const recentSet = new Set(recent);
    const all = [...state.codes.values()];
    const score = (code) => {
      const name = code.name.toLocaleLowerCase();
      if (!q) return 0;
      if (name === q) return 0;
      if (name.startsWith(q)) return 1;
      if (name.includes(q)) return 2;
      if (pathOf(code.id).toLocaleLowerCase().includes(q)) return 3;
      return -1;
    };
    const pick = [];
    for (const id of recent) {
      const code = state.codes.get(id);
      if (code && score(code) >= 0) pick.push({ kind: 'code', code, recent: true, s: score(code) });
    }
    const rest = all.filter((c) => !recentSet.has(c.id) && score(c) >= 0)
      .map((code) => ({ kind: 'code', code, recent: false, s: score(code) }))
      .sort((a, b) => a.s - b.s || pathOf(a.code.id).localeCompare(pathOf(b.code.id), undefined, { numeric: true }));
    if (q) pick.sort((a, b) => a.s - b.s);
    items = [...pick, ...rest];
    const typed = input.value.trim();
    if (allowCreate && typed && !all.some((c) => c.name.toLocaleLowerCase() === typed.toLocaleLowerCase())) {
      items.push({ kind: 'create', name: typed });
    }
    if (allowCreate && selectedText) items.push({ kind: 'invivo', name: inVivoName(selectedText) });
    active = Math.min(active, Math.max(0, items.length - 1));
    render();
  }

  function render() {
    const frag = document.createDocumentFragment();
    items.forEach((item, n) => {
      let content;
      if (item.kind === 'code') {
        content = [
          h('span', { className: 'swatch', style: { backgroundColor: colourOf(item.code.id) } }),
          h('span', { className: 'picker-name' }, pathOf(item.code.id)),
          item.recent ? h('span', { className: 'picker-tag' }, 'recent') : null,
        ];
      } else if (item.kind === 'create') {
        content = [h('span', { className: 'picker-plus' }, '+'), 'Create code “', h('b', {}, item.name), '”'];
      } else {
        content = [h('span', { className: 'picker-plus' }, '❝'), 'In vivo: “', h('b', {}, item.name), '”'];
      }
      const li = h('li', {
        className: 'picker-item' + (n === active ? ' active' : '') + ' picker-' + item.kind,
        attrs: { role: 'option', 'aria-selected': String(n === active) },
        on: {
          mousedown: (e) => e.preventDefault(),
          click: () => choose(n),
        },
      }, content);
      frag.appendChild(li);
    });
    if (!items.length) frag.appendChild(h('li', { className: 'picker-empty' }, 'No codes yet: type a name.'));
    replaceChildren(list, frag);
    const el = list.children[active];
    if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest' });
  }

  async function choose(n) {
    const item = items[n];
    if (!item || busy) return;
    busy = true;
    status.textContent = 'Saving…';
    try {
      if (item.kind === 'code') await apply(item.code.id);
      else {
        const code = await create(item.name);
        if (code) await apply(code.id);
      }
      closePicker();
    } catch (e) {
      status.textContent = e.message || String(e);
      status.classList.add('error');
      busy = false;
    }
  }

  input.addEventListener('input', () => {
    active = 0;
    status.textContent = '';
    build();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      active = Math.min(items.length - 1, active + 1);
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      active = Math.max(0, active - 1);
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closePicker();
    } else if (e.altKey && (e.key === 'v' || e.key === 'V' || e.code === 'KeyV')) {
      e.preventDefault();
      const n = items.findIndex((i) => i.kind === 'invivo');
      if (n >= 0) choose(n);
    }
    e.stopPropagation();
  });

  build();
  place(box, rect);
  input.focus();
  return box;
}

/** Puts a floating box below `rect`, or above it when there is no room, inside the window. */
export function place(box, rect) {
  const margin = 8;
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  let left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
  let top = rect.bottom + 6;
  if (top + height > window.innerHeight - margin) top = Math.max(margin, rect.top - height - 6);
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}

document.addEventListener('mousedown', (e) => {
  if (current && !current.contains(e.target)) closePicker();
});
