// A list of coded passages; each opens the reader at the passage (index.html#/documents/ID?at=&end=).
import { h, replaceChildren } from './dom.js';

export function readerLink(p) {
  return `index.html#/documents/${encodeURIComponent(p.documentId)}?at=${p.start}&end=${p.end}`;
}

export function renderPassages(host, page, title) {
  const items = page.passages.map((p) =>
    h('li', { className: 'th-passage' },
      h('a', { href: readerLink(p), className: 'th-passage-link' }, p.text),
      h('div', { className: 'th-passage-meta' },
        `${p.document}${p.participant ? ' · ' + p.participant : ''}${p.speaker ? ' · ' + p.speaker : ''}`
          + `${p.turn ? ' · turn ' + p.turn : ' · paragraph ' + p.paragraph} · ${p.code} · ${p.coder}`),
      p.memo ? h('div', { className: 'th-passage-memo' }, p.memo) : null));
  replaceChildren(host,
    h('h3', {}, title),
    h('p', { className: 'th-muted th-passage-count' }, `${page.total} passage${page.total === 1 ? '' : 's'} · layer: ${page.layer}`),
    h('ol', { className: 'th-passages' }, items));
}
