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
  return value === undefined || value === null ? null : value;
}

let onUnauthorized = () => {};
export function whenUnauthorized(fn) {
  onUnauthorized = fn;
}

/**
 * The one request function of the web UI: a JSON call to `/api` + path with the session's CSRF
 * token on writes; resolves to the parsed body (null when empty), rejects with an ApiError that
 * carries the server's message. A 401 calls the whenUnauthorized handler unless `quiet401`.
 */
export async function request(method, path, body, { quiet401 = false } = {}) {
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
    const message = (data && (data.message || data.title || data.error)) || `${response.status} ${response.statusText}`;
    if (response.status === 401 && !quiet401) onUnauthorized();
    throw new ApiError(response.status, message, data);
  }
  return data;
}

const get = (path, options) => request('GET', path, undefined, options);
const post = (path, body) => request('POST', path, body ?? {});
const patch = (path, body) => request('PATCH', path, body);
const del = (path) => request('DELETE', path);

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
    id: idOf(u.id),
    username: u.username || '',
    role,
    coder: idOf(u.coderId),
    blind: false,
    canCode: role === 'coder' || role === 'owner',
    isOwner: role === 'owner',
  };
}

export function normCode(c) {
  return {
    id: idOf(c.id),
    parent: idOf(c.parent),
    name: c.name,
    definition: c.definition || '',
    colour: c.colour || '',
    version: c.version ?? 0,
    count: null,
  };
}

export function normCoding(c) {
  return {
    id: idOf(c.id),
    document: idOf(c.document),
    code: idOf(c.code),
    coder: idOf(c.coder),
    start: c.start,
    end: c.end,
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
      start: t.start,
      end: t.end,
      startMillis: opt(t.startMs ?? t.startMillis),
      endMillis: opt(t.endMs ?? t.endMillis),
    })),
    sentences: (d.sentences || []).map((s) => ({ index: s.index, start: s.start, end: s.end })),
  };
}

