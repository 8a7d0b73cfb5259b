// Live updates: listens to the server's event stream and refreshes what other people changed.
import { api, idOf } from './api.js';
import { state, loadCodes, emit } from './state.js';
import { debounce } from './dom.js';

let source = null;
const reloadCodes = debounce(() => loadCodes().catch((e) => console.warn('reload codes', e)), 100);

const TYPES = ['code', 'codes', 'coding', 'codings', 'undo', 'redo',
  'code.created', 'code.updated', 'code.renamed', 'code.moved', 'code.merged', 'code.deleted',
  'coding.created', 'coding.updated', 'coding.deleted', 'codings.created', 'autocode'];

/** Opens the stream (once); reconnects by itself as EventSource does. */
export function startEvents() {
  if (source || !window.EventSource) return;
  source = new EventSource(api.eventsUrl, { withCredentials: true });
  const handle = (e) => dispatch(e.type === 'message' ? null : e.type, e.data);
  source.onmessage = handle;
  for (const type of TYPES) source.addEventListener(type, handle);
  source.onopen = () => {
    document.body.classList.remove('offline');
    window.__verbatimEvents = 'open';
  };
  source.onerror = () => {
    document.body.classList.add('offline');
    window.__verbatimEvents = 'error';
  };
}

export function stopEvents() {
  if (source) {
    source.close();
    source = null;
  }
}

function dispatch(type, raw) {
  let data = {};
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    data = {};
  }
  const kind = String(type || data.type || data.event || data.kind || '').toLowerCase();
  const documentId = idOf(data.document ?? data.documentId ?? (data.coding && (data.coding.document ?? data.coding.documentId)));
  window.__verbatimLastEvent = kind;
  if (kind.startsWith('code') && !kind.startsWith('coding')) {
    reloadCodes();
    if (kind.includes('merge') || kind.includes('delete')) emit('remote-codings', {});
  }
  if (kind.startsWith('coding') || kind.includes('autocode') || kind === 'undo' || kind === 'redo' || kind === '') {
    emit('remote-codings', { document: documentId });
    reloadCodes(); // counts change with codings
  }
  emit('event', { kind, data, user: state.user });
}
