//! Embedded SQL migrations, applied in order. A landed migration is never edited.

use rusqlite::{params, Connection, Transaction};
use rusqlite_migration::{HookResult, Migrations, M};
use serde_json::Value;

use super::history_diff::kept;

use crate::common::error::Result;

const STEPS: &[&str] = &[
    include_str!("../../migrations/0001_foundation.sql"),
    include_str!("../../migrations/0002_print_fonts.sql"),
    include_str!("../../migrations/0003_task.sql"),
    include_str!("../../migrations/0004_report.sql"),
    include_str!("../../migrations/0005_meeting.sql"),
    include_str!("../../migrations/0006_safety.sql"),
    include_str!("../../migrations/0007_notice_date.sql"),
    include_str!("../../migrations/0008_speed.sql"),
    include_str!("../../migrations/0009_history_changes.sql"),
    include_str!("../../migrations/0010_groups.sql"),
    include_str!("../../migrations/0011_documents.sql"),
    include_str!("../../migrations/0012_reminder.sql"),
    include_str!("../../migrations/0013_follow_up_done_on.sql"),
    include_str!("../../migrations/0014_calendar.sql"),
];

/// Steps that also run Rust in their transaction, by their place in `STEPS` (from 0).
const HOOKS: &[(usize, Hook)] = &[(8, compact_history)];

type Hook = fn(&Transaction) -> HookResult;

/// The schema version this program writes: one per migration.
pub const SCHEMA_VERSION: usize = STEPS.len();

fn migrations() -> Migrations<'static> {
    let step = |(i, sql): (usize, &&'static str)| match HOOKS.iter().find(|(at, _)| *at == i) {
        Some((_, hook)) => M::up_with_hook(sql, *hook),
        None => M::up(sql),
    };
    Migrations::new(STEPS.iter().enumerate().map(step).collect())
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrations().to_latest(conn)?;
    Ok(())
}

/// Brings a database up to `version` and no further: how the test fixtures of earlier schemas
/// are made.
pub fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    migrations().to_version(conn, version)?;
    Ok(())
}

/// Rewrites the history written before 0009 as `history_diff` keeps it now: a change keeps what
/// it changed, a new record its name and ids, and a return no longer repeats its tasks' wording.
fn compact_history(tx: &Transaction) -> HookResult {
    let mut read = tx.prepare(
        "SELECT id, entity, entity_id, before_json, after_json FROM history
         WHERE action IN ('insert', 'update', 'restore')",
    )?;
    let mut write = tx.prepare("UPDATE history SET before_json = ?2, after_json = ?3 WHERE id = ?1")?;
    let tables = table_names(tx)?;
    let mut rows = read.query([])?;
    let mut count = 0_i64;
    while let Some(r) = rows.next()? {
        let (id, entity, record): (i64, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let side = |i: usize| -> rusqlite::Result<Option<Option<Value>>> {
            let json: Option<String> = r.get(i)?;
            // A side that does not read as JSON is left as it is: nothing is dropped.
            Ok(match json {
                None => Some(None),
                Some(j) => serde_json::from_str(&j).ok().map(Some),
            })
        };
        let (Some(before), Some(after)) = (side(3)?, side(4)?) else {
            continue;
        };
        // A record removed with another (a purged meeting's invitees) left no copy but this one;
        // a table the program no longer has counts as gone.
        if before.is_none() && !(tables.contains(&entity) && exists(tx, &entity, record)?) {
            continue;
        }
        let (before, after) = kept(&entity, before, after);
        write.execute(params![id, before, after])?;
        count += 1;
    }
    tx.execute(
        "INSERT INTO history_compacted (at, rows) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)",
        [count],
    )?;
    Ok(())
}

fn table_names(tx: &Transaction) -> rusqlite::Result<Vec<String>> {
    let mut stmt = tx.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
    let names = stmt.query_map([], |r| r.get(0))?;
    names.collect()
}

/// Whether row `id` of `table` (one the database has) still stands.
fn exists(tx: &Transaction, table: &str, id: i64) -> rusqlite::Result<bool> {
    tx.query_row(
        &format!("SELECT EXISTS(SELECT 1 FROM \"{table}\" WHERE id = ?1)"),
        [id],
        |r| r.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid_and_reach_the_latest_version() {
        migrations().validate().unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, STEPS.len() as i64);
        // Running again on an up-to-date database changes nothing.
        migrate(&mut conn).unwrap();
    }
}
