//! The check when the database opens: a damaged file, a file that is not the program's database,
//! or one from a newer program is named as such, so the window can offer a backup instead of
//! failing somewhere later with a library's message.

use rusqlite::Connection;

use crate::common::error::{CoreError, ErrorCode, Result};
use crate::store::SCHEMA_VERSION;

/// Before migrating: the file is SQLite, is ours (or empty), and is not from a newer program.
pub fn check_kind(conn: &Connection) -> Result<()> {
    let version = user_version(conn)?;
    if version > SCHEMA_VERSION as i64 {
        return Err(CoreError::new(
            ErrorCode::TooNew,
            "这份数据由更新版本的工作台保存，当前版本无法打开。请安装最新版本的工作台后再打开。",
        ));
    }
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", [], |r| {
            r.get(0)
        })
        .map_err(damaged)?;
    if version == 0 && tables > 0 {
        return Err(CoreError::new(
            ErrorCode::Damaged,
            "数据文件不是工作台的数据库（可能被其他文件替换了）。",
        ));
    }
    Ok(())
}

/// Whether the file is of an older schema than this program writes.
pub fn needs_migration(conn: &Connection) -> Result<bool> {
    Ok(user_version(conn)? < SCHEMA_VERSION as i64)
}

fn user_version(conn: &Connection) -> Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(damaged)
}

/// The whole check of the database at `path`, through its own read-only connection so that the
/// office can work while it runs.
pub fn verify_file(path: &std::path::Path) -> Result<()> {
    check(&super::open_read_only(path)?)
}

/// SQLite's own page check and the links between records.
pub fn check(conn: &Connection) -> Result<()> {
    let verdict: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(damaged)?;
    if verdict != "ok" {
        return Err(
            CoreError::new(ErrorCode::Damaged, "数据文件已损坏（数据库自检未通过）。").caused_by(Detail(verdict)),
        );
    }
    let broken: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .map_err(damaged)?;
    if broken > 0 {
        return Err(CoreError::new(
            ErrorCode::Damaged,
            format!("数据文件已损坏：有 {broken} 条记录指向已不存在的记录。"),
        ));
    }
    Ok(())
}

/// An error while opening: SQLite's "not a database" and "malformed" mean a damaged file (as
/// they do for any statement, see `CoreError::from`), said as opening says it.
pub fn damaged(e: rusqlite::Error) -> CoreError {
    let mut error = CoreError::from(e);
    if error.code == ErrorCode::Damaged {
        error.message = "数据文件已损坏，或不是工作台的数据库。".into();
    }
    error
}

/// What SQLite's check found, kept for the log.
#[derive(Debug)]
struct Detail(String);

impl std::fmt::Display for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Detail {}
