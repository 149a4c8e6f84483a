//! 设置 → 备份与恢复: backups kept in the data folder, a backup to a folder the office picks,
//! and restoring one after a preview. Slow work runs off the window's thread.

use std::path::Path;

use committee_core::safety::restore;
use committee_core::BackupInfo;
use tauri::Manager;

use super::exports::open_in_system;
use super::pickers::{pick_file, pick_folder};
use super::blocking;
use crate::state::DeskState;

commands! {
    /// The backups kept in the data folder's 备份, newest first.
    pub fn backups(desk: Desk) -> Vec<BackupInfo> {
        desk.with(|d| d.backups())
    }

    /// 立即备份: asks for a folder (a USB stick) and writes a backup there; nothing when cancelled.
    async fn back_up_now(app: App) -> Option<BackupInfo> {
        let Some(folder) = pick_folder(&app, "选择保存备份的文件夹（例如 U 盘）").await else {
            return Ok(None);
        };
        blocking(move || app.state::<DeskState>().with(|d| d.back_up_to(&folder))).await.map(Some)
    }

    /// Asks for a backup file to restore from; nothing when cancelled.
    async fn pick_backup_file(app: App) -> Option<String> {
        let filter = ("工作台备份", &["zip"][..]);
        let picked = pick_file(&app, "选择要恢复的备份文件", filter, "COMMITTEE_DESK_PICK_BACKUP").await;
        Ok(picked.map(|p| p.display().to_string()))
    }

    /// Reads a backup through and answers what it holds; nothing is changed.
    async fn preview_backup(app: App, path: String) -> BackupInfo {
        let _ = app;
        blocking(move || restore::preview(Path::new(&path))).await
    }

    /// 恢复: the backup replaces the data; answers the backup of the data as it was before.
    async fn restore_backup(app: App, path: String) -> BackupInfo {
        blocking(move || app.state::<DeskState>().with(|d| d.restore_backup(Path::new(&path)))).await
    }

    /// Opens 备份 in Explorer.
    pub fn open_backup_folder(app: App, desk: Desk) -> String {
        let folder = desk.with(|d| d.backup_folder())?;
        std::fs::create_dir_all(&folder)?;
        let folder = folder.display().to_string();
        open_in_system(&app, &folder, &format!("无法打开文件夹“{folder}”"))?;
        Ok(folder)
    }
}
