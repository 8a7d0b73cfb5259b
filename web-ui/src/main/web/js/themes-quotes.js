// The selected theme's Quotes panel: candidate quotes (with why they rank where they do) and the
// pinned ones, shown as the theme table will print them: “text” (Attribution), a trimmed-out part
// as “…”, the translation beneath. Coders pin, unpin, reorder (buttons, or Alt+↑/↓ on a quote),
// trim (select in the quote's stored text; the server gets offsets, never edited text) and
// translate. Text from the server only ever goes into text nodes and textarea values.
import { h, replaceChildren, toast } from './dom.js';
import { quotesApi } from './quotes-api.js';

const quoted = (text) => `\u201C${text.trim()}\u201D`;

function ordinal(n) {
  return n === 1 ? 'best' : `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} best`;
}

/** Why a candidate ranks where it does, in the words of QuoteCandidates' rules. */
export function reason(candidate, round) {
  const n = candidate.coders.length;
  const words = Number.isInteger(candidate.words) ? candidate.words : candidate.words.toFixed(1);
  return `coded by ${n} coder${n === 1 ? '' : 's'} (${candidate.coders.join(', ')}) · ${words} words`
    + ` (ideal 40) · ${candidate.participant}'s ${ordinal(round)}`;
}

/** `parts` with [start, end) removed (an elision). */
export function elide(parts, start, end) {
  const out = [];
  for (const [a, b] of parts) {
    if (end <= a || start >= b) out.push([a, b]);
    else {
      if (a < start) out.push([a, start]);
      if (end < b) out.push([end, b]);
    }
  }
  return out;
}

/** `parts` kept only within [start, end). */
export function keep(parts, start, end) {
  return parts.map(([a, b]) => [Math.max(a, start), Math.min(b, end)]).filter(([a, b]) => a < b);
}

function candidateItem(c, round, ctx) {
  const pin = ctx.canEdit
    ? h('button', { type: 'button', className: 'small th-pin', attrs: { 'aria-label': `Pin quote from ${c.attribution}` } }, 'Pin')
    : null;
  if (pin) pin.addEventListener('click', () => ctx.act(() => quotesApi.pin(ctx.node.id, c.document, [[c.start, c.end]])));
  return h('li', { className: 'th-candidate', dataset: { document: String(c.document), start: String(c.start), end: String(c.end) } },
    h('div', { className: 'th-quote-line' }, h('span', { className: 'th-quote-text' }, quoted(c.text)), ' ',
      h('span', { className: 'th-quote-attribution' }, `(${c.attribution})`)),
    h('div', { className: 'th-quote-meta th-candidate-reason' }, reason(c, round)), pin);
}

function trimEditor(q, ctx) {
  const start = q.parts[0][0];
  // a read-only textarea: mouse and keyboard (Shift+arrows) select in it, and its selection is
  // UTF-16 offsets into the quote's stored stretch, the same units the server stores
  const source = h('textarea', { className: 'th-trim-source', readOnly: true, value: q.source,
    attrs: { rows: '4', 'aria-label': 'The quote\'s stored text: select a part to keep or to leave out' } });
  const button = (cls, label, make) => {
    const b = h('button', { type: 'button', className: `small ${cls}` }, label);
    b.addEventListener('click', () => {
      const s = start + source.selectionStart;
      const e = start + source.selectionEnd;
      if (make !== 'restore' && s === e) {
        toast('Select part of the quote\'s text first.', 'error');
        return;
      }
      const parts = make === 'keep' ? keep(q.parts, s, e)
        : make === 'elide' ? elide(q.parts, s, e)
          : [[start, q.parts[q.parts.length - 1][1]]];
      if (!parts.length) {
        toast('That would leave nothing of the quote.', 'error');
        return;
      }
      ctx.act(() => quotesApi.trim(q.id, parts, q.version), q.id);
    });
    return b;
  };
  return h('div', { className: 'th-trim', hidden: true },
    source,
    h('div', { className: 'th-quote-actions' },
      button('th-keep', 'Keep selection', 'keep'), button('th-elide', 'Leave out selection (…)', 'elide'),
      q.parts.length > 1 ? button('th-restore', 'Restore left-out parts', 'restore') : null));
}

function translationEditor(q, ctx) {
  const text = h('textarea', { className: 'th-translation-text', value: q.translation ? q.translation.text : '',
    attrs: { rows: '3', 'aria-label': 'Translation' } });
  const language = h('input', { type: 'text', className: 'th-translation-language', value: q.translation ? q.translation.language : 'en',
    attrs: { 'aria-label': 'Translation language', size: '5' } });
  const save = h('button', { type: 'submit', className: 'small primary' }, 'Save translation');
  const form = h('form', { className: 'th-translate', hidden: true }, text, h('label', {}, 'Language ', language), save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.act(() => quotesApi.translate(q.id, text.value, language.value.trim() || 'en'), q.id);
  });
  return form;
}

