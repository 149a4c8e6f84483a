-- History keeps what a change changed rather than two whole copies of the record (see
-- `store/history_diff.rs`). This step's hook rewrites the rows written before in that form; the
-- statement below only marks which rows it rewrote, for the record.
CREATE TABLE history_compacted (at TEXT NOT NULL, rows INTEGER NOT NULL);
