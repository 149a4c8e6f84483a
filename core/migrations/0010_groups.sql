-- 专项行动工作组 and 专家咨询委员会 (C3).

-- A group's cooperating units (JSON array of unit ids), its 组长/副组长/成员 (JSON array of
-- {role, memberId, name, post, unitName}: a seat from the roster, or a person typed in),
-- its duties and targets, and the day it was retired (撤销); a retired group keeps its row.
ALTER TABLE action_group ADD COLUMN cooperating_unit_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE action_group ADD COLUMN people TEXT NOT NULL DEFAULT '[]';
ALTER TABLE action_group ADD COLUMN duties TEXT NOT NULL DEFAULT '';
ALTER TABLE action_group ADD COLUMN targets TEXT NOT NULL DEFAULT '';
ALTER TABLE action_group ADD COLUMN retired_on TEXT;

-- 专家咨询委员会 (000 四): recommended by a working group or a county/district, two-year terms;
-- 解聘 with its date, reason and approving document. 在聘 and 期满 follow from the term.
CREATE TABLE expert (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    employer            TEXT NOT NULL DEFAULT '',
    professional_title  TEXT NOT NULL DEFAULT '',
    specialty           TEXT NOT NULL DEFAULT '',
    recommender_kind    TEXT NOT NULL CHECK (recommender_kind IN ('group', 'area')),
    recommender_group_id INTEGER REFERENCES action_group (id),
    recommender_area    TEXT NOT NULL DEFAULT '',
    panel_role          TEXT NOT NULL CHECK (panel_role IN ('director', 'deputy', 'member')),
    term_from           TEXT NOT NULL,
    term_to             TEXT NOT NULL,
    phone               TEXT NOT NULL DEFAULT '',
    dismissed_on        TEXT,
    dismissal_reason    TEXT NOT NULL DEFAULT '',
    dismissal_document  TEXT NOT NULL DEFAULT '',
    sort_order          INTEGER NOT NULL DEFAULT 0,
    deleted_at          TEXT,
    CHECK (term_to > term_from),
    CHECK (recommender_kind = 'area' OR recommender_group_id IS NOT NULL)
);
CREATE INDEX expert_term ON expert (term_to) WHERE deleted_at IS NULL;
