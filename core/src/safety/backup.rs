//! 备份: a backup on the first start of each day and on exit after a change, kept in the data
//! folder's `备份/` (the last 30 days and the last 12 months), and the office's own backups to a
//! folder it picks, such as a USB stick.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use crate::common::clock::office_time;
use crate::common::error::{CoreError, Result};
use crate::desk::Desk;
use crate::safety::backup_file::{self, BackupFile, Manifest};
use crate::safety::counts::AreaCounts;

/// The folder in the data folder that holds the automatic backups.
pub const BACKUP_FOLDER: &str = "备份";
const DAYS_KEPT: usize = 30;
const MONTHS_KEPT: usize = 12;

crate::coded_enum! {
    pub enum BackupKind: "备份类别" {
        /// On the day's first start, or on exit after a change.
        Auto = "auto" / "自动备份",
        /// The data as it was before a restore replaced it.
        BeforeRestore = "before_restore" / "恢复前备份",
        /// Made by the office with 立即备份.
        Manual = "manual" / "手动备份",
    }
}

impl BackupKind {
    /// The start of the file's name; the office's own backups name the program.
    fn prefix(self) -> &'static str {
        match self {
            Self::Manual => "工作台备份",
            other => other.label(),
        }
    }

    fn of_name(name: &str) -> Self {
        [Self::Auto, Self::BeforeRestore]
            .into_iter()
            .find(|k| name.starts_with(k.prefix()))
            .unwrap_or(Self::Manual)
    }
}

/// A backup file as the window lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: String,
    pub name: String,
    pub kind: BackupKind,
    /// RFC 3339, UTC.
    pub created_at: String,
    #[ts(type = "number")]
    pub size: u64,
    pub body_name: String,
    pub program_version: String,
    pub schema_version: u32,
    pub counts: AreaCounts,
}

impl BackupInfo {
    pub(crate) fn new(path: &Path, manifest: Manifest) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Self {
            path: path.display().to_string(),
            kind: BackupKind::of_name(&name),
            name,
            created_at: manifest.created_at,
            size: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
            body_name: manifest.body_name,
            program_version: manifest.program_version,
            schema_version: manifest.schema_version,
            counts: manifest.counts,
        }
    }
}

impl Desk {
    /// `备份/` in the data folder.
    pub fn backup_folder(&self) -> Result<PathBuf> {
        Ok(backup_folder_of(&self.database_file()?))
    }

    /// 立即备份: a backup into `folder`, named with the body and the time.
    pub fn back_up_to(&self, folder: &Path) -> Result<BackupInfo> {
        self.back_up(folder, BackupKind::Manual)
    }

    pub(crate) fn back_up(&self, folder: &Path, kind: BackupKind) -> Result<BackupInfo> {
        back_up_into(&self.database_file()?, folder, kind, self.clock().now())
    }

    /// The backups in `备份/`, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        Ok(backups_in(&self.backup_folder()?))
    }

    /// On start: see [`daily_backup`].
    pub fn daily_backup(&self) -> Result<Option<BackupInfo>> {
        daily_backup(&self.database_file()?, self.clock().now())
    }

    /// On exit: see [`backup_on_exit`].
    pub fn backup_on_exit(&self) -> Result<Option<BackupInfo>> {
        backup_on_exit(&self.database_file()?, self.clock().now())
    }

    pub(crate) fn database_file(&self) -> Result<PathBuf> {
        self.path()
            .map(Path::to_path_buf)
            .ok_or_else(|| CoreError::storage("这个工作台没有数据文件，无法备份"))
    }
}

/// `备份/` beside the database `db`.
pub fn backup_folder_of(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(BACKUP_FOLDER)
}

/// The backups in `folder`, newest first. A file that cannot be read as a backup is left out.
pub fn backups_in(folder: &Path) -> Vec<BackupInfo> {
    let mut found: Vec<BackupInfo> = zip_files(folder)
        .into_iter()
        .filter_map(|path| BackupFile::open(&path).ok().map(|b| BackupInfo::new(&path, b.manifest)))
        .collect();
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.name.cmp(&a.name)));
    found
}

/// The day's first backup, unless there is one today or nothing was ever saved. Reads through its
/// own connection, so the program need not wait for it.
pub fn daily_backup(db: &Path, now: DateTime<Utc>) -> Result<Option<BackupInfo>> {
    let folder = backup_folder_of(db);
    let today = office_time(now).format("%Y-%m-%d").to_string();
    let done_today = auto_backups(&folder).iter().any(|(key, _)| key.0.starts_with(&today));
    if done_today || last_history_id(db)? == 0 {
        return Ok(None);
    }
    automatic(db, &folder, now).map(Some)
}

/// A backup when something changed since the newest automatic one: on exit.
pub fn backup_on_exit(db: &Path, now: DateTime<Utc>) -> Result<Option<BackupInfo>> {
    let folder = backup_folder_of(db);
    let newest = auto_backups(&folder).into_iter().max_by(|a, b| a.0.cmp(&b.0));
    let saved_up_to = newest
        .and_then(|(_, path)| BackupFile::open(&path).ok())
        .map_or(0, |b| b.manifest.last_history_id);
    // Not `<=`: after a restore of an older backup the history starts again from a lower number.
    if last_history_id(db)? == saved_up_to {
        return Ok(None);
    }
    automatic(db, &folder, now).map(Some)
}

fn automatic(db: &Path, folder: &Path, now: DateTime<Utc>) -> Result<BackupInfo> {
    let info = back_up_into(db, folder, BackupKind::Auto, now)?;
    prune(folder)?;
    Ok(info)
}

