// The reconcile page (reconcile.html#doc=ID&coders=1,2): choose a document and coders, settle each
// disagreement into the consensus layer, accept exact agreements, merge codes that mean the same,
// and compare agreement before and after.
import { api } from './api.js';
import { h, replaceChildren, toast, debounce } from './dom.js';
import { showLogin } from './login.js';
import { reconcileApi } from './reconcile-api.js';
import { renderDisagreement, renderAgreements, codeChip } from './reconcile-items.js';
import { createAgreementPanel } from './reconcile-agreement.js';
import { createMergePanel } from './reconcile-merge.js';
import { renderContext } from './reconcile-context.js';
import { createFlow } from './reconcile-flow.js';
import { createRulesPanel } from './reconcile-rules.js';
import { exportMenu } from './export-menu.js';

const CONSENSUS = 'consensus';
const main = document.getElementById('main');
const page = { user: null, documents: [], coders: [], codes: new Map(), review: null, text: '', doc: null, study: null };
let events = null;

function chosen() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const coders = (params.get('coders') || '').split(',').filter(Boolean);
  return { document: params.get('doc') || '', coders };
}

function choose(documentId, coders) {
  const hash = `#doc=${encodeURIComponent(documentId)}&coders=${coders.join(',')}`;
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

const ctx = {
  code: (id) => page.codes.get(String(id)),
  codes: () => [...page.codes.values()].sort((a, b) => a.name.localeCompare(b.name)),
  coderName: (id) => (page.coders.find((c) => c.id === String(id)) || { name: `coder ${id}` }).name,
  get canDecide() {
    return Boolean(page.user && page.user.canCode);
  },
  decide,
  context: (d) => renderContext(d, page.doc),
};

function renderChrome() {
  const nav = document.getElementById('nav');
  const link = (href, label, active) => h('a', { href, className: active ? 'active' : '' }, label);
  replaceChildren(nav, link('index.html#/documents', 'Documents'), link('index.html#/search', 'Search'),
    link('index.html#/codebook', 'Codebook'), link('reconcile.html', 'Reconcile', true),
    link('themes.html', 'Themes'), exportMenu());
  const signOut = h('button', { type: 'button', className: 'link' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    await api.logout().catch(() => null);
    location.href = 'index.html#/login';
  });
  replaceChildren(document.getElementById('user'), h('span', { className: 'user-name' }, page.user.username),
    h('span', { className: 'badge role' }, page.user.role), signOut);
}

const docSelect = h('select', { className: 'rc-document', attrs: { 'aria-label': 'Document' } });
const coderBox = h('span', { className: 'rc-coders' });
const compareBtn = h('button', { type: 'button', className: 'primary', dataset: { action: 'compare' } }, 'Compare');
const summary = h('div', { className: 'rc-summary' });
const flow = createFlow({ code: ctx.code, redraw: () => page.review && drawReview() });
const rulesPanel = createRulesPanel({
  coders: () => (page.review ? page.review.coders.map((c) => c.id) : chosen().coders),
  documentId: () => chosen().document,
  isOwner: () => Boolean(page.user && page.user.isOwner),
  reload: async () => {
    await refreshCoders();
    await load();
  },
});
const acceptAll = h('button', { type: 'button', dataset: { action: 'accept-agreements' } }, 'Accept all agreements');
const agreementsHost = h('div');
const list = h('div', { className: 'rc-list' });
const consensusHost = h('section', { className: 'rc-panel rc-consensus' });
const agreement = createAgreementPanel({
  documentId: () => chosen().document,
  comparisons,
});
const merge = createMergePanel({ codes: ctx.codes, onMerged: reloadCodes, canMerge: () => ctx.canDecide });

/** The chosen coders, then each of them against the consensus layer when it exists. */
function comparisons() {
  const picked = page.review ? page.review.coders.map((c) => String(c.id)) : chosen().coders;
  const out = [{ label: picked.map(ctx.coderName).join(' & '), coders: picked }];
  const consensus = page.coders.find((c) => c.name === CONSENSUS);
  if (consensus) for (const c of picked) out.push({ label: `${ctx.coderName(c)} & consensus`, coders: [c, consensus.id] });
  return out;
}

function renderControls() {
  replaceChildren(docSelect, h('option', { value: '' }, 'Choose a document…'),
    page.documents.map((d) => h('option', { value: d.id }, d.name)));
  const { document: docId, coders } = chosen();
  docSelect.value = docId;
  replaceChildren(coderBox, page.coders.filter((c) => c.name !== CONSENSUS).map((c) => {
    const box = h('input', { type: 'checkbox', value: c.id, checked: coders.includes(c.id) });
    return h('label', { className: 'rc-coder' }, box, ` ${c.name}`);
  }));
}

function pickedCoders() {
  return [...coderBox.querySelectorAll('input:checked')].map((b) => b.value);
}

async function compare() {
  if (!docSelect.value) {
    toast('Choose a document first.');
    return;
  }
  choose(docSelect.value, pickedCoders());
  await load();
  agreement.reset();
}

/** The review of the chosen document and the document itself, requested together. */
function fetchReview() {
  const { document: docId, coders } = chosen();
  return Promise.all([reconcileApi.review(docId, coders),
    page.doc && String(page.doc.id) === String(docId) ? page.doc : api.document(docId)]);
}

async function load(prefetched) {
  const { document: docId, coders } = chosen();
  if (!docId) return;
  try {
    [page.review, page.doc] = await (prefetched || fetchReview());
  } catch (e) {
    page.review = null;
    replaceChildren(list, h('p', { className: 'page-error' }, e.message));
    replaceChildren(summary);
    return;
  }
  if (!coders.length) choose(docId, page.review.coders.map((c) => String(c.id)));
  for (const box of coderBox.querySelectorAll('input')) {
    box.checked = page.review.coders.some((c) => String(c.id) === box.value);
  }
  flow.fill(page.review);
  drawReview();
  // for benchmarks: when the cards of this review are on the page and take keys
  window.__verbatimReconcileReady = performance.now();
  drawConsensus();
  loadStudyProgress();
}

/** The study's progress for the same coders; it may take a moment, so it follows the page. */
async function loadStudyProgress() {
  try {
    page.study = await reconcileApi.progress(page.review.coders.map((c) => c.id));
  } catch {
    page.study = null;
  }
  if (page.review) flow.drawProgress(page.review, page.study);
}

function drawReview() {
  const r = page.review;
  const open = r.disagreements.filter((d) => !d.decision || d.outdated).length;
  const byKind = (k) => r.disagreements.filter((d) => d.kind === k).length;
  replaceChildren(summary,
    h('span', { className: 'rc-count' },
      `${r.disagreements.length} disagreement${r.disagreements.length === 1 ? '' : 's'}, ${open} open`),
    h('span', { className: 'muted' },
      ` — only one coder ${byKind('only_one_coder')}, different codes ${byKind('different_codes')},`
      + ` different boundaries ${byKind('different_boundaries')}`));
  acceptAll.hidden = !ctx.canDecide;
  acceptAll.disabled = !r.agreements.some((a) => !a.decision || a.outdated);
  replaceChildren(agreementsHost, renderAgreements(r.agreements, ctx));
  const shown = flow.shown(r);
  // A long document draws its first cards at once and the rest in slices between frames, so the
  // page takes keys before hundreds of cards are built.
  const generation = ++drawGeneration;
  const first = Math.max(FIRST_CARDS, flow.current + 1);
  replaceChildren(list, shown.length ? shown.slice(0, first).map((d) => renderDisagreement(d, ctx))
    : h('p', { className: 'muted' }, r.disagreements.length ? 'No disagreement matches the filters.' : 'These coders do not disagree here.'));
  flow.drawProgress(r, page.study);
  if (shown.length) flow.focus(list, Math.max(flow.current, 0));
  const more = (from) => {
    if (generation !== drawGeneration || from >= shown.length) {
      if (generation === drawGeneration) window.__verbatimReconcileAll = performance.now();
      return;
    }
    list.append(...shown.slice(from, from + SLICE).map((d) => renderDisagreement(d, ctx)));
    setTimeout(() => more(from + SLICE), 0);
  };
  setTimeout(() => more(first), 0);
}

const FIRST_CARDS = 24;
const SLICE = 80;
let drawGeneration = 0;

async function drawConsensus() {
  const docId = chosen().document;
  const sameDoc = page.doc && String(page.doc.id) === String(docId) ? page.doc : null;
  const [items, doc] = await Promise.all([reconcileApi.consensus(docId), sameDoc || api.document(docId)]).catch((e) => {
    replaceChildren(consensusHost, h('h2', {}, 'Consensus layer'), h('p', { className: 'error' }, e.message));
    return [null, null];
  });
  if (!items) return;
  page.text = doc.text;
  page.doc = doc;
  const rows = items.map((c) => h('li', { dataset: { coding: String(c.coding.id) } },
    codeChip(ctx, c.coding.code), ' ',
    h('span', { className: 'rc-text-inline' }, doc.text.substring(c.coding.start, c.coding.end)),
    h('span', { className: 'muted rc-provenance' },
      c.decision ? ` from coding${c.sources.length === 1 ? '' : 's'} ${c.sources.map((s) => '#' + s).join(', ')}`
        + ` (decision #${c.decision})` : ' (not from a decision)')));
  const layer = items.length ? String(items[0].coding.coder) : null;
  // the reader starts with the layer kept under this key: open it showing only the consensus
  const reader = h('a', { href: `index.html#/documents/${encodeURIComponent(docId)}`, className: 'rc-open-reader',
    on: { click: () => layer && sessionStorage.setItem('verbatim.layer', 'coder:' + layer) } }, 'Show in the reader');
  replaceChildren(consensusHost, h('h2', {}, 'Consensus layer'),
    h('p', { className: 'muted' }, `${items.length} coding${items.length === 1 ? '' : 's'}. `,
      layer ? reader : null),
    h('ul', { className: 'rc-consensus-list' }, rows));
}

async function decide(d, choice) {
  try {
    const coders = page.review.coders.map((c) => c.id);
    await reconcileApi.decide(chosen().document, { key: d.key, coders, ...choice });
    toast('Decision recorded.');
  } catch (e) {
    toast(e.message, 'error');
  }
  await refreshCoders();
  await load();
  flow.focusNextOpen(list, d.key);
}

async function refreshCoders() {
  if (page.coders.some((c) => c.name === CONSENSUS)) return;
  page.coders = await api.coders();
}

async function reloadCodes() {
  page.codes = new Map((await api.codes()).map((c) => [c.id, c]));
  merge.draw();
  await load();
}

acceptAll.addEventListener('click', async () => {
  acceptAll.disabled = true;
  try {
    const r = await reconcileApi.acceptAgreements(chosen().document, page.review.coders.map((c) => c.id));
    toast(`${r.accepted} agreement${r.accepted === 1 ? '' : 's'} accepted into the consensus.`);
  } catch (e) {
    toast(e.message, 'error');
  }
  await refreshCoders();
  await load();
});
document.addEventListener('keydown', (e) => {
  if (!page.review || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
  if (!ctx.canDecide && !['j', 'k', 'ArrowDown', 'ArrowUp'].includes(e.key)) return;
  if (flow.press(list, e.key)) e.preventDefault();
});
compareBtn.addEventListener('click', compare);

/** Other people's decisions and code merges on this document reload it (debounced). */
function listen() {
  if (events || !window.EventSource) return;
  const reload = debounce(() => load(), 300);
  events = new EventSource(api.eventsUrl);
  events.addEventListener('decisions.made', (e) => {
    const data = JSON.parse(e.data);
    if (String(data.document) === chosen().document && data.by !== page.user.username) {
      toast(`${data.by} decided here; reloaded.`);
      reload();
    }
  });
  events.addEventListener('code.merged', () => reloadCodes().catch(() => null));
}
window.addEventListener('pagehide', () => {
  if (events) events.close();
  events = null;
});

async function start(user) {
  page.user = user;
  renderChrome();
  // the review is the slowest answer: ask for it alongside the lists rather than after them
  const first = chosen().document ? fetchReview() : null;
  if (first) first.catch(() => null);
  const [documents, coders, codes] = await Promise.all([api.documents(), api.coders(), api.codes()]);
  page.documents = documents;
  page.coders = coders;
  page.codes = new Map(codes.map((c) => [c.id, c]));
  renderControls();
  replaceChildren(main, h('div', { className: 'page rc-page' },
    h('div', { className: 'rc-main' },
      h('div', { className: 'page-head' }, h('h1', {}, 'Reconcile')),
      h('div', { className: 'filters rc-controls' }, docSelect, coderBox, compareBtn),
      flow.progress,
      h('div', { className: 'rc-bar' }, summary, acceptAll),
      flow.element,
      agreementsHost, list),
    h('aside', { className: 'rc-side-col' }, rulesPanel.element, consensusHost, agreement.element, merge.element)));
  merge.draw();
  rulesPanel.draw();
  listen();
  if (chosen().document) {
    await load(first);
    agreement.reset();
  }
}

(async function boot() {
  try {
    const me = await api.me();
    if (me && me.username) {
      await start(me);
      return;
    }
  } catch {
    // not signed in
  }
  showLogin(main, (user) => start(user));
})();
