-- Data safety (C9). The history table is rebuilt (SQLite cannot change a CHECK in place) to
-- number each change, so the recycle bin can undo a delete together with what the same change
-- did to other records (the seats and liaison a unit's removal ended), and to record the two
-- actions of the recycle bin: a restore and a removal for good.
CREATE TABLE history_new (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore', 'purge')),
    before_json TEXT,
    after_json  TEXT,
    -- One number per transaction; NULL on rows written before this version.
    change_id   INTEGER
);
INSERT INTO history_new (id, at, actor, entity, entity_id, action, before_json, after_json)
    SELECT id, at, actor, entity, entity_id, action, before_json, after_json FROM history;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_entity ON history (entity, entity_id);
CREATE INDEX history_change ON history (change_id);
CREATE INDEX history_at ON history (at);
