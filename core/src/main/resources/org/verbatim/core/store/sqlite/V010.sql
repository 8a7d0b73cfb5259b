-- The document listing without walking the documents' text. A documents row holds the text
-- before sha256, length, words, participant_id and imported_at, so reading those walked each
-- row's text, and counting turns read every turn: at 1,000 transcripts the listing took 60-65 ms.
-- A covering index of the summary columns in name order and a stored turn count: 2-4 ms.
CREATE INDEX documents_summary ON documents(
  name, id, language, source_format, sha256, length, words, participant_id, imported_at);
-- documents and their turns never change after import, so the count is written once, on import
CREATE TABLE document_turns (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  turns INTEGER NOT NULL
);
INSERT INTO document_turns(document_id, turns)
  SELECT d.id, (SELECT COUNT(*) FROM turns t WHERE t.document_id = d.id) FROM documents d;
