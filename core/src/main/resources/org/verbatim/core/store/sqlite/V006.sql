-- Quotes (exports branch, numbered after the themes branch's migration): pinned to theme nodes
-- as kept parts of one document's stored text ("start-end,start-end", UTF-16 offsets, end exclusive,
-- in order, not overlapping); what lies between two parts was trimmed and renders as an ellipsis.
-- Unpinning is soft. Only adds tables.
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  parts TEXT NOT NULL,
  position INTEGER NOT NULL,
  pinned_by TEXT NOT NULL,
  pinned_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT
);
CREATE INDEX quotes_theme ON quotes(theme_id, position);
-- Translations of a quote, entered by a researcher; the newest is current, older ones stay.
CREATE TABLE quote_translations (
  id INTEGER PRIMARY KEY,
  quote_id INTEGER NOT NULL REFERENCES quotes(id),
  text TEXT NOT NULL,
  language TEXT NOT NULL,
  translated_by TEXT NOT NULL,
  translated_at TEXT NOT NULL
);
CREATE INDEX quote_translations_quote ON quote_translations(quote_id, id);
