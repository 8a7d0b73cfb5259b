// The transcript reader: paints a document with its codings, codes selections through the picker,
// edits codings, undoes, and follows other people's changes live.
import { api } from './api.js';
import { h, replaceChildren, toast, debounce, paletteColour } from './dom.js';
import { state, on, emit, loadCodes, loadCoders, loadCounts, touchRecent, recentCodes, upsertCode, noteCoding, isBlind, coderName } from './state.js';
import { createDocView } from './docview.js';
import { rangeToOffsets } from './offsets.js';
import { openPicker, closePicker, isPickerOpen, inVivoName } from './picker.js';
import { showTip, hideTip, openEditor, closeEditor, isEditorOpen } from './popover.js';
import { createCodebook } from './codebook.js';
import { refreshColours } from './highlights.js';
import { undoLast, redoLast } from './undo.js';
import { showShortcuts } from './shortcuts.js';

let prefetched = null;

/** Starts loading a document and its codings before the reader is shown. */
export function prefetchDocument(id) {
  const settle = (promise) => {
    promise.catch(() => null); // a failure (e.g. not signed in yet) is handled when used
    return promise;
  };
  prefetched = { id: String(id), document: settle(api.document(id)), codings: settle(api.codings(id)) };
}

function take(id) {
  const p = prefetched && prefetched.id === String(id) ? prefetched : null;
  prefetched = null;
  if (!p) return [api.document(id), api.codings(id)];
  return [p.document.catch(() => api.document(id)), p.codings.catch(() => api.codings(id))];
}

