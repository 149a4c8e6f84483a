-- Indexes for a body that keeps ten years (the scale benchmark, `examples/scale`): a unit's
-- earlier returns (复制上月内容, each form sent out), a return's attachments (the board), and the
-- history's actors (the 操作记录 filter) without reading every row.
CREATE INDEX report_unit ON report (unit_id, period_id);
CREATE INDEX report_attachment_report ON report_attachment (report_id) WHERE deleted_at IS NULL;
CREATE INDEX history_actor ON history (actor);
