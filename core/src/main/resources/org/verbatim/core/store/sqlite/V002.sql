-- V002: accounts and login sessions for the server, each actor's undo history, memo versions.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'coder', 'viewer')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- Times in epoch milliseconds so that expiry compares numerically.
CREATE TABLE login_sessions (
  token_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL
);
CREATE INDEX login_sessions_account ON login_sessions(account_id);
-- One row per undoable action; undo_seq orders undone actions so redo takes the latest first.
CREATE TABLE undo_actions (
  id INTEGER PRIMARY KEY,
  actor TEXT NOT NULL,
  label TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
  undo_seq INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX undo_actions_actor ON undo_actions(actor, state, id);
-- Full row states before and after; version is the row's version right after the action (or after
-- its latest undo or redo), so a later change by anyone else is detected.
CREATE TABLE undo_changes (
  action_id INTEGER NOT NULL REFERENCES undo_actions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (action_id, seq)
);
ALTER TABLE memos ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX memos_document ON memos(document_id);
CREATE INDEX codings_coder ON codings(coder_id);
