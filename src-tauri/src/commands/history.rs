//! 操作记录: every change, filtered; its export goes through `export_output`.

use committee_core::{HistoryPage, HistoryQuery};

commands! {
    pub fn history(desk: Desk, query: HistoryQuery) -> HistoryPage {
        desk.with(|d| d.history(&query))
    }

}