function normHit(h) {
  return {
    document: idOf(h.document),
    documentName: h.documentName || '',
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

/** One line of the memo list (GET /api/memos/list). */
function normMemoEntry(m) {
  return {
    kind: m.kind,
    source: m.source,
    id: idOf(m.id),
    author: idOf(m.author),
    authorName: m.authorName || '',
    document: idOf(m.document),
    documentName: m.documentName || '',
    code: idOf(m.code),
    codeName: m.codeName || '',
    coding: idOf(m.coding),
    start: opt(m.start),
    end: opt(m.end),
    theme: idOf(m.theme),
    themeName: m.themeName || '',
    text: m.text || '',
    at: m.at || '',
    version: m.version ?? 0,
  };
}

/** Undo/redo outcome: touched entities in their new state, deleted ones as {id, deleted}. */
function normOutcome(o) {
  if (!o) return null;
  const gone = (ids) => (ids || []).map((id) => ({ id: idOf(id), deleted: true }));
  return {
    label: o.label || '',
    codes: [...(o.codes || []).map(normCode), ...gone(o.deletedCodes)],
    codings: [...(o.codings || []).map(normCoding), ...gone(o.deletedCodings)],
    state: o.state || null,
  };
}

// ---- endpoints (docs/api.md) ---------------------------------------------------------------

function session(data) {
  setCsrfToken(data.csrfToken || '');
  const user = normUser(data.user || data);
  user.blind = Boolean(data.blindCoding);
  return user;
}

/**
 * Sends a file as the raw body of a POST to `/api` + path with `?name=` its file name; `onProgress`
 * hears the fraction uploaded (0 to 1). XMLHttpRequest, because fetch reports no upload progress.
 */
function upload(path, file, params = {}, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', BASE + path + query({ ...params, name: file.name }));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => onProgress(1));
    xhr.addEventListener('load', () => {
      let data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = { message: xhr.responseText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else {
        if (xhr.status === 401) onUnauthorized();
        reject(new ApiError(xhr.status, (data && (data.message || data.title)) || `${xhr.status} ${xhr.statusText}`, data));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, `${file.name}: the upload failed (connection lost)`, null)));
    xhr.send(file);
  });
}

export const api = {
  async login(username, password) {
    return session(await request('POST', '/session', { username, password }, { quiet401: true }));
  },
  async logout() {
    try {
      await del('/session');
    } finally {
      setCsrfToken('');
    }
  },
  async me() {
    return session(await get('/session', { quiet401: true }));
  },
  async settings() {
    const data = await get('/settings');
    return { blindCoding: Boolean(data && data.blindCoding) };
  },
  async setBlindCoding(blindCoding) {
    return patch('/settings', { blindCoding });
  },

  async documents() {
    return (await get('/documents')).map(normSummary);
  },
  async document(id) {
    return normDocument(await get(`/documents/${encodeURIComponent(id)}`));
  },
  /** Visible codings of a document; `coders` narrows to some layers (array of ids). */
  async codings(documentId, coders) {
    const q = coders && coders.length ? query({ coders: coders.join(',') }) : '';
    return (await get(`/documents/${encodeURIComponent(documentId)}/codings${q}`)).map(normCoding);
  },
  /** Visible codings of all documents, optionally of one code. */
  async allCodings(code) {
    return (await get('/codings' + query({ code }))).map(normCoding);
  },
  async coders() {
    return (await get('/coders')).map((c) => ({ id: idOf(c.id), name: c.name }));
  },
  /** Participants, gathered from the document list (the API has no participant listing). */
  async participants() {
    const seen = new Map();
    for (const d of await api.documents()) if (d.participant) seen.set(d.participant.id, d.participant);
    return [...seen.values()];
  },

  async codes() {
    return (await get('/codes')).map(normCode);
  },
  async createCode({ name, parent = null, colour, definition = '' }) {
    const body = { name, definition };
    if (parent) body.parent = Number(parent);
    if (colour) body.colour = colour;
    return normCode(await post('/codes', body));
  },
  async editCode(code, changes) {
    return normCode(await patch(`/codes/${encodeURIComponent(code.id)}`, { version: code.version, ...changes }));
  },
  async moveCode(code, parent) {
    return normCode(await request('PUT', `/codes/${encodeURIComponent(code.id)}/parent`,
      { version: code.version, parent: parent ? Number(parent) : null }));
  },
  async mergeCode(source, target) {
    return post(`/codes/${encodeURIComponent(source.id)}/merge`, { version: source.version, into: Number(target.id) });
  },
  async deleteCode(code) {
    return del(`/codes/${encodeURIComponent(code.id)}?version=${code.version}`);
  },

  async createCoding(c) {
    return normCoding(await post('/codings', {
      document: Number(c.document), code: Number(c.code), start: c.start, end: c.end, memo: c.memo || '',
    }));
  },
  /** Codes many spans with one code as one undoable action; returns the codings created. */
  async createCodings(code, spans, memo = '') {
    const data = await post('/codings/batch', {
      code: Number(code), memo,
      spans: spans.map((s) => ({ document: Number(s.document), start: s.start, end: s.end })),
    });
    return (data.codings || []).map(normCoding);
  },
  /** "Code all results": the server runs the query and widens each hit (match, sentence, turn). */
  async autocode({ text, speaker, document, where, code, expand }) {
    const q = { text };
    if (speaker) q.speaker = speaker;
    if (document) q.document = document;
    if (where && Object.keys(where).length) q.where = where;
    const data = await post('/codings/batch', { code: Number(code), query: q, expand });
    return { created: data.created, codings: (data.codings || []).map(normCoding) };
  },
  async editCoding(coding, changes) {
    const body = { version: coding.version, ...changes };
    if (body.code !== undefined) body.code = Number(body.code);
    return normCoding(await patch(`/codings/${encodeURIComponent(coding.id)}`, body));
  },
  async deleteCoding(coding) {
    await del(`/codings/${encodeURIComponent(coding.id)}?version=${coding.version}`);
    return { ...coding, deleted: true };
  },

  /** The memo list: `{kind, author, q, document, code, theme, limit}`, each optional. */
  async memoList(params = {}) {
    const data = await get('/memos/list' + query(params));
    return { memos: (data.memos || []).map(normMemoEntry), truncated: Boolean(data.truncated) };
  },
  /** Writes a memo on the project (no target), a document or a code. */
  async createMemo({ text, document = null, code = null }) {
    const body = { text };
    if (document) body.document = Number(document);
    if (code) body.code = Number(code);
    return post('/memos', body);
  },
  async editMemo(memo, text) {
    return patch(`/memos/${encodeURIComponent(memo.id)}`, { version: memo.version, text });
  },
  async deleteMemo(memo) {
    return del(`/memos/${encodeURIComponent(memo.id)}?version=${memo.version}`);
  },
  /** A code's coded passages (`{layer, total, passages}`), e.g. `{limit: 100}`. */
  async codePassages(code, params = {}) {
    return get(`/codes/${encodeURIComponent(code)}/passages` + query(params));
  },

  async undoState() {
    const data = await get('/undo');
    return { undo: data.undo || null, redo: data.redo || null };
  },
  async undo() {
    return normOutcome(await post('/undo'));
  },
  async redo() {
    return normOutcome(await post('/redo'));
  },

  async search({ q, speaker, document, where = {}, limit }) {
    const params = { q, speaker, document, limit };
    for (const [k, v] of Object.entries(where)) params['where.' + k] = v;
    const data = await get('/search' + query(params));
    return {
      hits: (data.hits || []).map(normHit),
      totalHits: data.totalHits ?? (data.hits || []).length,
      totalExact: data.totalExact !== false,
    };
  },

  /** Imports one transcript (owner); resolves to the document with its speakers. */
  importTranscript(file, onProgress) {
    return upload('/imports/transcripts', file, {}, onProgress);
  },
  /** Reads a transcript as import would and stores nothing: its turns and speakers. */
  previewTranscript(file) {
    return upload('/imports/transcripts', file, { dryRun: 'true' });
  },
  /** A .qdpx (resolves to a job to poll) or .qdc (resolves to what was merged). */
  importRefi(file, onProgress) {
    return upload('/imports/refi', file, {}, onProgress);
  },
  importJob(id) {
    return get(`/imports/jobs/${encodeURIComponent(id)}`);
  },
  /** Matched and unmatched rows of a participants table (CSV or XLSX); writes nothing. */
  previewParticipants(file) {
    return upload('/imports/participants/preview', file);
  },
  attachParticipants(file, matchedOnly) {
    return upload('/imports/participants', file, matchedOnly ? { matchedOnly: 'true' } : {});
  },

  eventsUrl: BASE + '/events',
};
