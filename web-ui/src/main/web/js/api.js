// The only module that knows the server's URLs and JSON shapes (docs/api.md). Everything else
// works with the normalised objects returned here.

const BASE = '/api';
let csrfToken = sessionStorage.getItem('verbatim.csrf') || '';

/** An HTTP error with the server's message and status. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export function setCsrfToken(token) {
  csrfToken = token || '';
  if (csrfToken) sessionStorage.setItem('verbatim.csrf', csrfToken);
  else sessionStorage.removeItem('verbatim.csrf');
}

export function getCsrfToken() {
  return csrfToken;
}

/** A store id as a string key, whether the server sends 7, "7" or {"value": 7}. */
export function idOf(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'value' in value) return String(value.value);
  return String(value);
}

function opt(value) {
  // Optional<T> may arrive as null, as the value, or as {"present":..} with some mappers.
  if (value === undefined || value === null) return null;
  return value;
}

let onUnauthorized = () => {};
export function whenUnauthorized(fn) {
  onUnauthorized = fn;
}

async function request(method, path, body, { quiet401 = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(BASE + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { title: text };
    }
  }
  if (!response.ok) {
    const message = (data && (data.title || data.message || data.error)) || `${response.status} ${response.statusText}`;
    if (response.status === 401 && !quiet401) onUnauthorized();
    throw new ApiError(response.status, message, data);
  }
  return data;
}

