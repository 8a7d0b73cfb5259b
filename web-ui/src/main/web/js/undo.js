// Undo and redo of the user's own last actions. The server keeps each user's history (one entry
// per action, a whole "code all results" batch included), so undo works across pages and reloads.
import { api } from './api.js';
import { toast } from './dom.js';
import { state } from './state.js';

/** Undoes the latest action; returns the outcome (new states of touched entities) or null. */
export async function undoLast() {
  return step(api.undo, 'Undid', 'Nothing to undo.');
}

/** Redoes the latest undone action; returns the outcome or null. */
export async function redoLast() {
  return step(api.redo, 'Redid', 'Nothing to redo.');
}

async function step(call, verb, nothing) {
  if (!state.user || !state.user.canCode) return null;
  try {
    const outcome = await call();
    if (!outcome || (!outcome.label && !outcome.codings.length && !outcome.codes.length)) {
      toast(nothing);
      return null;
    }
    toast(`${verb}: ${outcome.label || 'last action'}`);
    return outcome;
  } catch (e) {
    if (e.status === 404 || e.status === 204) toast(nothing);
    else toast(e.message, 'error');
    return null;
  }
}
