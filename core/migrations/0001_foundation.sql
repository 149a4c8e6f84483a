-- The body's settings: one row, written by the first-start wizard (C0).
CREATE TABLE body_settings (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    body_name               TEXT NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('committee', 'leading_group')),
    region                  TEXT NOT NULL DEFAULT '',
    office_name             TEXT NOT NULL DEFAULT '',
    host_unit               TEXT NOT NULL DEFAULT '',
    doc_prefix_body         TEXT NOT NULL DEFAULT '',
    doc_prefix_office       TEXT NOT NULL DEFAULT '',
    doc_prefix_letter       TEXT NOT NULL DEFAULT '',
    member_title            TEXT NOT NULL DEFAULT '成员',
    monthly_deadline_day    INTEGER NOT NULL DEFAULT 25 CHECK (monthly_deadline_day BETWEEN 1 AND 31),
    weekly_report           INTEGER NOT NULL DEFAULT 0,
    weekly_deadline_weekday INTEGER NOT NULL DEFAULT 4 CHECK (weekly_deadline_weekday BETWEEN 1 AND 7),
    weekly_deadline_time    TEXT NOT NULL DEFAULT '17:00',
    operator                TEXT NOT NULL DEFAULT '',
    preset                  TEXT
);

-- 成员单位 (C1).
CREATE TABLE unit (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active_from TEXT,
    active_to   TEXT,
    deleted_at  TEXT
);
CREATE INDEX unit_sort ON unit (sort_order, id) WHERE deleted_at IS NULL;

-- 组成人员: one seat held by one person for one term (C1). A replacement ends the
-- old seat and starts a new one; rows are never overwritten by a change of person.
CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL,
    person_name TEXT NOT NULL,
    unit_id     INTEGER REFERENCES unit (id),
    post        TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    term_from   TEXT NOT NULL,
    term_to     TEXT,
    phone       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    replaced_by INTEGER REFERENCES member (id),
    deleted_at  TEXT,
    CHECK (term_to IS NULL OR term_to >= term_from)
);
CREATE INDEX member_unit ON member (unit_id);
CREATE INDEX member_term ON member (term_from, term_to) WHERE deleted_at IS NULL;

-- 联络员: one current liaison per unit (C2, 002 第八条); earlier ones keep their end date.
CREATE TABLE liaison (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES unit (id),
    name         TEXT NOT NULL,
    department   TEXT NOT NULL DEFAULT '',
    post         TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    mobile       TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    start_on     TEXT NOT NULL,
    end_on       TEXT,
    deleted_at   TEXT
);
CREATE UNIQUE INDEX liaison_current ON liaison (unit_id) WHERE end_on IS NULL AND deleted_at IS NULL;

-- 备案: a change filed with the office (a seat replaced or ended, a liaison changed).
CREATE TABLE filing (
    id        INTEGER PRIMARY KEY,
    unit_id   INTEGER REFERENCES unit (id),
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    filed_on  TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    filed_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX filing_unit ON filing (unit_id, filed_on);

-- 专项行动工作组: name and lead unit, as the presets carry them (C3 builds on this).
CREATE TABLE action_group (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    lead_unit_id INTEGER REFERENCES unit (id),
    deleted_at   TEXT
);

-- 操作记录: every insert, update and delete, written in the same transaction as the change.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX history_entity ON history (entity, entity_id);