function pinnedItem(q, i, all, ctx) {
  const li = h('li', { className: 'th-quote', tabIndex: 0, dataset: { quoteId: String(q.id) },
    attrs: { 'aria-label': `Quote ${i + 1} of ${all.length}, ${q.attribution}` } },
    h('div', { className: 'th-quote-line' }, h('span', { className: 'th-quote-text' }, quoted(q.text)), ' ',
      h('span', { className: 'th-quote-attribution' }, `(${q.attribution})`)),
    q.translation ? h('div', { className: 'th-quote-translation' }, `Translation: ${quoted(q.translation.text)}`) : null,
    h('div', { className: 'th-quote-meta' }, `${q.documentName} · pinned by ${q.pinnedBy}`
      + (q.translation ? ` · translated (${q.translation.language}) by ${q.translation.translator}, ${new Date(q.translation.at).toLocaleString()}` : '')));
  if (!ctx.canEdit) return li;
  const move = (delta) => {
    const j = i + delta;
    if (j < 0 || j >= all.length) return;
    const ids = all.map((x) => x.id);
    [ids[i], ids[j]] = [ids[j], ids[i]];
    ctx.act(() => quotesApi.order(ctx.node.id, ids), q.id);
  };
  const small = (cls, label, aria, fn, disabled = false) => {
    const b = h('button', { type: 'button', className: `small ${cls}`, disabled, attrs: { 'aria-label': aria } }, label);
    b.addEventListener('click', fn);
    return b;
  };
  const trim = trimEditor(q, ctx);
  const translate = translationEditor(q, ctx);
  li.append(h('div', { className: 'th-quote-actions' },
    small('th-up', '↑', 'Move quote up', () => move(-1), i === 0),
    small('th-down', '↓', 'Move quote down', () => move(1), i === all.length - 1),
    small('th-trim-toggle', 'Trim…', 'Trim quote', () => { trim.hidden = !trim.hidden; if (!trim.hidden) trim.querySelector('textarea').focus(); }),
    small('th-translate-toggle', q.translation ? 'Edit translation…' : 'Translate…', 'Translate quote',
      () => { translate.hidden = !translate.hidden; if (!translate.hidden) translate.querySelector('textarea').focus(); }),
    small('th-unpin danger', 'Unpin', 'Unpin quote', () => ctx.act(() => quotesApi.unpin(q.id)))), trim, translate);
  li.addEventListener('keydown', (e) => {
    if (e.target !== li || !e.altKey) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(e.key === 'ArrowUp' ? -1 : 1);
    }
  });
  return li;
}

/**
 * Fills `host` with the Quotes panel of theme `node` over `page.layer`; reloads itself after each
 * change, keeping the focus on the quote that was changed.
 */
export function renderQuotes(host, node, page) {
  const ctx = {
    node,
    canEdit: page.user.canCode,
    async act(fn, focusId) {
      try {
        await fn();
      } catch (e) {
        toast(e.message || String(e), 'error');
      }
      await load(focusId);
    },
  };
  async function load(focusId) {
    let pinned;
    let candidates;
    try {
      [pinned, candidates] = await Promise.all([quotesApi.pinned(node.id),
        quotesApi.candidates(node.id, { layer: page.layer, limit: 10 })]);
    } catch (e) {
      replaceChildren(host, h('h3', {}, 'Quotes'), h('p', { className: 'page-error' }, e.message || String(e)));
      return;
    }
    const rounds = new Map();
    const candidateItems = candidates.map((c) => {
      const round = (rounds.get(c.participant) || 0) + 1;
      rounds.set(c.participant, round);
      return candidateItem(c, round, ctx);
    });
    replaceChildren(host,
      h('h3', {}, 'Quotes'),
      h('p', { className: 'th-muted' }, pinned.length
        ? `${pinned.length} pinned, in the order the theme table prints them${ctx.canEdit ? ' (Alt+↑/↓ moves the focused quote)' : ''}.`
        : 'No quotes pinned yet.'),
      h('ol', { className: 'th-quotes' }, pinned.map((q, i) => pinnedItem(q, i, pinned, ctx))),
      h('h4', {}, 'Candidates'),
      h('p', { className: 'th-muted' }, 'Passages of 15–80 words from this theme\'s codes that no node uses yet: coders agreeing first, then length near 40 words, spread over participants.'),
      candidates.length ? h('ol', { className: 'th-candidates' }, candidateItems) : h('p', { className: 'th-muted' }, 'No candidates.'));
    if (focusId) {
      const item = host.querySelector(`.th-quote[data-quote-id="${Number(focusId)}"]`);
      if (item) item.focus();
    }
  }
  load();
}
