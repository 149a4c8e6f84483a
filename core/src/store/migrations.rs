//! Embedded SQL migrations, applied in order. A landed migration is never edited.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

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
];

/// The schema version this program writes: one per migration.
pub const SCHEMA_VERSION: usize = STEPS.len();

fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
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
