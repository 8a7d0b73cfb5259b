// The word routes of docs/api.md ("Words"), nothing else. A scope is
// {document, code, theme, where: {attribute: value}, layer}, each optional.
import { request } from './api.js';

function query(scope, extra = {}) {
  const s = new URLSearchParams();
  const add = (k, v) => {
    if (v !== undefined && v !== null && v !== '' && v !== false) s.set(k, String(v));
  };
  add('document', scope.document);
  add('code', scope.code);
  add('theme', scope.theme);
  add('layer', scope.layer);
  for (const [k, v] of Object.entries(scope.where || {})) add('where.' + k, v);
  for (const [k, v] of Object.entries(extra)) add(k, v);
  const t = s.toString();
  return t ? '?' + t : '';
}

export const wordsApi = {
  /** `{scope, distinctive, words: [{word, count, keyness?, reference?}], tokens, …}` */
  words: (scope, distinctive, limit) => request('GET', '/words' + query(scope, { distinctive, limit })),
  /** `{scope, word, hits: [SearchHit]}` */
  kwic: (scope, word, limit) => request('GET', '/words/kwic' + query(scope, { word, limit })),
  /** `{language, edited, words}`; owners add words to the list (PUT). */
  stopWords: (language) => request('GET', '/words/stopwords?language=' + encodeURIComponent(language)),
  addStopWord: (language, word) => request('PUT', '/words/stopwords', { language, add: [word] }),
  /** The download address of the scope's table as `format` (csv, xlsx, docx, md, html). */
  exportUrl: (scope, distinctive, format, limit) => '/api/words/export' + query(scope, { distinctive, format, limit }),
  layers: () => request('GET', '/analysis/layers'),
  themes: () => request('GET', '/themes'),
};
