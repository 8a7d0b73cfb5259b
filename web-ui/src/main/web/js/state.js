// Shared client state: the signed-in user, the codebook and the coders, with change listeners.
import { api } from './api.js';
import { safeColour } from './dom.js';

const listeners = new Map();

/** Subscribes to a topic ('codes', 'codings', 'user'); returns the unsubscribe function. */
export function on(topic, fn) {
  if (!listeners.has(topic)) listeners.set(topic, new Set());
  listeners.get(topic).add(fn);
  return () => listeners.get(topic).delete(fn);
}

export function emit(topic, detail) {
  for (const fn of listeners.get(topic) || []) {
    try {
      fn(detail);
    } catch (e) {
      console.error(e);
    }
  }
}

export const state = {
  user: null,
  settings: {},
  codes: new Map(),
  coders: new Map(),
};

/** Colour of a code, always a safe #rrggbb. */
export function colourOf(codeId) {
  const code = state.codes.get(codeId);
  return safeColour(code && code.colour, codeId);
}

/** "Parent › Child" path of a code. */
export function pathOf(codeId) {
  const names = [];
  let code = state.codes.get(codeId);
  const seen = new Set();
  while (code && !seen.has(code.id)) {
    seen.add(code.id);
    names.unshift(code.name);
    code = code.parent ? state.codes.get(code.parent) : null;
  }
  return names.join(' › ');
}

export function codeName(codeId) {
  const code = state.codes.get(codeId);
  return code ? code.name : `(code ${codeId})`;
}

export function coderName(coderId) {
  const coder = state.coders.get(coderId);
  return coder ? coder.name : `coder ${coderId}`;
}

export async function loadCodes() {
  const codes = await api.codes();
  state.codes = new Map(codes.map((c) => [c.id, c]));
  emit('codes');
}

export async function loadCoders() {
  try {
    const coders = await api.coders();
    state.coders = new Map(coders.map((c) => [c.id, c]));
  } catch {
    state.coders = new Map();
  }
  emit('coders');
}

/** Puts a code changed by this client into the codebook at once (SSE confirms later). */
export function upsertCode(code) {
  if (code.deleted) state.codes.delete(code.id);
  else {
    const old = state.codes.get(code.id);
    if (code.count === null && old) code.count = old.count;
    state.codes.set(code.id, code);
  }
  emit('codes');
}

// ---- recent codes, per user, most recent first ----------------------------------------------

function recentKey() {
  return 'verbatim.recent.' + (state.user ? state.user.username : '');
}

export function recentCodes() {
  try {
    const ids = JSON.parse(localStorage.getItem(recentKey()) || '[]');
    return ids.filter((id) => state.codes.has(id));
  } catch {
    return [];
  }
}

export function touchRecent(codeId) {
  const ids = [codeId, ...recentCodes().filter((id) => id !== codeId)].slice(0, 8);
  localStorage.setItem(recentKey(), JSON.stringify(ids));
}

/** Whether the project hides other coders' layers from this user (blind coding). */
export function isBlind() {
  return Boolean(state.user && state.user.blind) || String(state.settings.blind) === 'true';
}
