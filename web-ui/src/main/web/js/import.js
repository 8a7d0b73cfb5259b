// The Import page (import.html, owners only): transcripts by drag and drop or file picker with a
// state per file, a participants table previewed before it is attached, and REFI-QDA projects and
// codebooks with their progress. Server text only ever goes into text nodes.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';
import { transcriptSection } from './import-files.js';
import { participantsSection } from './import-participants.js';
import { refiSection } from './import-refi.js';

const main = document.getElementById('main');

function renderChrome(user) {
  const link = (href, label, active) => h('a', { href, className: active ? 'active' : '' }, label);
  replaceChildren(document.getElementById('nav'),
    link('index.html#/documents', 'Documents'), link('index.html#/search', 'Search'),
    link('index.html#/codebook', 'Codebook'), link('reconcile.html', 'Reconcile'),
    link('themes.html#view=tree', 'Themes'), link('import.html', 'Import', true));
  replaceChildren(document.getElementById('user'), h('span', { className: 'user-name' }, user.username),
    h('span', { className: 'badge role' }, user.role));
}

(async function boot() {
  let user = null;
  try {
    user = await api.me();
  } catch {
    user = null;
  }
  if (!user || !user.username) {
    location.href = 'index.html#/login';
    return;
  }
  renderChrome(user);
  if (!user.isOwner) {
    replaceChildren(main, h('div', { className: 'page-error' }, 'Only owners can import into the project.'));
    return;
  }
  replaceChildren(main, h('div', { className: 'im-page' },
    h('h1', {}, 'Import'),
    transcriptSection(), participantsSection(), refiSection()));
})();
