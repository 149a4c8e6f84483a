//! 操作记录: every change, filtered, and its export to Excel.

use committee_core::{ExportFormat, HistoryPage, HistoryQuery};

use super::exports::{render, save};

commands! {
    pub fn history(desk: Desk, query: HistoryQuery) -> HistoryPage {
        desk.with(|d| d.history(&query))
    }

    /// Saves the changes the filters select (every page) as a workbook.
    async fn export_history(app: App, query: HistoryQuery) -> Option<String> {
        let bytes = render(&app, move |d| d.history_xlsx(&query)).await?;
        save(&app, "操作记录.xlsx".into(), ExportFormat::Xlsx, bytes).await
    }
}
