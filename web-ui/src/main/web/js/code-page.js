// A code's page in the codebook (#/codebook/{id}): below the code's form, its coded passages
// (each opens the reader at the passage), links to its words on the Words page, and the memos on
// the code.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';
import { memoPanel } from './memos.js';
import { wordsLink } from './words.js';

const FIRST = 100;

function readerLink(p) {
  return `#/documents/${encodeURIComponent(p.documentId)}?at=${p.start}&end=${p.end}`;
}

function passageItem(p) {
  const where = [p.document, p.participant, p.speaker, p.turn ? `turn ${p.turn}` : `paragraph ${p.paragraph}`, p.coder]
    .filter(Boolean).join(' · ');
  return h('li', { className: 'cp-passage' },
    h('a', { href: readerLink(p), className: 'cp-passage-link' }, p.text),
    h('div', { className: 'cp-passage-meta muted' }, where),
    p.memo ? h('div', { className: 'cp-passage-memo' }, p.memo) : null);
}

/** The passages and memos of `code`; loads itself. */
export function codeDetails(code) {
  const passages = h('section', { className: 'cp-passages', attrs: { 'aria-label': 'Coded passages' } },
    h('h3', {}, 'Coded passages'), h('p', { className: 'muted' }, 'Loading passages…'));
  api.codePassages(code.id, { limit: FIRST })
    .then((page) => replaceChildren(passages,
      h('h3', {}, 'Coded passages'),
      h('p', { className: 'muted cp-count' },
        `${page.total} passage${page.total === 1 ? '' : 's'}${page.total > FIRST ? `, the first ${FIRST} shown` : ''} · layer: ${page.layer}`),
      h('ol', { className: 'cp-list' }, page.passages.map(passageItem))))
    .catch((e) => replaceChildren(passages, h('p', { className: 'page-error' }, e.message)));
  const words = h('p', { className: 'cp-words' },
    h('a', { href: wordsLink({ code: code.id }), className: 'cp-words-link' }, 'Words of this code'), ' · ',
    h('a', { href: wordsLink({ code: code.id, distinctive: true }), className: 'cp-distinctive-link' }, 'Distinctive words'));
  return h('div', { className: 'code-page' }, words, passages, memoPanel({ kind: 'code', code: code.id, title: 'Code memos' }));
}
