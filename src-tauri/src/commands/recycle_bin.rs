//! 回收站: what was deleted, restoring it, and removing it for good.

use committee_core::{BinItem, BinKind};

commands! {
    pub fn recycle_bin(desk: Desk) -> Vec<BinItem> {
        desk.with(|d| d.recycle_bin())
    }

    /// Answers the records left as they were because they changed again since the deletion.
    pub fn restore_from_bin(desk: Desk, kind: BinKind, id: i64) -> Vec<String> {
        desk.with(|d| d.restore_from_bin(kind, id))
    }

    pub fn purge_from_bin(desk: Desk, kind: BinKind, id: i64) -> () {
        desk.with(|d| d.purge_from_bin(kind, id))
    }
}
