// The theme and analysis routes of docs/api.md, nothing else.
import { getCsrfToken, ApiError } from './api.js';

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = getCsrfToken();
  const r = await fetch('/api' + path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) throw new ApiError(r.status, (data && data.message) || `HTTP ${r.status}`, data);
  return data;
}

function q(params) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, v);
  const t = s.toString();
  return t ? '?' + t : '';
}

export const themesApi = {
  tree: (layer) => call('GET', '/themes' + q({ layer })),
  codes: () => call('GET', '/codes'),
  layers: () => call('GET', '/analysis/layers'),
  create: (name, parent, codes) => call('POST', '/themes', { name, parent, codes: codes || [] }),
  update: (id, fields) => call('PATCH', `/themes/${id}`, fields),
  move: (id, parent, position) => call('PUT', `/themes/${id}/parent`, { parent, position }),
  link: (id, code) => call('POST', `/themes/${id}/codes`, { code }),
  unlink: (id, code) => call('DELETE', `/themes/${id}/codes/${code}`),
  status: (id, status, comment) => call('PUT', `/themes/${id}/status`, { status, comment }),
  remove: (id) => call('DELETE', `/themes/${id}`),
  passages: (kind, id, params) => call('GET', `/${kind === 'code' ? 'codes' : 'themes'}/${id}/passages` + q(params)),
  matrix: (params) => call('GET', '/analysis/matrix' + q(params)),
  cooccurrence: (params) => call('GET', '/analysis/cooccurrence' + q(params)),
  saturation: (params) => call('GET', '/analysis/saturation' + q(params)),
  proposals: (layer) => call('GET', '/themes/proposals' + q({ layer })),
  acceptProposal: (key, layer, name) =>
    call('POST', `/themes/proposals/${encodeURIComponent(key)}/accept` + q({ layer }), name ? { name } : {}),
  dismissProposal: (key) => call('POST', `/themes/proposals/${encodeURIComponent(key)}/dismiss`, {}),
  undo: () => call('POST', '/undo', {}),
};
