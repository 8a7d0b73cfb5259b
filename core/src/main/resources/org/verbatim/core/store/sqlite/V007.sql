-- REFI-QDA interchange: the GUID each exported or imported object carries, so that a project keeps
-- the same GUIDs from one export to the next and a codebook merge can match codes by GUID.
CREATE TABLE interchange_guids (
  kind TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  PRIMARY KEY (kind, local_id)
);
CREATE UNIQUE INDEX interchange_guids_guid ON interchange_guids(kind, guid);
-- REFI-QDA users who coded nothing and wrote no note (such as ATLAS.ti's system user): kept as
-- users only, so a re-export carries them, but never made coders.
CREATE TABLE interchange_users (
  guid TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
