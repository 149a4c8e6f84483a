//! Opening the database and running each change in one transaction.

mod migrations;
mod record;

pub use record::{Record, Tx};

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

pub use migrations::migrate;

pub fn open_file(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    prepare(&mut conn)?;
    Ok(conn)
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

/// Runs `work` in an IMMEDIATE transaction: all of it is saved, or none of it.
pub fn write<T>(conn: &mut Connection, actor: &str, now: String, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let wrapped = Tx::new(tx, actor, now);
    let value = work(&wrapped)?;
    wrapped.commit()?;
    Ok(value)
}
