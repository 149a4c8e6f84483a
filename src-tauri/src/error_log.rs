//! The log file: `日志/工作台-2026-12-03.log` in the data folder, one file a day, kept 30 days.
//! It records errors with their causes — what the office can send to whoever supports it — and
//! never the office's data. Written by hand (append a line; remove old files) rather than through
//! a logging framework: that is all a desktop program with one window needs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Duration, Utc};
use committee_core::{CoreError, ErrorCode};

pub const LOG_FOLDER: &str = "日志";
const PREFIX: &str = "工作台-";
const DAYS_KEPT: i64 = 30;

static FOLDER: OnceLock<PathBuf> = OnceLock::new();

/// Sets the folder, removes files older than 30 days, and sends panics to the log too.
pub fn start(data_dir: &Path) {
    let folder = data_dir.join(LOG_FOLDER);
    prune(&folder, office_now().date());
    let _ = FOLDER.set(folder);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        write_line(&format!("程序内部错误：{info}"));
        previous(info);
    }));
}

/// Records `error` met while doing `what`, when it is the program's or the computer's fault;
/// a refused input (a wrong date, a duplicate name) is the window's to show, not the log's.
pub fn record(what: &str, error: &CoreError) {
    if matches!(
        error.code,
        ErrorCode::Invalid | ErrorCode::Conflict | ErrorCode::NotFound | ErrorCode::NotConfigured
    ) {
        return;
    }
    write_line(&format!("{what}：{}", error.report()));
}

fn write_line(text: &str) {
    let Some(folder) = FOLDER.get() else {
        return;
    };
    let now = office_now();
    let path = folder.join(format!("{PREFIX}{}.log", now.format("%Y-%m-%d")));
    let _ = std::fs::create_dir_all(folder);
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(file, "{} {text}", now.format("%H:%M:%S"));
    }
}

fn office_now() -> chrono::NaiveDateTime {
    (Utc::now() + Duration::hours(8)).naive_utc()
}

fn prune(folder: &Path, today: chrono::NaiveDate) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let day = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.strip_prefix(PREFIX))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if day.is_some_and(|d| today - d >= Duration::days(DAYS_KEPT)) {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_files_older_than_thirty_days_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        for day in ["2026-10-01", "2026-11-03", "2026-11-04", "2026-12-03"] {
            std::fs::write(dir.path().join(format!("{PREFIX}{day}.log")), "").unwrap();
        }
        std::fs::write(dir.path().join("说明.txt"), "").unwrap();
        prune(dir.path(), chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["工作台-2026-11-04.log", "工作台-2026-12-03.log", "说明.txt"]);
    }

    #[test]
    fn a_storage_error_is_recorded_with_its_cause() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "拒绝访问");
        let e = CoreError::storage("无法保存到“汇总.xlsx”").caused_by(io);
        assert_eq!(e.report(), "无法保存到“汇总.xlsx”\n  原因：拒绝访问");
    }
}
