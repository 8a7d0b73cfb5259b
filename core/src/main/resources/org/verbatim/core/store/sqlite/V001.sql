-- V001: the base schema for the whole product (later versions add, never edit).
CREATE TABLE participants (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE
);
CREATE TABLE participant_attributes (
  participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (participant_id, name)
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  language TEXT NOT NULL,
  source_format TEXT NOT NULL,
  text TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  length INTEGER NOT NULL,
  words INTEGER NOT NULL,
  participant_id INTEGER REFERENCES participants(id),
  imported_at TEXT NOT NULL
);
CREATE TABLE turns (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  speaker TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  start_ms INTEGER,
  end_ms INTEGER,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE sentences (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (document_id, ord)
);
CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE codes (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES codes(id),
  name TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX codes_parent ON codes(parent_id);
CREATE TABLE codings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  code_id INTEGER NOT NULL REFERENCES codes(id),
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  memo TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX codings_document ON codings(document_id, coder_id);
CREATE INDEX codings_code ON codings(code_id);
CREATE TABLE themes (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES themes(id),
  name TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE theme_codes (
  theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes(id),
  PRIMARY KEY (theme_id, code_id)
);
CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES coders(id),
  document_id INTEGER REFERENCES documents(id),
  code_id INTEGER REFERENCES codes(id),
  coding_id INTEGER REFERENCES codings(id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before_json TEXT,
  after_json TEXT
);
