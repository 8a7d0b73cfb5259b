// The Words page's keyword-in-context list: each line of a word in the current scope, the match
// and its turn's text around it; a line opens the reader at the hit. Transcript text goes into text
// nodes only.
import { h, replaceChildren } from './dom.js';

export function readerLink(hit) {
  return `#/documents/${encodeURIComponent(hit.document)}?at=${hit.start}&end=${hit.end}`;
}

function line(hit) {
  const link = readerLink(hit);
  return h('tr', { className: 'hit wd-line', dataset: { document: String(hit.document), start: String(hit.start) },
    on: { click: (e) => {
      if (!e.target.closest('a')) location.hash = link;
    } } },
  h('td', { className: 'kwic-doc' }, h('a', { href: link }, hit.documentName || String(hit.document)),
    hit.participant ? h('div', { className: 'muted' }, hit.participant) : null,
    hit.speaker ? h('div', { className: 'muted' }, hit.speaker) : null),
  h('td', { className: 'kwic-before' }, h('div', {}, h('span', {}, hit.before))),
  h('td', { className: 'kwic-match' }, h('a', { href: link, className: 'wd-line-link' }, h('mark', {}, hit.match))),
  h('td', { className: 'kwic-after' }, h('div', {}, h('span', {}, hit.after))));
}

/**
 * Shows `answer` ({word, hits}) in `host`; `limit` is how many lines were asked for, `actions` an
 * optional node shown under the title.
 */
export function renderKwic(host, answer, limit, actions = null) {
  const n = answer.hits.length;
  replaceChildren(host,
    h('h2', { className: 'wd-kwic-title' }, `“${answer.word}” in context`),
    h('p', { className: 'muted wd-kwic-count' },
      n === 0 ? 'No lines.' : `${n} line${n === 1 ? '' : 's'}${n >= limit ? ` (the first ${limit})` : ''}; a line opens the reader there`),
    actions,
    h('div', { className: 'table-scroll' }, h('table', { className: 'kwic wd-kwic-table' }, h('tbody', {}, answer.hits.map(line)))));
  host.hidden = false;
}
