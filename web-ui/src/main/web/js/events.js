// Live updates: listens to the server's event stream and applies what other people (or this user
// in another tab) changed: codes, codings, settings.
import { api, idOf, normCode, normCoding } from './api.js';
import { state, loadCodes, loadCounts, upsertCode, noteCoding, emit } from './state.js';
import { debounce } from './dom.js';
import { testHook } from './test-hooks.js';

let source = null;
const reloadCodes = debounce(() => loadCodes().catch((e) => console.warn('reload codes', e)), 100);

const TYPES = ['hello', 'code.created', 'code.updated', 'code.deleted', 'code.merged',
  'coding.created', 'coding.updated', 'coding.deleted', 'codings.created', 'settings.changed'];

/** Opens the stream (once); EventSource reconnects by itself. */
export function startEvents() {
  if (source || !window.EventSource) return;
  source = new EventSource(api.eventsUrl);
  for (const type of TYPES) source.addEventListener(type, (e) => dispatch(type, e.data));
  let dropped = false;
  source.onopen = () => {
    document.body.classList.remove('offline');
    testHook('__verbatimEvents', 'open');
    if (dropped) {
      // Events are not replayed: reload what may have changed meanwhile.
      dropped = false;
      loadCodes().catch(() => null);
      if (state.countsLoaded) loadCounts().catch(() => null);
      emit('reconnected');
    }
  };
  source.onerror = () => {
    dropped = true;
    if (source && source.readyState !== EventSource.OPEN) document.body.classList.add('offline');
    testHook('__verbatimEvents', 'error');
  };
}

export function stopEvents() {
  if (source) {
    source.close();
    source = null;
  }
}

function coding(c) {
  const k = normCoding(c);
  noteCoding(k);
  emit('coding', k);
}

/** Applies one event; exported for tests of the event shapes. */
export function dispatch(type, raw) {
  let data = {};
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    return;
  }
  testHook('__verbatimLastEvent', type);
  switch (type) {
    case 'hello':
      document.body.classList.remove('offline');
      break;
    case 'code.created':
    case 'code.updated':
      upsertCode(normCode(data.code));
      break;
    case 'code.deleted':
      upsertCode({ id: idOf(data.id), deleted: true });
      break;
    case 'code.merged':
      upsertCode({ id: idOf(data.source), deleted: true });
      upsertCode(normCode(data.target));
      reloadCodes(); // children moved under the target
      emit('code-merged', { source: idOf(data.source), target: idOf(data.target.id) });
      break;
    case 'coding.created':
    case 'coding.updated':
      coding(data.coding);
      break;
    case 'codings.created':
      for (const c of data.codings || []) coding(c);
      break;
    case 'coding.deleted': {
      const k = { id: idOf(data.id), document: idOf(data.document), coder: idOf(data.coder), deleted: true };
      noteCoding(k);
      emit('coding', k);
      break;
    }
    case 'settings.changed':
      state.settings = { ...state.settings, blindCoding: Boolean(data.blindCoding) };
      emit('settings', state.settings);
      break;
    default:
      break;
  }
  emit('event', { type, data });
}
