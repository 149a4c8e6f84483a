//! 设置 → 关于: the version and the data folder, which the office can open to back it up.

use committee_core::{About, CoreError};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use super::Answer;
use crate::state::DeskState;

#[tauri::command]
pub fn about(desk: State<'_, DeskState>) -> Answer<About> {
    desk.with(|d| Ok(d.about()))
}

/// Opens the data folder in Explorer (the file manager on Linux).
#[tauri::command]
pub fn open_data_folder<R: Runtime>(app: AppHandle<R>, desk: State<'_, DeskState>) -> Answer<String> {
    let folder = desk
        .with(|d| Ok(d.about().data_folder))?
        .ok_or_else(|| CoreError::storage("数据没有保存在文件夹中"))?;
    if std::env::var_os("COMMITTEE_DESK_SAVE_DIR").is_none() {
        app.opener()
            .open_path(folder.clone(), None::<&str>)
            .map_err(|e| CoreError::storage(format!("无法打开文件夹“{folder}”：{e}")))?;
    }
    Ok(folder)
}
