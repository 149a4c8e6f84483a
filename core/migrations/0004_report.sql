-- 信息收集汇总表 (004 附件3): one reporting period per month, one return (填报) per lead unit
-- per period, one row per task that unit leads. The task's 工作内容 and 牵头领导 are copied
-- into the row so a later edit of the breakdown never rewrites a return already sent.
CREATE TABLE period (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL,
    month     INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    -- The last day a return counts as on time (inclusive); a weekend date is kept as given.
    deadline  TEXT NOT NULL,
    UNIQUE (year, month)
);

CREATE TABLE report (
    id                 INTEGER PRIMARY KEY,
    period_id          INTEGER NOT NULL REFERENCES period (id),
    unit_id            INTEGER NOT NULL REFERENCES unit (id),
    submitted          INTEGER NOT NULL DEFAULT 0,
    -- 填报科室（单位）, 填报日期, 填报人 as the unit wrote them.
    filled_department  TEXT NOT NULL DEFAULT '',
    filled_on          TEXT,
    filled_by          TEXT NOT NULL DEFAULT '',
    -- The day the office received the return; later than the deadline means 逾期报送.
    submitted_on       TEXT,
    -- The returned workbook, kept in the data folder (path relative to it).
    source_file        TEXT,
    UNIQUE (period_id, unit_id)
);

CREATE TABLE report_row (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    task_id       INTEGER NOT NULL REFERENCES task (id),
    content       TEXT NOT NULL,
    lead_leader   TEXT NOT NULL DEFAULT '',
    progress      TEXT NOT NULL DEFAULT '',
    reasons_next  TEXT NOT NULL DEFAULT '',
    difficulties  TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, task_id)
);

-- Documents and images sent with a return (004 附件3 备注2), copied into the data folder.
CREATE TABLE report_attachment (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES report (id),
    file_name    TEXT NOT NULL,
    stored_path  TEXT NOT NULL,
    size         INTEGER NOT NULL,
    deleted_at   TEXT
);
