//! Opening the database when the app starts (the portable marker decides where it lives;
//! COMMITTEE_DESK_TODAY, YYYY-MM-DD, fixes the date for demonstrations and tests), the day's
//! first backup, and the backup on exit after a change.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::{Clock, FixedClock, SystemClock};
use committee_core::location::{app_data_dir, database_path};
use committee_core::safety::backup;
use committee_core::{CoreError, ErrorCode};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::error_log;
use crate::state::DeskState;

pub fn open<R: Runtime>(app: &AppHandle<R>) -> DeskState {
    let path = database_file();
    if let Ok(path) = &path {
        error_log::start(path.parent().unwrap_or(path));
    }
    let state = DeskState::open(path, clock(), bundled_font_dirs(app));
    if let Some(problem) = state.problem() {
        error_log::record("打开数据", &problem);
    }
    state
}

/// What the window is told when the check beside it finds the file damaged.
pub const DESK_PROBLEM_EVENT: &str = "desk-problem";

/// Off the window's thread, through their own connections so the office can work meanwhile:
/// the check of every page of the database that the start left out, then the day's first
/// backup — never of a damaged file. A damaged file closes the desk and the window is told, so
/// it shows the recovery screen.
pub fn check_then_back_up<R: Runtime>(app: AppHandle<R>) {
    let state = app.state::<DeskState>();
    if state.problem().is_some() {
        return;
    }
    let (Some(path), clock) = (state.path().map(PathBuf::from), state.clock()) else {
        return;
    };
    std::thread::spawn(move || {
        if let Err(e) = app.state::<DeskState>().check_pages() {
            error_log::record("数据自检", &e);
            if e.code == ErrorCode::Damaged {
                let _ = app.emit(DESK_PROBLEM_EVENT, e.message);
                return;
            }
        }
        if let Err(e) = backup::daily_backup(&path, clock.now()) {
            error_log::record("每日自动备份", &e);
        }
    });
}

/// When the program ends: a backup if anything changed since the last one.
pub fn on_exit(state: &DeskState) {
    if state.problem().is_some() {
        return;
    }
    if let Some(path) = state.path() {
        if let Err(e) = backup::backup_on_exit(path, state.clock().now()) {
            error_log::record("退出时自动备份", &e);
        }
    }
}

fn database_file() -> Result<PathBuf, CoreError> {
    let data_dir =
        app_data_dir().ok_or_else(|| CoreError::storage("找不到用于保存数据的文件夹（Windows 的 %APPDATA%）"))?;
    let exe_dir = std::env::current_exe().ok().and_then(|p| p.parent().map(PathBuf::from));
    Ok(database_path(exe_dir.as_deref(), &data_dir))
}

/// The fonts shipped beside the program (`fonts\\` in the installed or portable folder: on
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
