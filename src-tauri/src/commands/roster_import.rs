use committee_core::{RosterImportCheck, RosterImportRequest, RosterImportResult, RosterImportSheet};

use super::pickers::pick_file;

commands! {
    /// Asks for the workbook to import; nothing when the office cancels. COMMITTEE_DESK_PICK_FILE
    /// answers instead of the native dialog, which the end-to-end tests cannot reach.
    async fn pick_import_file(app: App) -> Option<String> {
        let filter = ("Excel 表格", &["xlsx", "xls", "ods"][..]);
        let picked = pick_file(&app, "选择要导入的 Excel 文件", filter, "COMMITTEE_DESK_PICK_FILE").await;
        Ok(picked.map(|p| p.display().to_string()))
    }

    pub fn import_sheets(desk: Desk, path: String) -> Vec<RosterImportSheet> {
        desk.with(|d| d.import_sheets(&path))
    }

    pub fn check_roster_import(desk: Desk, request: RosterImportRequest) -> RosterImportCheck {
        desk.with(|d| d.check_roster_import(&request))
    }

    pub fn import_roster(desk: Desk, request: RosterImportRequest) -> RosterImportResult {
        desk.with(|d| d.import_roster(&request))
    }
}
