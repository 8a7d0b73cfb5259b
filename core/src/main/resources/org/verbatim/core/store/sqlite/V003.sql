-- V003: reconciliation. Each decision settles one disagreement between coders on a document.
-- Decisions are never deleted: revisiting writes a new one and points the old one at it.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  outcome_json TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  superseded_by INTEGER REFERENCES decisions(id)
);
CREATE INDEX decisions_document ON decisions(document_id, key);
-- The coders' codings a decision settled, at the version it saw them.
CREATE TABLE decision_sources (
  decision_id INTEGER NOT NULL REFERENCES decisions(id),
  coding_id INTEGER NOT NULL REFERENCES codings(id),
  version INTEGER NOT NULL,
  PRIMARY KEY (decision_id, coding_id)
);
CREATE INDEX decision_sources_coding ON decision_sources(coding_id);
-- Provenance: which coders' codings each consensus coding comes from, and the decision that wrote it.
CREATE TABLE consensus_provenance (
  consensus_coding_id INTEGER NOT NULL REFERENCES codings(id),
  source_coding_id INTEGER NOT NULL REFERENCES codings(id),
  decision_id INTEGER NOT NULL REFERENCES decisions(id),
  PRIMARY KEY (consensus_coding_id, source_coding_id)
);
CREATE INDEX consensus_provenance_decision ON consensus_provenance(decision_id);