/// A backup of the database `db` into `folder`, under a free name for its kind and time.
fn back_up_into(db: &Path, folder: &Path, kind: BackupKind, now: DateTime<Utc>) -> Result<BackupInfo> {
    let dest = free_name(folder, kind, now);
    let manifest = backup_file::write(db, &dest, now)?;
    Ok(BackupInfo::new(&dest, manifest))
}

fn last_history_id(db: &Path) -> Result<i64> {
    Ok(crate::store::open_read_only(db)?.query_row("SELECT COALESCE(MAX(id), 0) FROM history", [], |r| r.get(0))?)
}

/// `自动备份_2026-12-03_083005.zip`, with `_2`, `_3` … when that name is taken.
fn free_name(folder: &Path, kind: BackupKind, at: DateTime<Utc>) -> PathBuf {
    let stem = format!("{}_{}", kind.prefix(), office_time(at).format("%Y-%m-%d_%H%M%S"));
    std::iter::once(folder.join(format!("{stem}.zip")))
        .chain((2..).map(|n| folder.join(format!("{stem}_{n}.zip"))))
        .find(|p| !p.exists())
        .expect("some numbered name is free")
}

/// `.part` files older than an hour: no backup takes that long, so their writer is gone.
fn remove_stale_parts(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let hour = std::time::Duration::from_secs(3600);
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let part = path.extension().is_some_and(|x| x == "part");
        let old = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > hour));
        if part && old {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn zip_files(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "zip"))
        .collect()
}

/// The automatic backups with their sort key: the office time in the name, then the number
/// added to a name already taken.
fn auto_backups(folder: &Path) -> Vec<((String, u32), PathBuf)> {
    let prefix = format!("{}_", BackupKind::Auto.prefix());
    zip_files(folder)
        .into_iter()
        .filter_map(|path| {
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            let rest = stem.strip_prefix(&prefix)?;
            let (time, n) = match rest.get(17..) {
                Some(tail) if tail.starts_with('_') => (rest[..17].to_owned(), tail[1..].parse().ok()?),
                _ => (rest.to_owned(), 1),
            };
            Some(((time, n), path))
        })
        .collect()
}

/// Keeps the newest automatic backup of each of the last 30 days with one, and of each of the
/// last 12 months with one; removes the rest, and what a backup cut off by a crash left behind.
/// Backups made before a restore stay.
fn prune(folder: &Path) -> Result<()> {
    remove_stale_parts(folder);
    let mut autos = auto_backups(folder);
    autos.sort_by(|a, b| b.0.cmp(&a.0));
    let (mut days, mut months) = (BTreeSet::new(), BTreeSet::new());
    for ((time, _), path) in autos {
        let day = time.get(..10).unwrap_or_default().to_owned();
        let month = time.get(..7).unwrap_or_default().to_owned();
        let newest_of_day = days.len() < DAYS_KEPT && days.insert(day);
        let newest_of_month = months.len() < MONTHS_KEPT && months.insert(month);
        if !newest_of_day && !newest_of_month {
            std::fs::remove_file(&path)
                .map_err(|e| CoreError::storage(format!("无法删除过期的备份“{}”：{e}", path.display())).caused_by(e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn thirty_days_and_twelve_months_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        // Two backups a day (start and exit) for 500 days.
        for d in 0..500 {
            let day = (start + Duration::days(d)).format("%Y-%m-%d");
            for time in ["083000", "173000"] {
                std::fs::write(dir.path().join(format!("自动备份_{day}_{time}.zip")), b"").unwrap();
            }
        }
        std::fs::write(dir.path().join("恢复前备份_2025-01-01_090000.zip"), b"").unwrap();
        prune(dir.path()).unwrap();
        let mut left: Vec<String> = zip_files(dir.path())
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let last = start + Duration::days(499);
        assert_eq!(last.to_string(), "2026-05-15");
        // 30 days back from 2026-05-15, each its evening backup.
        assert!(left.contains(&"自动备份_2026-05-15_173000.zip".to_owned()));
        assert!(left.contains(&"自动备份_2026-04-16_173000.zip".to_owned()));
        assert!(!left.contains(&"自动备份_2026-04-15_173000.zip".to_owned()));
        assert!(!left.iter().any(|n| n.ends_with("083000.zip")));
        // The months before: the last backup of each, back to 2025-06.
        assert!(left.contains(&"自动备份_2026-03-31_173000.zip".to_owned()));
        assert!(left.contains(&"自动备份_2025-06-30_173000.zip".to_owned()));
        assert!(!left.contains(&"自动备份_2025-05-31_173000.zip".to_owned()));
        assert!(left.contains(&"恢复前备份_2025-01-01_090000.zip".to_owned()));
        assert_eq!(left.len(), 30 + 10 + 1, "{left:?}");
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = tempfile::tempdir().unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-03T00:30:05Z")
            .unwrap()
            .to_utc();
        let first = free_name(dir.path(), BackupKind::Auto, at);
        assert!(first.ends_with("自动备份_2026-12-03_083005.zip"));
        std::fs::write(&first, b"").unwrap();
        let second = free_name(dir.path(), BackupKind::Auto, at);
        assert!(second.ends_with("自动备份_2026-12-03_083005_2.zip"));
        std::fs::write(&second, b"").unwrap();
        let keys: Vec<_> = auto_backups(dir.path()).into_iter().map(|(k, _)| k).collect();
        assert!(keys.contains(&("2026-12-03_083005".to_owned(), 2)));
        assert!(keys.contains(&("2026-12-03_083005".to_owned(), 1)));
    }
}
