-- Which stored documents the search index holds, written after the index commit. The index is
-- derived from the store: a document without a row here (an import killed between its store
-- commit and its index commit, or a project from before this table) is indexed again when the
-- project opens.
CREATE TABLE indexed_documents (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  indexed_at TEXT NOT NULL
);
