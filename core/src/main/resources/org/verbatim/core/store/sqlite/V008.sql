-- Rule batches: the decisions one application of reconciliation rules wrote, undone together.
-- Undoing a batch withdraws its decisions that are still current: such a decision points
-- superseded_by at itself, so it is no longer current and nothing replaces it.
CREATE TABLE rule_batches (
  id INTEGER PRIMARY KEY,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  rules TEXT NOT NULL,
  undone_at TEXT
);
ALTER TABLE decisions ADD COLUMN batch_id INTEGER REFERENCES rule_batches(id);
CREATE INDEX decisions_batch ON decisions(batch_id);
