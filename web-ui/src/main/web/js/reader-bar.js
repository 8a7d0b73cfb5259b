// The reader's toolbar: document title and participant line, the layer choice, undo/redo, the
// codebook and help buttons, and the banner shown while a coding's new range is being selected.
import { h, replaceChildren } from './dom.js';
import { showShortcuts } from './shortcuts.js';

/** Builds the toolbar; the handlers say what its buttons do. */
export function createReaderBar({ onUndo, onRedo, onTogglePanel, onCancelReselect }) {
  const title = h('h1', { className: 'doc-title' }, 'Loading…');
  const meta = h('div', { className: 'doc-meta' });
  const layerSelect = h('select', { className: 'layer', attrs: { 'aria-label': 'Whose codings to show' } });
  const undoBtn = h('button', { type: 'button', title: 'Undo (Ctrl+Z)', on: { click: () => onUndo() } }, '↶ Undo');
  const redoBtn = h('button', { type: 'button', title: 'Redo (Ctrl+Shift+Z)', on: { click: () => onRedo() } }, '↷ Redo');
  const panelBtn = h('button', { type: 'button', title: 'Codebook (B)', on: { click: () => onTogglePanel() } }, 'Codebook');
  const helpBtn = h('button', { type: 'button', title: 'Keyboard shortcuts (?)', on: { click: () => showShortcuts() } }, '?');
  const blindBadge = h('span', { className: 'badge blind', hidden: true, title: 'Blind coding: other coders’ codings are hidden' }, 'blind');
  const toolbar = h('div', { className: 'reader-bar' },
    title,
    h('div', { className: 'reader-tools' }, blindBadge, layerSelect, undoBtn, redoBtn, panelBtn, helpBtn),
    meta);
  const banner = h('div', { className: 'banner', hidden: true },
    'Select the new range for this coding. ',
    h('button', { type: 'button', className: 'small', on: { click: () => onCancelReselect() } }, 'Cancel (Esc)'));

  /** Shows the document's name, participant, attributes, words and language. */
  function showDocument(doc) {
    document.title = `${doc.name} · Verbatim`;
    title.textContent = doc.name;
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

  return { toolbar, banner, layerSelect, blindBadge, undoBtn, redoBtn, showDocument };
}
