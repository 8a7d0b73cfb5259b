-- V004 (themes branch): theme status, memo and version for undo; the review history of each
-- theme's status; dismissed theme proposals.
ALTER TABLE themes ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE themes ADD COLUMN memo TEXT NOT NULL DEFAULT '';
ALTER TABLE themes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX themes_parent ON themes(parent_id);
CREATE INDEX theme_codes_code ON theme_codes(code_id);
CREATE TABLE theme_reviews (
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES themes(id),
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX theme_reviews_theme ON theme_reviews(theme_id, id);
CREATE TABLE theme_proposal_dismissals (
  proposal_key TEXT PRIMARY KEY,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