/** Renders the reader for document `id` into `main`; returns a cleanup function. */
export async function showReader(main, id, params) {
  performance.clearMarks();
  performance.mark('verbatim:open');
  window.__verbatimPainted = undefined;
  const cleanups = [];
  const title = h('h1', { className: 'doc-title' }, 'Loading…');
  const meta = h('div', { className: 'doc-meta' });
  const layerSelect = h('select', { className: 'layer', attrs: { 'aria-label': 'Whose codings to show' } });
  const undoBtn = h('button', { type: 'button', title: 'Undo (Ctrl+Z)', on: { click: () => doUndo() } }, '↶ Undo');
  const redoBtn = h('button', { type: 'button', title: 'Redo (Ctrl+Shift+Z)', on: { click: () => doRedo() } }, '↷ Redo');
  const panelBtn = h('button', { type: 'button', title: 'Codebook (B)', on: { click: () => togglePanel() } }, 'Codebook');
  const helpBtn = h('button', { type: 'button', title: 'Keyboard shortcuts (?)', on: { click: () => showShortcuts() } }, '?');
  const blindBadge = h('span', { className: 'badge blind', hidden: true, title: 'Blind coding: other coders’ codings are hidden' }, 'blind');
  const toolbar = h('div', { className: 'reader-bar' },
    title,
    h('div', { className: 'reader-tools' }, blindBadge, layerSelect, undoBtn, redoBtn, panelBtn, helpBtn),
    meta);
  const banner = h('div', { className: 'banner', hidden: true },
    'Select the new range for this coding. ',
    h('button', { type: 'button', className: 'small', on: { click: () => endReselect() } }, 'Cancel (Esc)'));
  let pendingRange = null;
  const endReselect = () => {
    pendingRange = null;
    banner.hidden = true;
  };
  const viewHost = h('div', { className: 'doc-host' });
  const panel = h('aside', { className: 'side-panel', attrs: { 'aria-label': 'Codebook' } });
  const layout = h('div', { className: 'reader' }, h('div', { className: 'reader-main' }, toolbar, banner, viewHost), panel);
  replaceChildren(main, layout);
  if (localStorage.getItem('verbatim.panel') === 'hidden') layout.classList.add('no-panel');

  let doc;
  let allCodings = [];
  const user = state.user;
  const isMine = (c) => (user.coder ? c.coder === user.coder : (c.coderName || coderName(c.coder)) === user.username);
  const view = createDocView(viewHost, { isMine });
  const codebook = createCodebook(panel, { compact: true, documentCodings: () => allCodings });
  cleanups.push(codebook.destroy);

  const [d, codings] = await Promise.all([
    ...take(id),
    state.codes.size ? Promise.resolve() : loadCodes(),
    state.coders.size ? Promise.resolve() : loadCoders(),
  ]).catch((e) => {
    replaceChildren(main, h('div', { className: 'page-error' }, 'Could not open the document: ', e.message));
    throw e;
  });
  doc = d;
  allCodings = codings;
  performance.mark('verbatim:data');
  document.title = `${doc.name} · Verbatim`;
  title.textContent = doc.name;
  renderMeta();
  buildLayers();
  view.setDocument(doc, visible());
  codebook.refresh();
  markPainted();
  // Project-wide counts for the codebook, after the text is on screen.
  if (!state.countsLoaded) setTimeout(() => loadCounts().catch((e) => console.warn('counts', e)), 0);
  if (params.get('at') !== null) {
    const at = Number(params.get('at'));
    const end = Number(params.get('end') || at + 1);
    view.reveal(at, end);
  }

  function markPainted() {
    // After the frame with highlights and stripes has been painted.
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('verbatim:painted');
      window.__verbatimPainted = performance.now();
      window.__verbatimReader = { codings: view.codings.length, documentId: doc.id };
    }, 0));
  }

  function renderMeta() {
    const p = doc.participant;
    const parts = [];
    if (p) {
      parts.push(h('span', { className: 'participant' }, p.label));
      for (const [k, v] of Object.entries(p.attributes)) parts.push(h('span', { className: 'attr' }, `${k}: ${v}`));
    }
    parts.push(h('span', { className: 'attr' }, `${doc.words ?? '?'} words`));
    if (doc.language) parts.push(h('span', { className: 'attr' }, String(doc.language)));
    replaceChildren(meta, parts);
  }

  function buildLayers() {
    const blind = isBlind();
    blindBadge.hidden = !blind;
    const saved = sessionStorage.getItem('verbatim.layer') || 'all';
    const options = [h('option', { value: 'mine' }, 'My codings')];
    if (!blind) {
      options.unshift(h('option', { value: 'all' }, 'All coders'));
      const ids = new Set(allCodings.map((c) => c.coder));
      for (const coderId of ids) {
        if (user.coder && coderId === user.coder) continue;
        options.push(h('option', { value: 'coder:' + coderId }, `Only ${coderName(coderId)}`));
      }
    }
    replaceChildren(layerSelect, options);
    layerSelect.value = [...layerSelect.options].some((o) => o.value === saved) ? saved : layerSelect.options[0].value;
    layerSelect.hidden = !user.canCode && !blind && options.length <= 2;
  }

  function visible() {
    if (isBlind()) return allCodings.filter(isMine);
    const layer = layerSelect.value;
    if (layer === 'mine') return allCodings.filter(isMine);
    if (layer.startsWith('coder:')) return allCodings.filter((c) => c.coder === layer.slice(6));
    return allCodings;
  }

  function repaint() {
    view.setCodings(visible());
    codebook.refresh();
  }

  layerSelect.addEventListener('change', () => {
    sessionStorage.setItem('verbatim.layer', layerSelect.value);
    repaint();
  });

  // ---- changes from this client ---------------------------------------------------------

  function merge(changed) {
    const byId = new Map(allCodings.map((c) => [c.id, c]));
    for (const c of changed) {
      if (c.document && c.document !== doc.id) continue;
      const old = byId.get(c.id);
      if (c.deleted) byId.delete(c.id);
      else if (!old || !(old.version > c.version)) byId.set(c.id, { ...c, document: c.document || doc.id });
      // else: an echo of a change we already show (events reach their author too)
    }
    allCodings = [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    repaint();
  }

  function currentSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!view.root.contains(range.commonAncestorContainer) && !range.intersectsNode(view.root)) return null;
    const offsets = rangeToOffsets(view.root, range, doc.text);
    if (!offsets) return null;
    return { ...offsets, rect: range.getBoundingClientRect() };
  }

  async function applyCode(codeId, span) {
    const created = await api.createCoding({ document: doc.id, code: codeId, start: span.start, end: span.end });
    touchRecent(codeId);
    window.getSelection().removeAllRanges();
    changed([created]);
  }

  /** Shows codings this client just changed, and counts them. */
  function changed(list) {
    list.forEach(noteCoding);
    merge(list);
    refreshUndo();
  }

  async function createCode(name) {
    const code = await api.createCode({ name, colour: paletteColour(state.codes.size) });
    upsertCode(code);
    return code;
  }

  function pick(span, rect) {
    if (!user.canCode) {
      toast('You can read this project but not code it (viewer).');
      return;
    }
    closeEditor();
    hideTip();
    openPicker({
      rect,
      selectedText: doc.text.slice(span.start, span.end),
      apply: (codeId) => applyCode(codeId, span),
      create: createCode,
    });
  }

  async function inVivo(span) {
    if (!user.canCode) return;
    try {
      const name = inVivoName(doc.text.slice(span.start, span.end));
      const existing = [...state.codes.values()].find((c) => c.name === name && !c.parent);
      const code = existing || (await createCode(name));
      await applyCode(code.id, span);
      toast(`Coded in vivo: “${name}”`);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async function quickCode(span) {
    const last = recentCodes()[0];
    if (!last) {
      pick(span, currentSelection()?.rect || view.root.getBoundingClientRect());
      return;
    }
    try {
      await applyCode(last, span);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  const editorActions = {
    get text() {
      return doc.text;
    },
    canEdit: (c) => user.canCode && isMine(c),
    reselect: (c) => {
      pendingRange = c;
      banner.hidden = false;
      window.getSelection().removeAllRanges();
    },
    saveMemo: async (c, memo) => changed([await api.editCoding(c, { memo })]),
    setRange: async (c, start, end) => changed([await api.editCoding(c, { start, end })]),
    remove: async (c) => changed([await api.deleteCoding(c)]),
    changeCode: (c, rect) => {
      openPicker({
        rect,
        title: 'Change code',
        selectedText: doc.text.slice(c.start, c.end),
        apply: async (codeId) => {
          changed([await api.editCoding(c, { code: codeId })]);
          touchRecent(codeId);
        },
        create: createCode,
      });
    },
  };

  // ---- mouse --------------------------------------------------------------------------------

  const onMouseUp = (e) => {
    if (e.button !== 0) return;
    setTimeout(() => {
      const sel = currentSelection();
      if (sel && pendingRange) {
        const c = pendingRange;
        endReselect();
        window.getSelection().removeAllRanges();
        editorActions.setRange(c, sel.start, sel.end).catch((err) => toast(err.message, 'error'));
        return;
      }
      if (sel) {
        if (user.canCode) pick(sel, sel.rect);
        return;
      }
      const span = e.target.closest && e.target.closest('span.t.hl');
      if (span && view.root.contains(span)) {
        // Every position inside a segment has the same codings.
        const list = view.codingsAt(Number(span.dataset.start));
        openEditor(list, { left: e.clientX, right: e.clientX, top: e.clientY, bottom: e.clientY + 10 }, editorActions);
      }
    }, 0);
  };
  view.root.addEventListener('mouseup', onMouseUp);

  // Hover: a highlight shows its codings, a stripe its coding.
  view.root.addEventListener('mousemove', (e) => {
    if (isEditorOpen() || isPickerOpen()) return;
    const stripe = e.target.closest && e.target.closest('.stripe');
    if (stripe) {
      const c = view.codingById(stripe.dataset.coding);
      if (c) showTip([c], e.clientX, e.clientY);
      return;
    }
    const span = e.target.closest && e.target.closest('span.t.hl');
    if (!span) {
      hideTip();
      return;
    }
    showTip(view.codingsAt(Number(span.dataset.start)), e.clientX, e.clientY);
  });
  view.root.addEventListener('mouseleave', hideTip);
  view.root.addEventListener('click', (e) => {
    const stripe = e.target.closest && e.target.closest('.stripe');
    const c = stripe ? view.codingById(stripe.dataset.coding) : null;
    if (c) {
      view.reveal(c.start, c.end);
      openEditor([c], stripe.getBoundingClientRect(), editorActions);
    }
  });

  // ---- keyboard -----------------------------------------------------------------------------

  const onKey = (e) => {
    if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
    if (isPickerOpen()) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (ctrl || e.altKey) {
      // undo and redo are global (app.js); leave browser shortcuts alone
    } else if (e.key === 'Escape') {
      endReselect();
      closePicker();
      closeEditor();
      hideTip();
    } else if (e.key === '?') {
      showShortcuts();
    } else if (key === 'b') {
      togglePanel();
    } else {
      const sel = currentSelection();
      if (!sel) return;
      if (e.key === 'Enter' || key === 'c') {
        e.preventDefault();
        pick(sel, sel.rect);
      } else if (key === 'v') {
        e.preventDefault();
        inVivo(sel);
      } else if (key === 'q') {
        e.preventDefault();
        quickCode(sel);
      }
    }
  };
  document.addEventListener('keydown', onKey);
  cleanups.push(() => document.removeEventListener('keydown', onKey));

  function togglePanel() {
    layout.classList.toggle('no-panel');
    localStorage.setItem('verbatim.panel', layout.classList.contains('no-panel') ? 'hidden' : 'shown');
    view.redrawStripes();
  }

  // ---- undo ---------------------------------------------------------------------------------

  // Button titles name what undo and redo would do.
  const refreshUndo = debounce(async () => {
    if (!user.canCode) {
      undoBtn.hidden = true;
      redoBtn.hidden = true;
      return;
    }
    try {
      const next = await api.undoState();
      undoBtn.disabled = !next.undo;
      redoBtn.disabled = !next.redo;
      undoBtn.title = next.undo ? `Undo: ${next.undo} (Ctrl+Z)` : 'Nothing to undo';
      redoBtn.title = next.redo ? `Redo: ${next.redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
    } catch {
      undoBtn.disabled = false;
      redoBtn.disabled = false;
    }
  }, 200);
  refreshUndo();

  async function doUndo() {
    const outcome = await undoLast();
    if (outcome) emit('outcome', outcome);
  }

  async function doRedo() {
    const outcome = await redoLast();
    if (outcome) emit('outcome', outcome);
  }

  // The codebook and counts follow in app.js; here the highlights.
  cleanups.push(on('outcome', (outcome) => {
    merge(outcome.codings);
    refreshUndo();
  }));

  // ---- live updates -------------------------------------------------------------------------

  const reloadCodings = debounce(async () => {
    try {
      allCodings = await api.codings(doc.id);
      buildLayers();
      repaint();
    } catch (e) {
      console.warn('reload codings', e);
    }
  }, 150);
  // Someone's coding changed: show it if it is in this document (deletions name only the id).
  cleanups.push(on('coding', (k) => {
    if (k.document === doc.id || (k.deleted && allCodings.some((c) => c.id === k.id))) merge([k]);
  }));
  cleanups.push(on('reconnected', () => reloadCodings()));
  cleanups.push(on('settings', () => {
    buildLayers();
    reloadCodings();
  }));
  cleanups.push(on('counts', () => codebook.refresh()));
  cleanups.push(on('codes', () => {
    refreshColours();
    view.redrawStripes();
  }));
  cleanups.push(on('code-merged', () => reloadCodings()));

  const onResize = debounce(() => view.redrawStripes(), 120);
  window.addEventListener('resize', onResize);
  cleanups.push(() => window.removeEventListener('resize', onResize));
  if (window.ResizeObserver) {
    let lastWidth = 0;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (lastWidth && w !== lastWidth) onResize();
      lastWidth = w;
    });
    ro.observe(view.root);
    cleanups.push(() => ro.disconnect());
  }

  // Test and benchmark hooks: read-only views of what is painted.
  window.__verbatimView = { view, get codings() { return allCodings; }, doc };

  cleanups.push(view.destroy);

  return () => {
    closePicker();
    closeEditor();
    hideTip();
    for (const fn of cleanups) fn();
  };
}