const get = (path, options) => request('GET', path, undefined, options);
const post = (path, body) => request('POST', path, body ?? {});
const patch = (path, body) => request('PATCH', path, body);
const del = (path, body) => request('DELETE', path, body);

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.append(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

// ---- normalisers -------------------------------------------------------------------------

function normUser(u) {
  if (!u) return null;
  const role = String(u.role || 'viewer').toLowerCase();
  return {
    username: u.username || u.name || '',
    role,
    coder: idOf(u.coderId ?? u.coder?.id ?? u.coder) ,
    coderName: u.coder?.name || u.coderName || u.username || '',
    blind: Boolean(u.blind ?? u.blindMode),
    canCode: role === 'coder' || role === 'owner',
    isOwner: role === 'owner',
  };
}

function normSpan(x) {
  const span = x.span || x;
  return { start: span.start, end: span.end };
}

export function normCode(c) {
  return {
    id: idOf(c.id),
    parent: idOf(opt(c.parent) ?? opt(c.parentId)),
    name: c.name,
    definition: c.definition || '',
    colour: c.colour || c.color || '',
    version: c.version ?? 0,
    count: c.count ?? c.codings ?? c.codingCount ?? null,
  };
}

export function normCoding(c) {
  const { start, end } = normSpan(c);
  return {
    id: idOf(c.id),
    document: idOf(c.document ?? c.documentId),
    code: idOf(c.code ?? c.codeId),
    coder: idOf(c.coder ?? c.coderId),
    coderName: c.coderName || null,
    start,
    end,
    memo: c.memo || '',
    version: c.version ?? 0,
    deleted: Boolean(c.deleted),
  };
}

function normParticipant(p) {
  if (!p) return null;
  return { id: idOf(p.id), label: p.label || '', attributes: p.attributes || {} };
}

function normSummary(d) {
  const s = d.summary || d;
  return {
    id: idOf(s.id),
    name: s.name,
    language: s.language,
    format: s.format,
    length: s.length,
    words: s.words,
    turns: typeof s.turns === 'number' ? s.turns : (s.turns || []).length,
    participant: normParticipant(opt(s.participant)),
    importedAt: s.importedAt,
  };
}

function normDocument(d) {
  const summary = normSummary(d.summary || d);
  return {
    ...summary,
    text: d.text,
    turns: (d.turns || []).map((t) => ({
      index: t.index,
      speaker: opt(t.speaker),
      start: normSpan(t).start,
      end: normSpan(t).end,
      startMillis: opt(t.startMillis),
      endMillis: opt(t.endMillis),
    })),
    sentences: (d.sentences || []).map((s) => ({ index: s.index, ...normSpan(s) })),
  };
}

function normHit(h) {
  return {
    document: idOf(h.documentId ?? h.document?.id ?? h.document),
    documentName: h.documentName || (typeof h.document === 'string' ? h.document : ''),
    participant: opt(h.participant),
    speaker: opt(h.speaker),
    turn: h.turn,
    start: h.start,
    end: h.end,
    match: h.match,
    before: h.before,
    after: h.after,
  };
}

/** Undo/redo outcome: entities in their new state. */
function normOutcome(o) {
  if (!o) return null;
  const states = (list, norm) => (list || []).map((s) => ({ ...norm(s.value || s), deleted: Boolean(s.deleted) }));
  return {
    label: o.label || '',
    codes: states(o.codes, normCode),
    codings: states(o.codings, normCoding),
    state: o.state || null,
  };
}

// ---- endpoints -----------------------------------------------------------------------------

export const api = {
  async login(username, password) {
    const data = await request('POST', '/login', { username, password }, { quiet401: true });
    setCsrfToken(data.csrfToken || data.csrf || '');
    return normUser(data.user || data.account || data);
  },
  async logout() {
    try {
      await post('/logout');
    } finally {
      setCsrfToken('');
    }
  },
  async me() {
    const data = await get('/me', { quiet401: true });
    if (data.csrfToken || data.csrf) setCsrfToken(data.csrfToken || data.csrf);
    return normUser(data.user || data.account || data);
  },
  async settings() {
    try {
      return (await get('/settings')) || {};
    } catch {
      return {};
    }
  },

  async documents() {
    const data = await get('/documents');
    return (Array.isArray(data) ? data : data.documents || []).map(normSummary);
  },
  async document(id) {
    return normDocument(await get(`/documents/${encodeURIComponent(id)}`));
  },
  async codings(documentId, coder) {
    const data = await get(`/documents/${encodeURIComponent(documentId)}/codings${query({ coder })}`);
    return (Array.isArray(data) ? data : data.codings || []).map(normCoding);
  },
  async coders() {
    const data = await get('/coders');
    return (Array.isArray(data) ? data : data.coders || []).map((c) => ({ id: idOf(c.id), name: c.name }));
  },
  async participants() {
    const data = await get('/participants');
    return (Array.isArray(data) ? data : data.participants || []).map(normParticipant);
  },

  async codes() {
    const data = await get('/codes');
    return (Array.isArray(data) ? data : data.codes || []).map(normCode);
  },
  async createCode({ name, parent = null, colour, definition = '' }) {
    return normCode(await post('/codes', { name, parent, colour, definition }));
  },
  async editCode(code, changes) {
    return normCode(await patch(`/codes/${encodeURIComponent(code.id)}`, { version: code.version, ...changes }));
  },
  async moveCode(code, parent) {
    return normCode(await post(`/codes/${encodeURIComponent(code.id)}/move`, { version: code.version, parent }));
  },
  async mergeCode(source, target) {
    return post(`/codes/${encodeURIComponent(source.id)}/merge`, { version: source.version, target: target.id });
  },
  async deleteCode(code) {
    return del(`/codes/${encodeURIComponent(code.id)}?version=${code.version}`);
  },

  async createCodings(list) {
    const data = await post('/codings', {
      codings: list.map((c) => ({ document: c.document, code: c.code, start: c.start, end: c.end, memo: c.memo || '' })),
    });
    return (Array.isArray(data) ? data : data.codings || []).map(normCoding);
  },
  async editCoding(coding, changes) {
    return normCoding(await patch(`/codings/${encodeURIComponent(coding.id)}`, { version: coding.version, ...changes }));
  },
  async deleteCoding(coding) {
    return normCoding(await del(`/codings/${encodeURIComponent(coding.id)}?version=${coding.version}`));
  },

  async undo() {
    return normOutcome(await post('/undo'));
  },
  async redo() {
    return normOutcome(await post('/redo'));
  },

  async search(params) {
    const data = await get('/search' + query(params));
    return { hits: (data.hits || []).map(normHit), totalHits: data.totalHits ?? (data.hits || []).length };
  },
  async autocode({ query: q, filters, code, expand }) {
    return post('/autocode', { query: q, ...filters, code, expand });
  },

  eventsUrl: BASE + '/events',
};
