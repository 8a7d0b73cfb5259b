// The quote and export routes of docs/api.md ("Quotes", "Exports"), nothing else.
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
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) s.set(k, String(v));
  const t = s.toString();
  return t ? '?' + t : '';
}

/** The file name a download announces in Content-Disposition, else `fallback`. */
function fileName(response, fallback) {
  const m = /filename="?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') || '');
  return m ? m[1] : fallback;
}

export const quotesApi = {
  pinned: (theme) => call('GET', '/quotes' + q({ theme })),
  candidates: (theme, params) => call('GET', '/quotes/candidates' + q({ theme, ...params })),
  pin: (theme, document, parts) => call('POST', '/quotes', { theme, document, parts }),
  order: (theme, quotes) => call('PUT', '/quotes/order', { theme, quotes }),
  trim: (id, parts, version) => call('PATCH', `/quotes/${id}`, { parts, version }),
  translate: (id, text, language) => call('POST', `/quotes/${id}/translations`, { text, language }),
  unpin: (id) => call('DELETE', `/quotes/${id}`),
};

export const exportsApi = {
  /** {what: [formats…]} */
  list: () => call('GET', '/exports'),
  /** The download URL of one export; `options` are the query parameters of GET /api/export. */
  url: (what, format, options) => '/api/export' + q({ what, format, ...options }),
  /**
   * Fetches an export built by `url` (from exportsApi.url): resolves to {blob, name}; a refused
   * export rejects with the server's message.
   */
  async fetch(url) {
    const r = await fetch(url, { credentials: 'same-origin' });
    if (!r.ok) {
      const text = await r.text();
      let data = null;
      try {
        data = text ? JSON.parse(text) : null;
      } catch {
        data = null;
      }
      throw new ApiError(r.status, (data && data.message) || `HTTP ${r.status}`, data);
    }
    return { blob: await r.blob(), name: fileName(r, 'export') };
  },
};
