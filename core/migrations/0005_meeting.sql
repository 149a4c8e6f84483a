-- 会议 and 纪要 (C4), 督办 (C5).

-- How minutes are numbered: 'year' gives 〔2026〕3号, 'issue' gives 第3期.
ALTER TABLE body_settings ADD COLUMN minutes_number_style TEXT NOT NULL DEFAULT 'year'
    CHECK (minutes_number_style IN ('year', 'issue'));

-- 会议类型 (000 五, 002 第十一—十三条): a body renames, adds and retires its own.
CREATE TABLE meeting_kind (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    -- The role (a Role code) that convenes it by default; '' for none.
    convener_role TEXT NOT NULL DEFAULT '',
    cadence       TEXT NOT NULL CHECK (cadence IN ('yearly', 'monthly', 'weekly', 'ad_hoc')),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    retired       INTEGER NOT NULL DEFAULT 0,
    deleted_at    TEXT
);

CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY,
    kind_id    INTEGER NOT NULL REFERENCES meeting_kind (id),
    title      TEXT NOT NULL,
    meeting_on TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    place      TEXT NOT NULL DEFAULT '',
    convener   TEXT NOT NULL DEFAULT '',
    chair      TEXT NOT NULL DEFAULT '',
    -- 议程: a JSON array of strings, in order.
    agenda     TEXT NOT NULL DEFAULT '[]',
    -- 联系人及电话, printed on the notice.
    contact    TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_day ON meeting (meeting_on, starts_at) WHERE deleted_at IS NULL;

-- 参会人员: a copy of the person as invited, so a later roster change never rewrites who came.
-- attendance NULL means not recorded yet; 'observer' is 列席.
CREATE TABLE invitee (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id),
    member_id     INTEGER REFERENCES member (id),
    unit_name     TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL,
    post          TEXT NOT NULL DEFAULT '',
    sort_order    INTEGER NOT NULL DEFAULT 0,
    attendance    TEXT CHECK (attendance IN ('present', 'leave', 'absent', 'observer')),
    leave_reason  TEXT NOT NULL DEFAULT '',
    stand_in_name TEXT NOT NULL DEFAULT '',
    stand_in_post TEXT NOT NULL DEFAULT '',
    deleted_at    TEXT
);
CREATE INDEX invitee_meeting ON invitee (meeting_id, sort_order) WHERE deleted_at IS NULL;

-- 纪要: one per meeting, numbered per year without gaps; a number is never reused.
CREATE TABLE minutes (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting (id),
    year       INTEGER NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    issued_to  TEXT NOT NULL DEFAULT '',
    copied_to  TEXT NOT NULL DEFAULT '',
    signer     TEXT NOT NULL DEFAULT '',
    issued_on  TEXT NOT NULL,
    UNIQUE (year, number)
);

-- 议定事项: numbered within its minutes; each one is followed up as a 督办 item.
CREATE TABLE decision (
    id         INTEGER PRIMARY KEY,
    minutes_id INTEGER NOT NULL REFERENCES minutes (id),
    seq        INTEGER NOT NULL,
    content    TEXT NOT NULL,
    units      TEXT NOT NULL DEFAULT '',
    deadline   TEXT
);
CREATE INDEX decision_minutes ON decision (minutes_id, seq);

-- 督办事项: from a decision, a 领导批示 or 交办 work.
CREATE TABLE follow_up (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL CHECK (source IN ('decision', 'instruction', 'assigned')),
    decision_id INTEGER REFERENCES decision (id),
    source_note TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,
    units       TEXT NOT NULL DEFAULT '',
    deadline    TEXT,
    status      TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
    created_on  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE UNIQUE INDEX follow_up_decision ON follow_up (decision_id) WHERE decision_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX follow_up_deadline ON follow_up (deadline) WHERE deleted_at IS NULL;

-- 落实情况反馈: dated progress on one item.
CREATE TABLE follow_up_progress (
    id           INTEGER PRIMARY KEY,
    follow_up_id INTEGER NOT NULL REFERENCES follow_up (id),
    on_date      TEXT NOT NULL,
    text         TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE INDEX follow_up_progress_item ON follow_up_progress (follow_up_id, on_date) WHERE deleted_at IS NULL;
