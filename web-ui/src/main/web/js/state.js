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
  settings: { blindCoding: false },
  codes: new Map(),
  coders: new Map(),
  // coding id -> code id of every coding this user may see, for the codebook's counts
  codingCodes: new Map(),
  countsLoaded: false,
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
  setCodes(await api.codes());
}

export function setCodes(codes) {
  state.codes = new Map(codes.map((c) => [c.id, c]));
  emit('codes');
}

export async function loadCoders() {
  try {
    setCoders(await api.coders());
  } catch {
    setCoders([]);
  }
}

export function setCoders(coders) {
  state.coders = new Map(coders.map((c) => [c.id, c]));
  emit('coders');
}

/** Puts a changed code into the codebook (from this client at once, from others by SSE). */
export function upsertCode(code) {
  if (code.deleted) state.codes.delete(code.id);
  else {
    const old = state.codes.get(code.id);
    // An older version arriving late (SSE after our own response) must not win.
    if (old && old.version > code.version) return;
    state.codes.set(code.id, code);
  }
  emit('codes');
}

// ---- coding counts per code -----------------------------------------------------------------

let tally = null;

/** Loads which code each visible coding has; counts follow coding changes after that. */
export async function loadCounts() {
  const all = await api.allCodings();
  state.codingCodes = new Map(all.map((c) => [c.id, c.code]));
  state.countsLoaded = true;
  tally = null;
  emit('counts');
}

/** Records a created, changed or deleted coding (idempotent, so SSE echoes do no harm). */
export function noteCoding(coding) {
  if (coding.deleted) state.codingCodes.delete(coding.id);
  else state.codingCodes.set(coding.id, coding.code);
  tally = null;
  emit('counts');
}

/** Codings with this code that the user may see, or null before the counts are loaded. */
export function countOf(codeId) {
  if (!state.countsLoaded) return null;
  if (!tally) {
    tally = new Map();
    for (const code of state.codingCodes.values()) tally.set(code, (tally.get(code) || 0) + 1);
  }
  return tally.get(codeId) || 0;
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
  // As on the server: owners and viewers still see every layer.
  return Boolean(state.settings.blindCoding) && Boolean(state.user && state.user.canCode && !state.user.isOwner);
}
