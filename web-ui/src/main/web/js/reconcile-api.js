// The reconciliation routes of docs/api.md ("Reconciliation"). Ids stay as the server sends them
// (numbers); requests go through api.js's request(), with the CSRF token it keeps for the session.
import { request } from './api.js';

const doc = (id) => `/documents/${encodeURIComponent(id)}`;
const coderQuery = (coders) => (coders && coders.length ? `coders=${coders.map(Number).join(',')}` : '');

export const reconcileApi = {
  /** {document, coders, disagreements, agreements} for the chosen coders (ids, in column order). */
  review(documentId, coders) {
    const q = coderQuery(coders);
    return request('GET', `${doc(documentId)}/disagreements${q ? '?' + q : ''}`);
  },
  /** outcome: 'accept' (with coder), 'merge' (with code) or 'drop'. */
  decide(documentId, { key, outcome, coder, code, reason, coders }) {
    const body = { key, outcome, reason: reason || '', coders: coders.map(Number) };
    if (outcome === 'accept') body.coder = Number(coder);
    if (outcome === 'merge') body.code = Number(code);
    return request('POST', `${doc(documentId)}/decisions`, body);
  },
  acceptAgreements(documentId, coders, reason = '') {
    return request('POST', `${doc(documentId)}/decisions/accept-agreements`, { coders: coders.map(Number), reason });
  },
  history(documentId) {
    return request('GET', `${doc(documentId)}/decisions`);
  },
  consensus(documentId) {
    return request('GET', `${doc(documentId)}/consensus`);
  },
  /** Disagreements, decided and open for the study (and per document), for progress. */
  progress(coders) {
    return request('GET', `/reconcile/rules/progress?${coderQuery(coders)}`);
  },
  previewRules(body) {
    return request('POST', '/reconcile/rules/preview', body);
  },
  applyRules(body) {
    return request('POST', '/reconcile/rules/apply', body);
  },
  undoRules(batch) {
    return request('POST', `/reconcile/rules/batches/${encodeURIComponent(batch)}/undo`, {});
  },
  /**
   * The agreement report (per code and pooled) of the coders on one document, now; with `depth`
   * (0 = top-level themes) the codings are rolled up to theme nodes and the rows are themes.
   */
  agreement(documentId, coders, unit = 'sentence', depth = null) {
    const q = [coderQuery(coders), `unit=${encodeURIComponent(unit)}`,
      depth === null ? '' : `by=themes&depth=${Number(depth)}`].filter(Boolean).join('&');
    return request('GET', `${doc(documentId)}/agreement?${q}`);
  },
};
