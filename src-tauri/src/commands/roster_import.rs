use committee_core::{RosterImportCheck, RosterImportRequest, RosterImportResult, RosterImportSheet};
use tauri_plugin_dialog::DialogExt;

commands! {
    /// Asks for the workbook to import; nothing when the office cancels. COMMITTEE_DESK_PICK_FILE
    /// answers instead of the native dialog, which the end-to-end tests cannot reach.
    async fn pick_import_file(app: App) -> Option<String> {
        if let Some(file) = std::env::var_os("COMMITTEE_DESK_PICK_FILE") {
            return Ok(Some(file.to_string_lossy().into_owned()));
        }
        let dialog = app
            .dialog()
            .file()
            .set_title("选择要导入的 Excel 文件")
            .add_filter("Excel 表格", &["xlsx", "xls", "ods"]);
        let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await;
        Ok(picked
            .ok()
            .flatten()
            .and_then(|p| p.into_path().ok())
            .map(|p| p.display().to_string()))
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
