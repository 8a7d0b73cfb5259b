// The reader's undo and redo buttons: enabled when there is something to undo or redo, their
// titles naming what it would be; hidden for viewers.
import { api } from './api.js';
import { debounce } from './dom.js';
import { emit } from './state.js';
import { undoLast, redoLast } from './undo.js';

/** Keeps `undoBtn` and `redoBtn` up to date; `refresh()` after any change. */
export function createUndoButtons(undoBtn, redoBtn, user) {
  const refresh = debounce(async () => {
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

  /** Undoes (or redoes) this user's last action; the outcome goes to everyone listening. */
  async function undo() {
    const outcome = await undoLast();
    if (outcome) emit('outcome', outcome);
  }

  async function redo() {
    const outcome = await redoLast();
    if (outcome) emit('outcome', outcome);
  }

  return { refresh, undo, redo };
}
