-- 成员单位履职情况 counts an item 按期完成 when it was done by its deadline, so the day it was
-- marked done is kept. Items done before this version take the day of the change that marked
-- them done (office time, UTC+8) from the history; an item with no such change keeps NULL and
-- is counted as done on time.
ALTER TABLE follow_up ADD COLUMN done_on TEXT;

UPDATE follow_up SET done_on = (
    SELECT date(h.at, '+8 hours') FROM history h
    WHERE h.entity = 'follow_up' AND h.entity_id = follow_up.id
      AND h.action IN ('insert', 'update', 'restore')
      AND json_valid(h.after_json) AND json_extract(h.after_json, '$.status') = 'done'
    ORDER BY h.at DESC, h.id DESC LIMIT 1)
WHERE status = 'done';
