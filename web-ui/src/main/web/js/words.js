// The Words page (#/words?code=&theme=&document=&a.ATTR=&layer=&mode=distinctive&word=): word
// frequencies or a code's or theme's distinctive words (GET /api/words) as an SVG bar chart and
// word cloud, and a word's keyword-in-context lines (GET /api/words/kwic), each opening the reader.
// It states its scope and the layer used. Transcript text only ever goes into text nodes.
import { api } from './api.js';
import { h, replaceChildren, toast } from './dom.js';
import { state, loadCodes, pathOf } from './state.js';
import { wordsApi } from './words-api.js';
import { barChart, wordCloud } from './words-charts.js';
import { renderKwic } from './words-kwic.js';

const WORDS = 50;
const LINES = 200;
const EXPORTED = 10000;

function flattenThemes(nodes, out = []) {
  for (const n of nodes || []) {
    out.push(n);
    flattenThemes(n.children, out);
  }
  return out;
}

/** The address of the Words page for a scope, e.g. a code's distinctive words. */
export function wordsLink({ code, theme, distinctive } = {}) {
  const p = new URLSearchParams();
  if (code) p.set('code', code);
  if (theme) p.set('theme', theme);
  if (distinctive) p.set('mode', 'distinctive');
  const t = p.toString();
  return '#/words' + (t ? '?' + t : '');
}

function describe(scope) {
  const parts = [];
  if (scope.code) parts.push(`passages of code ${scope.code.name}`);
  if (scope.theme) parts.push(`passages of theme ${scope.theme.name}`);
  if (scope.document) parts.push(`document ${scope.document}`);
  for (const [k, v] of Object.entries(scope.where || {})) parts.push(`${k} = ${v}`);
  return parts.length ? parts.join('; ') : 'the whole project';
}

function totals(answer) {
  if (answer.distinctive) {
    return `${answer.tokens} words in the passages against ${answer.referenceTokens} elsewhere; `
      + 'ranked by keyness (log-likelihood G²)';
  }
  return `${answer.tokens} words counted (${answer.types} different, stop words excluded) in `
    + `${answer.documents} document${answer.documents === 1 ? '' : 's'}`;
}

