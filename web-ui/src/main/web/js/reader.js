// The transcript reader: loads a document and its codings and puts the reader's parts together.
// Each part has its own module: the toolbar (reader-bar), the layer choice (reader-layers), the
// codings shown (reader-codings), coding actions (reader-actions), mouse (reader-pointer) and
// keyboard (reader-keys), undo buttons (reader-undo) and live updates (reader-live).
import { api } from './api.js';
import { h, replaceChildren, debounce } from './dom.js';
import { state, loadCodes, loadCoders, loadCounts, noteCoding, coderName } from './state.js';
import { createDocView } from './docview.js';
import { closePicker } from './picker.js';
import { hideTip, closeEditor } from './popover.js';
import { createCodebook } from './codebook.js';
import { createReaderBar } from './reader-bar.js';
import { createLayers } from './reader-layers.js';
import { createCodingSet } from './reader-codings.js';
import { createCodingActions } from './reader-actions.js';
import { bindPointer } from './reader-pointer.js';
import { bindKeys } from './reader-keys.js';
import { createUndoButtons } from './reader-undo.js';
import { followChanges } from './reader-live.js';
import { testHook } from './test-hooks.js';
import { memoPanel } from './memos.js';

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
  testHook('__verbatimPainted', undefined);
  const cleanups = [];
  let actions = null;
  let undo = null;
  const bar = createReaderBar({
    onUndo: () => undo.undo(),
    onRedo: () => undo.redo(),
    onTogglePanel: () => togglePanel(),
    onCancelReselect: () => actions && actions.reselect.end(),
  });
  const viewHost = h('div', { className: 'doc-host' });
  const panel = h('aside', { className: 'side-panel', attrs: { 'aria-label': 'Codebook' } });
  // the document's memos load when first opened, so they cost the reader's first paint nothing
  const memos = h('details', { className: 'doc-memos' }, h('summary', {}, 'Document memos'));
  memos.addEventListener('toggle', () => {
    if (memos.open && !memos.querySelector('.memo-panel')) {
      memos.appendChild(memoPanel({ kind: 'document', document: String(id), title: 'Memos on this document' }));
    }
  });
  const layout = h('div', { className: 'reader' }, h('div', { className: 'reader-main' }, bar.toolbar, memos, bar.banner, viewHost), panel);
  replaceChildren(main, layout);
  if (localStorage.getItem('verbatim.panel') === 'hidden') layout.classList.add('no-panel');

  const user = state.user;
  const isMine = (c) => (user.coder ? c.coder === user.coder : (c.coderName || coderName(c.coder)) === user.username);
  const view = createDocView(viewHost, { isMine });
  let codings = createCodingSet(String(id), []);
  const codebook = createCodebook(panel, { compact: true, documentCodings: () => codings.all() });
  cleanups.push(codebook.destroy);

  const [doc, loaded] = await Promise.all([
    ...take(id),
    state.codes.size ? Promise.resolve() : loadCodes(),
    state.coders.size ? Promise.resolve() : loadCoders(),
  ]).catch((e) => {
    replaceChildren(main, h('div', { className: 'page-error' }, 'Could not open the document: ', e.message));
    throw e;
  });
  codings = createCodingSet(doc.id, loaded);
  performance.mark('verbatim:data');
  const layers = createLayers(bar.layerSelect, bar.blindBadge, { user, isMine, onChange: () => repaint() });
  bar.showDocument(doc);
  layers.build(codings.all());
  view.setDocument(doc, layers.visible(codings.all()));
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
      testHook('__verbatimPainted', performance.now());
      testHook('__verbatimReader', { codings: view.codings.length, documentId: doc.id });
    }, 0));
  }

  function repaint() {
    view.setCodings(layers.visible(codings.all()));
    codebook.refresh();
  }

  /** Shows codings this client just changed, and counts them. */
  function changed(list) {
    list.forEach(noteCoding);
    codings.merge(list);
    repaint();
    undo.refresh();
  }

  function togglePanel() {
    layout.classList.toggle('no-panel');
    localStorage.setItem('verbatim.panel', layout.classList.contains('no-panel') ? 'hidden' : 'shown');
    view.redrawStripes();
  }

  undo = createUndoButtons(bar.undoBtn, bar.redoBtn, user);
  undo.refresh();
  actions = createCodingActions({ doc, view, user, isMine, changed, banner: bar.banner });
  cleanups.push(bindPointer(view, doc, user, actions));
  cleanups.push(bindKeys({
    view,
    doc,
    actions,
    togglePanel,
    escape: () => {
      actions.reselect.end();
      closePicker();
      closeEditor();
      hideTip();
    },
  }));
  cleanups.push(...followChanges({ doc, codings, repaint, layers, undo, codebook, view }));

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

  // Test and benchmark hooks (only under the test switch): read-only views of what is painted.
  testHook('__verbatimView', { view, get codings() { return codings.all(); }, doc });

  cleanups.push(view.destroy);

  return () => {
    closePicker();
    closeEditor();
    hideTip();
    for (const fn of cleanups) fn();
  };
}
