-- 催报 (C8+): each reminder the office gives a unit that has not reported, who gave it, when and
-- how; the board and the unit's record count them.
CREATE TABLE reminder (
    id         INTEGER PRIMARY KEY,
    period_id  INTEGER NOT NULL REFERENCES period (id),
    unit_id    INTEGER NOT NULL REFERENCES unit (id),
    -- RFC 3339, UTC.
    given_at   TEXT NOT NULL,
    given_by   TEXT NOT NULL DEFAULT '',
    channel    TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'wechat', 'notice', 'in_person')),
    note       TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE INDEX reminder_period ON reminder (period_id, unit_id) WHERE deleted_at IS NULL;
