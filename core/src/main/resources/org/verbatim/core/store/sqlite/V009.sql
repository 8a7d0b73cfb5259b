-- Cached linguistic annotations (tokens, lemmas, tags, entities), one compact blob per document
-- and annotator version. Derived data: never audited, made again when the annotator version or
-- the document's text (by SHA-256) differs.
CREATE TABLE annotations (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  tokens BLOB NOT NULL,
  PRIMARY KEY (document_id, version)
);
