-- 目标任务分解 (004 附件2): one line per task, grouped by 专项行动名称 and numbered by 序号.
-- 配合科室（单位） is free text: documents name groups such as “委机关相关业务科室”, not only units.
CREATE TABLE task (
    id            INTEGER PRIMARY KEY,
    action_name   TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    content       TEXT NOT NULL,
    lead_leader   TEXT NOT NULL DEFAULT '',
    lead_unit_id  INTEGER REFERENCES unit (id),
    cooperating   TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    deleted_at    TEXT
);
CREATE INDEX task_by_unit ON task (lead_unit_id) WHERE deleted_at IS NULL;
