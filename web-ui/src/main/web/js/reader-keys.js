// The reader's keyboard: Enter or C opens the picker on the selection, V codes it in vivo, Q with
// the last code, B toggles the codebook, ? shows the shortcuts, Escape closes what is open. Undo
// and redo are global (app.js).
import { isPickerOpen } from './picker.js';
import { showShortcuts } from './shortcuts.js';
import { selectionIn } from './reader-selection.js';

/** Listens on the document; returns what stops listening. */
export function bindKeys({ view, doc, actions, togglePanel, escape }) {
  const onKey = (e) => {
    if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
    if (isPickerOpen()) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (ctrl || e.altKey) {
      // undo and redo are global (app.js); leave browser shortcuts alone
    } else if (e.key === 'Escape') {
      escape();
    } else if (e.key === '?') {
      showShortcuts();
    } else if (key === 'b') {
      togglePanel();
    } else {
      const sel = selectionIn(view, doc.text);
      if (!sel) return;
      if (e.key === 'Enter' || key === 'c') {
        e.preventDefault();
        actions.pick(sel, sel.rect);
      } else if (key === 'v') {
        e.preventDefault();
        actions.inVivo(sel);
      } else if (key === 'q') {
        e.preventDefault();
        actions.quickCode(sel);
      }
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
