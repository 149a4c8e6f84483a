//! Opening the database when the app starts: the portable marker decides where it lives,
//! and COMMITTEE_DESK_TODAY (YYYY-MM-DD) fixes the date for demonstrations and tests.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::{Clock, FixedClock, SystemClock};
use committee_core::location::{app_data_dir, database_path};
use committee_core::print::FontDirs;
use committee_core::{CoreError, Desk};
use tauri::{AppHandle, Manager, Runtime};

use crate::state::DeskState;

pub fn open<R: Runtime>(app: &AppHandle<R>) -> DeskState {
    match database_file().and_then(|path| Desk::open(&path, clock())) {
        Ok(mut desk) => {
            desk.set_font_dirs(FontDirs::standard(&bundled_font_dirs(app)));
            DeskState::new(desk)
        }
        Err(e) => DeskState::failed(e),
    }
}

fn database_file() -> Result<PathBuf, CoreError> {
    let data_dir =
        app_data_dir().ok_or_else(|| CoreError::storage("找不到用于保存数据的文件夹（Windows 的 %APPDATA%）"))?;
    let exe_dir = std::env::current_exe().ok().and_then(|p| p.parent().map(PathBuf::from));
    Ok(database_path(exe_dir.as_deref(), &data_dir))
}

/// The fonts shipped beside the program (`fonts\` in the installed or portable folder: on
/// Windows Tauri's resource folder is the program's own).
fn bundled_font_dirs<R: Runtime>(app: &AppHandle<R>) -> Vec<PathBuf> {
    app.path()
        .resource_dir()
        .map(|d| vec![d.join("fonts")])
        .unwrap_or_default()
}

fn clock() -> Arc<dyn Clock> {
    let fixed = std::env::var("COMMITTEE_DESK_TODAY")
        .ok()
        .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    match fixed {
        Some(day) => Arc::new(FixedClock::on(day)),
        None => Arc::new(SystemClock),
    }
}
