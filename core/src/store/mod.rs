//! Opening the database and running each change in one transaction.

pub mod files;
pub mod history;
pub mod history_diff;
pub mod integrity;
pub mod lock;
mod migrations;
mod query_plans;
mod record;
pub mod swap;

pub use record::{live, Columns, Record, SoftDeleted, Tx};

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::common::error::Result;

pub use migrations::{migrate, migrate_to, SCHEMA_VERSION};

/// Opens (or creates) the office's database, checked and migrated: a foreign or newer file is
/// refused with a message that says which, and a damaged one too when `pages` asks for the
/// check of every page now or the file is to be migrated.
pub fn open_file(path: &Path, pages: PageCheck) -> Result<Connection> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    open_checked(path, "WAL", pages)
}

/// Whether opening reads every page of the file to check it, or leaves that to the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageCheck {
    /// Before anything reads the file (a restore, a retry from the recovery screen, the tests).
    Now,
    /// At the program's start: reading every page of a large file from a cold disk takes about
    /// a second, so the shell runs [`integrity::verify_file`] off the window's thread instead
    /// (and before the day's backup), and shows the recovery screen if it fails.
    Later,
}

/// A second, read-only view of the database: backups read through it while the program goes on.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = open_connection_with(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(integrity::damaged)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// A database file outside the data folder (a backup being restored), opened without WAL so that
/// closing it leaves one self-contained file.
pub fn open_plain(path: &Path) -> Result<Connection> {
    open_checked(path, "DELETE", PageCheck::Now)
}

/// Opens the file, refuses a damaged, foreign or newer one, and migrates it in `journal_mode`.
fn open_checked(path: &Path, journal_mode: &str, pages: PageCheck) -> Result<Connection> {
    let mut conn = open_connection(path).map_err(integrity::damaged)?;
    integrity::check_kind(&conn)?;
    // A file about to be migrated is checked first whatever the caller asked: the migration
    // rewrites it, and the day's backup, which runs after the start's check, would come too late.
    if pages == PageCheck::Now || integrity::needs_migration(&conn)? {
        integrity::check(&conn)?;
    }
    conn.pragma_update(None, "journal_mode", journal_mode)
        .map_err(integrity::damaged)?;
    prepare(&mut conn)?;
    Ok(conn)
}

/// SQLite's own Windows file layer opens files with the plain Win32 calls, which refuse a path
/// past 260 characters (a deep folder on a USB stick or a share) unless it carries the `\\?\`
/// prefix; its "win32-longpath" variant takes such paths up to Windows' own limit instead of
/// 1,040 bytes (about 340 Chinese characters).
fn open_connection(path: &Path) -> rusqlite::Result<Connection> {
    open_connection_with(path, rusqlite::OpenFlags::default())
}

/// A database file the program itself just wrote (a backup's snapshot), opened as it is.
pub(crate) fn open_snapshot(path: &Path) -> Result<Connection> {
    Ok(open_connection(path)?)
}

/// The path as SQLite is to be given it in SQL (`VACUUM INTO`): with the long-path prefix on
/// Windows when it needs one.
pub(crate) fn sql_path(path: &Path) -> String {
    #[cfg(windows)]
    let path = sqlite_path(path);
    path.to_string_lossy().into_owned()
}

#[cfg(windows)]
fn open_connection_with(path: &Path, flags: rusqlite::OpenFlags) -> rusqlite::Result<Connection> {
    Connection::open_with_flags_and_vfs(sqlite_path(path), flags, "win32-longpath")
}

#[cfg(not(windows))]
fn open_connection_with(path: &Path, flags: rusqlite::OpenFlags) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(path, flags)
}

/// The path with the long-path prefix when it needs one: `\\?\C:\…`, or `\\?\UNC\server\share\…`
/// for a shared folder.
#[cfg(windows)]
fn sqlite_path(path: &Path) -> std::path::PathBuf {
    let Ok(full) = std::path::absolute(path) else {
        return path.to_path_buf();
    };
    let text = full.to_string_lossy();
    // Room for the "-wal" and "-journal" files SQLite keeps beside the database.
    if text.encode_utf16().count() < 240 || text.starts_with(r"\\?\") {
        return full;
    }
    match text.strip_prefix(r"\\") {
        Some(share) => std::path::PathBuf::from(format!(r"\\?\UNC\{share}")),
        None => std::path::PathBuf::from(format!(r"\\?\{text}")),
    }
}

pub fn open_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    prepare(&mut conn)?;
    Ok(conn)
}

fn prepare(conn: &mut Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrate(conn)
}

/// 经办人: the name history rows carry, from the body's settings; “办公室” until one is set.
pub fn operator(conn: &Connection) -> Result<String> {
    let name: Option<String> = conn
        .query_row("SELECT operator FROM body_settings WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    Ok(name.filter(|n| !n.is_empty()).unwrap_or_else(|| "办公室".into()))
}

/// Runs `work` in an IMMEDIATE transaction: all of it is saved, or none of it.
pub fn write<T>(conn: &mut Connection, actor: &str, now: String, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let wrapped = Tx::new(tx, actor, now);
    let value = work(&wrapped)?;
    wrapped.commit()?;
    Ok(value)
}

#[cfg(all(test, windows))]
mod windows_tests {
    use super::*;

    #[test]
    fn only_a_long_path_reaches_sqlite_with_the_long_path_prefix() {
        let short = Path::new(r"C:\Users\办公室\AppData\Roaming\cn.committee-desk.app\committee-desk.db");
        assert_eq!(sqlite_path(short), short);
        let long = format!(
            r"C:\{}committee-desk.db",
            "信息收集汇总表 各成员单位报送材料\\".repeat(16)
        );
        let given = sqlite_path(Path::new(&long));
        assert!(
            given.to_string_lossy().starts_with(r"\\?\C:\信息收集汇总表"),
            "{}",
            given.display()
        );
        let verbatim = format!(r"\\?\{long}");
        assert_eq!(sqlite_path(Path::new(&verbatim)), Path::new(&verbatim));
        let share = format!(r"\\办公室电脑\共享\{}", &long[3..]);
        assert!(sqlite_path(Path::new(&share)).starts_with(r"\\?\UNC\办公室电脑\共享"));
    }
}
