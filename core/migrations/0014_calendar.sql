-- 工作日历 (C8+): the days off and the 调休 working days of each year, as the State Council's
-- yearly notice gives them; a day not listed is a working day from Monday to Friday.
CREATE TABLE calendar_day (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL,
    -- 'off': 放假; 'work': 调休上班 on a weekend day.
    kind       TEXT NOT NULL CHECK (kind IN ('off', 'work')),
    -- The holiday it belongs to: 春节, 国庆节 …
    name       TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE UNIQUE INDEX calendar_day_live ON calendar_day (day) WHERE deleted_at IS NULL;

-- A monthly deadline on a day off stays where it falls ('keep', as before) or moves to the last
-- working day before it ('earlier').
ALTER TABLE body_settings ADD COLUMN deadline_on_day_off TEXT NOT NULL DEFAULT 'keep'
    CHECK (deadline_on_day_off IN ('keep', 'earlier'));

-- A 督办 time limit given in working days: the deadline is worked out from the calendar when the
-- item is saved, and the count kept to show beside it.
ALTER TABLE follow_up ADD COLUMN working_days INTEGER CHECK (working_days IS NULL OR working_days > 0);