export async function showWords(main, params) {
  const target = h('select', { name: 'scope', attrs: { 'aria-label': 'Count the words of' } },
    h('option', { value: '' }, 'Whole project'));
  const mode = h('select', { name: 'mode', attrs: { 'aria-label': 'Show' } },
    h('option', { value: 'frequencies' }, 'Frequencies'), h('option', { value: 'distinctive' }, 'Distinctive words'));
  const layer = h('select', { name: 'layer', attrs: { 'aria-label': 'Layer' } });
  const attrBox = h('span', { className: 'attr-filters' });
  const form = h('form', { className: 'filters wd-controls' }, target, attrBox, layer, mode);
  const scopeLine = h('p', { className: 'wd-scope' });
  const layerLine = h('p', { className: 'wd-layer muted' });
  const status = h('p', { className: 'wd-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const downloads = h('p', { className: 'wd-downloads muted' });
  const bars = h('figure', { className: 'wd-bars-host' });
  const cloud = h('figure', { className: 'wd-cloud-host' });
  const kwic = h('section', { className: 'wd-kwic', hidden: true, attrs: { 'aria-label': 'Keyword in context' } });
  const page = h('div', { className: 'page wd-page' },
    h('div', { className: 'page-head' }, h('h1', {}, 'Words')),
    form, scopeLine, layerLine, status, downloads,
    h('div', { className: 'wd-pictures' }, bars, cloud), kwic);
  replaceChildren(main, page);

  const [docs, participants, themes, layers] = await Promise.all([
    api.documents().catch(() => []),
    api.participants().catch(() => []),
    wordsApi.themes().then((t) => flattenThemes(t.themes)).catch(() => []),
    wordsApi.layers().catch(() => ({ defaultLabel: '', layers: [] })),
    state.codes.size ? null : loadCodes().catch(() => null),
  ]);
  const group = (label, options) => (options.length ? h('optgroup', { label }, options) : null);
  target.append(...[
    group('Codes', [...state.codes.values()].map((c) => ({ id: c.id, path: pathOf(c.id) }))
      .sort((a, b) => a.path.localeCompare(b.path)).map((c) => h('option', { value: 'code:' + c.id }, c.path))),
    group('Themes', themes.map((t) => h('option', { value: 'theme:' + t.id }, t.path || t.name))),
    group('Documents', docs.map((d) => h('option', { value: 'doc:' + d.name }, d.name))),
  ].filter(Boolean));
  layer.append(h('option', { value: '' }, `Layer: default (${layers.defaultLabel})`),
    ...layers.layers.map((l) => h('option', { value: l.spec }, `Layer: ${l.label}`)));
  const keys = [...new Set(participants.flatMap((p) => Object.keys(p.attributes)))].sort();
  const attrSelects = keys.map((key) => {
    const values = [...new Set(participants.map((p) => p.attributes[key]).filter(Boolean))].sort();
    return h('select', { dataset: { key }, attrs: { 'aria-label': key } },
      h('option', { value: '' }, `${key}: any`), values.map((v) => h('option', { value: v }, v)));
  });
  replaceChildren(attrBox, attrSelects);

  // the page's state comes from its address, so a link (from a code's page) opens it scoped
  const asked = params.get('code') ? 'code:' + params.get('code')
    : params.get('theme') ? 'theme:' + params.get('theme')
      : params.get('document') ? 'doc:' + params.get('document') : '';
  // an address naming what is not listed (a deleted code) still asks, so the server's 404 shows
  if (asked && ![...target.options].some((o) => o.value === asked)) target.append(h('option', { value: asked }, asked));
  target.value = asked;
  for (const sel of attrSelects) sel.value = params.get('a.' + sel.dataset.key) || '';
  layer.value = params.get('layer') || '';
  mode.value = params.get('mode') === 'distinctive' ? 'distinctive' : 'frequencies';

  function current() {
    const [kind, ...rest] = target.value.split(':');
    const id = rest.join(':');
    const where = {};
    for (const sel of attrSelects) if (sel.value) where[sel.dataset.key] = sel.value;
    const passages = kind === 'code' || kind === 'theme';
    return {
      scope: {
        code: kind === 'code' ? id : '', theme: kind === 'theme' ? id : '', document: kind === 'doc' ? id : '',
        where, layer: passages ? layer.value : '',
      },
      passages,
      distinctive: passages && mode.value === 'distinctive',
    };
  }

  function remember(c, word) {
    const p = new URLSearchParams();
    for (const k of ['code', 'theme', 'document', 'layer']) if (c.scope[k]) p.set(k, c.scope[k]);
    for (const [k, v] of Object.entries(c.scope.where)) p.set('a.' + k, v);
    if (c.distinctive) p.set('mode', 'distinctive');
    if (word) p.set('word', word);
    history.replaceState(null, '', '#/words' + (p.toString() ? '?' + p : ''));
  }

  let shownWord = params.get('word') || '';
  // only the answer to the latest request is shown, whatever order answers arrive in
  let latestCount = 0;
  let latestLines = 0;

  async function openWord(word) {
    const c = current();
    shownWord = word;
    remember(c, word);
    kwic.dataset.word = word;
    kwic.dataset.loaded = 'false';
    const mine = ++latestLines;
    try {
      const answer = await wordsApi.kwic(c.scope, word, LINES);
      if (mine !== latestLines) return;
      renderKwic(kwic, answer, LINES, state.user.isOwner ? stopButton(answer) : null);
      kwic.dataset.loaded = 'true';
      kwic.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      if (mine !== latestLines) return;
      replaceChildren(kwic, h('p', { className: 'page-error' }, e.message));
      kwic.hidden = false;
    }
  }

  /** Owners: "Don't count this word" adds it to the stop words of its transcripts' language. */
  function stopButton(answer) {
    const docLanguage = new Map(docs.map((d) => [d.id, d.language]));
    const language = (answer.hits[0] && docLanguage.get(String(answer.hits[0].document))) || 'en';
    return h('p', {}, h('button', { type: 'button', className: 'small wd-stop', on: { click: async () => {
      try {
        await wordsApi.addStopWord(language, answer.word);
        toast(`“${answer.word}” is now a stop word (${language}); it is no longer counted`);
        shownWord = '';
        kwic.hidden = true;
        remember(current(), '');
        await run();
      } catch (e) {
        toast(e.message, 'error');
      }
    } } }, `Don’t count “${answer.word}” (add to the stop words)`));
  }

  async function run() {
    const c = current();
    mode.options[1].disabled = !c.passages;
    if (!c.passages) mode.value = 'frequencies';
    layer.disabled = !c.passages;
    page.dataset.loaded = 'false';
    status.classList.remove('error');
    status.textContent = 'Counting… (the first count over new transcripts runs the language models; later ones read the cache)';
    let answer;
    const mine = ++latestCount;
    try {
      answer = await wordsApi.words(c.scope, c.distinctive, WORDS);
      if (mine !== latestCount) return;
    } catch (e) {
      if (mine !== latestCount) return;
      scopeLine.textContent = '';
      replaceChildren(downloads);
      layerLine.textContent = '';
      status.textContent = e.message;
      status.classList.add('error');
      replaceChildren(bars);
      replaceChildren(cloud);
      return;
    }
    scopeLine.textContent = `Scope: ${describe(answer.scope)}`;
    layerLine.textContent = answer.scope.layer
      ? `Layer: ${answer.scope.layer}`
      : 'Layer: none needed (whole documents are counted, not coded passages)';
    status.textContent = totals(answer);
    const link = (format) => h('a', { href: wordsApi.exportUrl(c.scope, c.distinctive, format, EXPORTED),
      className: 'wd-download', download: '', dataset: { format } }, format.toUpperCase());
    replaceChildren(downloads, 'Download the whole list: ', link('csv'), ' · ', link('xlsx'));
    const empty = c.distinctive ? 'No word is more frequent in the passages than elsewhere.' : 'No words counted.';
    const opts = { distinctive: answer.distinctive, open: openWord };
    replaceChildren(bars, answer.words.length ? barChart(answer.words, opts) : h('p', { className: 'muted' }, empty),
      h('figcaption', { className: 'muted' }, answer.distinctive ? 'Distinctive words (bar: keyness)' : 'Most frequent words'));
    replaceChildren(cloud, answer.words.length ? wordCloud(answer.words, opts) : null,
      h('figcaption', { className: 'muted' }, 'Word cloud (size: count)'));
    page.dataset.loaded = 'true';
    if (shownWord) openWord(shownWord);
  }

  form.addEventListener('change', () => {
    shownWord = '';
    kwic.hidden = true;
    remember(current(), '');
    run();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  await run();
}
