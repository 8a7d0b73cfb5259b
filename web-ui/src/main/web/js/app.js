// Boot and routing: #/login, #/documents, #/documents/{id}?at=, #/search?q=, #/codebook[/{id}],
// #/memos?kind=&author=&q=, #/deid, #/words?code=&theme=&document=&a.ATTR=&layer=&mode=&word=.
import { api, whenUnauthorized } from './api.js';
import { h, replaceChildren, toast } from './dom.js';
import { state, on, loadCodes, setCodes, setCoders, emit, upsertCode, noteCoding } from './state.js';
import { showLogin } from './login.js';
import { showDocuments } from './documents.js';
import { showReader, prefetchDocument } from './reader.js';
import { showSearch } from './search.js';
import { createCodebook } from './codebook.js';
import { codeDetails } from './code-page.js';
import { showMemos } from './memos.js';
import { showDeid } from './deid.js';
import { showWords } from './words.js';
import { startEvents, stopEvents } from './events.js';
import { undoLast, redoLast } from './undo.js';
import { exportMenu } from './export-menu.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const userBox = document.getElementById('user');
let cleanup = null;

function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/documents';
  const [path, queryString] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(queryString || '') };
}

async function route() {
  if (cleanup) {
    try {
      cleanup();
    } catch (e) {
      console.error(e);
    }
    cleanup = null;
  }
  const { parts, params } = parseHash();
  if (!state.user) {
    renderChrome();
    showLogin(main, signedIn);
    return;
  }
  renderChrome(parts[0]);
  try {
    if (parts[0] === 'documents' && parts[1]) cleanup = await showReader(main, parts[1], params);
    else if (parts[0] === 'search') await showSearch(main, params);
    else if (parts[0] === 'codebook') {
      replaceChildren(main, h('div', { className: 'page codebook-page' }, h('div', { id: 'codebook-host' })));
      if (!state.codes.size) await loadCodes();
      const codebook = createCodebook(main.querySelector('#codebook-host'), { details: codeDetails });
      // the selected code's page has its own address, without re-running the route
      const offSelect = on('code-selected', (id) => history.replaceState(null, '', `#/codebook/${encodeURIComponent(id)}`));
      if (parts[1] && state.codes.has(parts[1])) codebook.select(parts[1]);
      cleanup = () => {
        offSelect();
        codebook.destroy();
      };
    } else if (parts[0] === 'memos') await showMemos(main, params);
    else if (parts[0] === 'deid') await showDeid(main);
    else if (parts[0] === 'words') await showWords(main, params);
    else await showDocuments(main, params);
  } catch (e) {
    console.error(e);
    if (e.status !== 401) {
      replaceChildren(main, h('div', { className: 'page-error' }, e.message || String(e)));
    }
  }
}

function renderChrome(active) {
  const link = (href, label, key) => h('a', { href, className: active === key ? 'active' : '' }, label);
  if (!state.user) {
    replaceChildren(nav);
    replaceChildren(userBox);
    return;
  }
  replaceChildren(nav, link('#/documents', 'Documents', 'documents'), link('#/search', 'Search', 'search'),
    link('#/codebook', 'Codebook', 'codebook'), link('#/memos', 'Memos', 'memos'), link('#/words', 'Words', 'words'), link('reconcile.html', 'Reconcile', 'reconcile'),
    link('themes.html', 'Themes', 'themes'), exportMenu());
  if (state.user.canCode) nav.appendChild(link('#/deid', 'De-identify', 'deid'));
  if (state.user.isOwner) nav.appendChild(link('import.html', 'Import', 'import'));
  replaceChildren(userBox,
    h('span', { className: 'user-name' }, state.user.username),
    h('span', { className: 'badge role' }, state.user.role),
    h('button', { type: 'button', className: 'link', on: { click: signOut } }, 'Sign out'));
}

/**
 * Loads what every page needs after signing in. `early` holds requests started before the session
 * was known (at boot), used when they succeeded.
 */
async function signedIn(user, early = {}) {
  state.user = user;
  const settle = (promise, fallback) => (promise || Promise.reject(new Error('none'))).catch(fallback);
  const [settings] = await Promise.all([
    settle(early.settings, () => api.settings()),
    settle(early.codes, () => api.codes()).then(setCodes).catch(() => null),
    settle(early.coders, () => api.coders()).then(setCoders).catch(() => setCoders([])),
  ]);
  state.settings = settings;
  startEvents();
  emit('user', state.user);
  if (!location.hash || location.hash.startsWith('#/login')) location.hash = '#/documents';
  else route();
}

async function signOut() {
  try {
    await api.logout();
  } catch (e) {
    toast(e.message, 'error');
  }
  stopEvents();
  state.user = null;
  state.codes = new Map();
  location.hash = '#/login';
  route();
}

// Whatever page is open, an undone or redone action updates the codebook and the counts.
on('outcome', (outcome) => {
  outcome.codes.forEach(upsertCode);
  outcome.codings.forEach(noteCoding);
});

whenUnauthorized(() => {
  if (!state.user) return;
  state.user = null;
  stopEvents();
  toast('Your session ended; please sign in again.');
  route();
});

window.addEventListener('hashchange', route);

// A page kept in the back/forward cache would hold its event stream open, and browsers allow only
// six connections per server: close it when the page is hidden, reopen when it comes back.
window.addEventListener('pagehide', () => stopEvents());
window.addEventListener('pageshow', (e) => {
  if (e.persisted && state.user) startEvents();
});

// Undo and redo work on every page; the pages show the outcome through the 'outcome' topic.
document.addEventListener('keydown', async (e) => {
  if (!state.user || !(e.ctrlKey || e.metaKey) || e.altKey) return;
  if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
  const key = e.key.toLowerCase();
  let outcome;
  if (key === 'z' && !e.shiftKey) {
    e.preventDefault();
    outcome = await undoLast();
  } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
    e.preventDefault();
    outcome = await redoLast();
  } else {
    return;
  }
  if (outcome) emit('outcome', outcome);
});

(async function boot() {
  // Ask for everything a signed-in page needs at once, while the session is checked: one round
  // trip instead of three before a transcript shows. Without a session these fail and are dropped.
  const { parts } = parseHash();
  if (parts[0] === 'documents' && parts[1]) prefetchDocument(parts[1]);
  const early = { settings: api.settings(), codes: api.codes(), coders: api.coders() };
  for (const p of Object.values(early)) p.catch(() => null);
  try {
    const me = await api.me();
    if (me && me.username) {
      await signedIn(me, early);
      return;
    }
  } catch {
    // not signed in
  }
  route();
})();
