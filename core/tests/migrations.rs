//! Every earlier schema: a small database kept for each migration version opens with the
//! current program, which migrates it without losing a row and reads it back.
//!
//! The fixtures in `tests/fixtures/schema/` hold one office's data as the schema of that
//! version can hold it. `UPDATE_FIXTURES=1 cargo test -p committee-core --test migrations`
//! writes the missing ones (a landed fixture is never rewritten, as a landed migration is never
//! edited); a migration without its fixture fails the test.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use committee_core::clock::FixedClock;
use committee_core::print::FontRole;
use committee_core::store::{migrate_to, SCHEMA_VERSION};
use committee_core::*;
use common::*;
use rusqlite::Connection;

fn fixture(version: usize) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema/v{version}.db"))
}

fn open(path: &Path) -> Desk {
    Desk::open(path, Arc::new(FixedClock::on(day(TODAY)))).unwrap()
}

fn tables(conn: &Connection) -> Vec<String> {
    strings(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
}

fn counts(path: &Path) -> BTreeMap<String, i64> {
    let conn = Connection::open(path).unwrap();
    tables(&conn)
        .into_iter()
        .map(|t| {
            let n = conn
                .query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}

/// Read-only: the kept fixture is the record of what the older program stored.
fn column_of(path: &Path, sql: &str) -> Vec<String> {
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    strings(&conn, sql)
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn strings(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let values = stmt.query_map([], |r| r.get(0)).unwrap();
    values.map(Result::unwrap).collect()
}

#[test]
fn a_database_of_every_earlier_schema_opens_with_all_its_data() {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        write_missing_fixtures();
    }
    for version in 1..=SCHEMA_VERSION {
        let kept = fixture(version);
        assert!(
            kept.is_file(),
            "schema {version} has no fixture: run `UPDATE_FIXTURES=1 cargo test -p committee-core --test migrations`"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("committee-desk.db");
        std::fs::copy(&kept, &path).unwrap();
        let before = counts(&path);
        let stored: i64 = Connection::open(&path)
            .unwrap()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(stored, version as i64, "v{version}.db is not of schema {version}");
        assert!(before["unit"] > 0 && before["member"] > 0 && before["history"] > 0);
        let desk = open(&path);
        let after = counts(&path);
        // Opening adds rows (the meeting kinds an older database lacks, with their history);
        // it never loses one.
        for (table, rows) in &before {
            let now = after.get(table).copied().unwrap_or(0);
            assert!(now >= *rows, "schema {version}: {table} had {rows} rows, now {now}");
        }
        reads_back(&desk, &kept, version);
    }
}

/// What the office sees after the migration is what the older program stored (`path`, the
/// fixture as kept, never migrated).
fn reads_back(desk: &Desk, path: &Path, version: usize) {
    let units = column_of(
        path,
        "SELECT name FROM unit WHERE deleted_at IS NULL ORDER BY sort_order, id",
    );
    let listed: Vec<String> = desk.list_units().unwrap().into_iter().map(|u| u.unit.name).collect();
    assert_eq!(listed, units, "schema {version}: units");
    let in_office = column_of(
        path,
        "SELECT person_name FROM member WHERE deleted_at IS NULL
           AND term_from <= '2026-11-25' AND (term_to IS NULL OR term_to >= '2026-11-25')",
    );
    let roster: Vec<String> = desk
        .roster(None)
        .unwrap()
        .into_iter()
        .map(|r| r.member.person_name)
        .collect();
    assert!(roster.len() > 30, "schema {version}: roster of {}", roster.len());
    assert_eq!(sorted(roster), sorted(in_office), "schema {version}: roster");
    let liaisons = column_of(
        path,
        "SELECT name FROM liaison WHERE end_on IS NULL AND deleted_at IS NULL",
    );
    let current: Vec<String> = desk
        .list_liaisons()
        .unwrap()
        .into_iter()
        .filter_map(|l| l.liaison)
        .map(|l| l.name)
        .collect();
    assert_eq!(current, liaisons, "schema {version}: liaisons");
    assert!(current.contains(&"李晓明".to_owned()), "schema {version}: liaisons");
    assert!(desk.history_count().unwrap() > 0, "schema {version}: history");
    if version >= 3 {
        let tasks = column_of(
            path,
            "SELECT content FROM task WHERE deleted_at IS NULL ORDER BY seq, id",
        );
        let listed: Vec<String> = desk.list_tasks().unwrap().into_iter().map(|t| t.task.content).collect();
        assert_eq!(listed, tasks, "schema {version}: tasks");
    }
    if version >= 4 {
        let periods = desk.list_periods().unwrap();
        assert_eq!(periods.len(), 1, "schema {version}: periods");
        let form = desk
            .report_form(periods[0].period.id, unit_id(desk, "市卫健委"))
            .unwrap();
        let saved = column_of(path, "SELECT progress FROM report_row ORDER BY id");
        assert_eq!(form.rows[0].progress, saved[0], "schema {version}: the return's text");
        assert!(saved[0].ends_with("：已按计划推进"), "schema {version}: {}", saved[0]);
    }
    if version >= 5 {
        let meetings = column_of(path, "SELECT title FROM meeting WHERE deleted_at IS NULL");
        let listed: Vec<String> = desk
            .list_meetings(2026, None)
            .unwrap()
            .into_iter()
            .map(|m| m.meeting.title)
            .collect();
        assert_eq!(listed, meetings, "schema {version}: meetings");
        assert_eq!(listed, ["健康舞钢行动推进委员会全体会议"], "schema {version}: meetings");
        // Minutes numbered before the register enter it with the number they have.
        let register = desk.documents(&DocumentQuery::default()).unwrap();
        let numbers: Vec<&str> = register.iter().map(|d| d.document.doc_number.as_str()).collect();
        assert_eq!(numbers, ["〔2026〕1号"], "schema {version}: the register");
        assert!(register[0].document.minutes_id.is_some());
        let shown = desk.list_meetings(2026, None).unwrap()[0].minutes_number.clone();
        assert_eq!(
            shown.as_deref(),
            Some("〔2026〕1号"),
            "schema {version}: the minutes' number"
        );
        let items = column_of(path, "SELECT content FROM follow_up WHERE deleted_at IS NULL");
        let listed: Vec<String> = desk
            .list_follow_ups()
            .unwrap()
            .into_iter()
            .map(|f| f.item.content)
            .collect();
        assert_eq!(sorted(listed), sorted(items), "schema {version}: follow-up items");
    }
}

/// The office's data at its richest, written by the current program.
fn richest(path: &Path) {
    let mut desk = open(path);
    let settings = preset(&desk, "wugang").settings;
    desk.complete_setup(&SetupInput {
        settings,
        preset: Some("wugang".into()),
    })
    .unwrap();
    let health = unit_id(&desk, "市卫健委");
    desk.set_liaison(&liaison(health, "李晓明", "2026-01-05")).unwrap();
    let seat = desk.roster(None).unwrap().last().unwrap().member.id;
    desk.delete_member(seat).unwrap();
    let fonts = desk.print_fonts().unwrap();
    let body = fonts.iter().find(|f| f.role == FontRole::Body).unwrap();
    desk.set_print_font(FontRole::Body, Some(&body.options[0].key)).unwrap();
    let period = desk.open_period(2026, 11).unwrap();
    let form = desk.report_form(period.id, health).unwrap();
    let input = ReportInput {
        filled_department: form.unit_name.clone(),
        filled_on: Some("2026-11-20".into()),
        filled_by: "张敏".into(),
        rows: form
            .rows
            .iter()
            .map(|l| ReportLineInput {
                task_id: l.task_id,
                progress: format!("{}：已按计划推进", l.content.chars().take(8).collect::<String>()),
                reasons_next: "下月继续".into(),
                difficulties: String::new(),
            })
            .collect(),
    };
    desk.save_report(period.id, health, &input).unwrap();
    let kind_id = desk.meeting_kinds().unwrap()[0].id;
    let meeting = desk
        .add_meeting(&MeetingInput {
            kind_id,
            title: "健康舞钢行动推进委员会全体会议".into(),
            meeting_on: "2026-11-10".into(),
            starts_at: "09:00".into(),
            ends_at: "11:00".into(),
            place: "市政府第一会议室".into(),
            convener: "王海彦".into(),
            chair: "王海彦".into(),
            agenda: vec!["听取各专项行动推进情况汇报".into()],
            contact: String::new(),
            notice_on: None,
        })
        .unwrap()
        .meeting
        .meeting
        .id;
    let mut minutes = desk.minutes(meeting).unwrap().input;
    minutes.body = "会议听取了各专项行动推进情况汇报。".into();
    minutes.decisions = vec![DecisionInput {
        id: None,
        content: "各成员单位于12月15日前报送年度总结".into(),
        units: "各成员单位".into(),
        deadline: Some("2026-12-15".into()),
    }];
    desk.save_minutes(meeting, &minutes).unwrap();
    let item = desk.list_follow_ups().unwrap()[0].item.id;
    let progress = ProgressInput {
        on_date: "2026-11-20".into(),
        text: "已有8家单位报送".into(),
    };
    desk.add_progress(item, &progress).unwrap();
    desk.set_follow_up_status(item, FollowUpStatus::Done).unwrap();
    desk.add_follow_up(&FollowUpInput {
        source: FollowUpSource::Assigned,
        source_note: String::new(),
        content: "报送年度考核材料".into(),
        units: "市卫健委".into(),
        deadline: None,
        working_days: Some(10),
    })
    .unwrap();
    desk.add_holiday(&HolidayInput {
        name: "国庆节".into(),
        off_from: "2026-10-01".into(),
        off_to: "2026-10-07".into(),
        work_days: vec!["2026-10-10".into()],
    })
    .unwrap();
}

/// Each missing fixture: the schema of that version, holding every row and column of the
/// richest data that the schema has room for.
fn write_missing_fixtures() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.db");
    richest(&source);
    for version in 1..=SCHEMA_VERSION {
        let target = fixture(version);
        if target.exists() {
            continue;
        }
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let mut conn = Connection::open(&target).unwrap();
        migrate_to(&mut conn, version).unwrap();
        // Tables are filled in name order, not in the order their references need.
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute("ATTACH DATABASE ?1 AS source", [source.to_str().unwrap()])
            .unwrap();
        for table in tables(&conn) {
            let columns = |schema: &str| {
                strings(
                    &conn,
                    &format!("SELECT name FROM {schema}.pragma_table_info('{table}')"),
                )
            };
            let theirs = columns("source");
            let shared: Vec<String> = columns("main").into_iter().filter(|c| theirs.contains(c)).collect();
            let list = shared.join(", ");
            conn.execute(
                &format!("INSERT INTO main.{table} ({list}) SELECT {list} FROM source.{table}"),
                [],
            )
            .unwrap();
        }
        conn.execute("DETACH DATABASE source", []).unwrap();
        conn.execute("VACUUM", []).unwrap();
    }
}

/// A database written before history kept only what changed (schema 8): its history is
/// rewritten in that form, and every change still reads with the same values before and after.
#[test]
fn history_written_before_keeps_every_change_when_compacted() {
    let kept = fixture(8);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("committee-desk.db");
    std::fs::copy(&kept, &path).unwrap();
    let old = Connection::open(&kept).unwrap();
    let whole: Vec<(i64, String, String, String)> = {
        let mut stmt = old
            .prepare("SELECT id, entity, before_json, after_json FROM history WHERE action = 'update' ORDER BY id")
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap();
        rows.map(Result::unwrap).collect()
    };
    assert!(!whole.is_empty());
    let old_size: i64 = old
        .query_row(
            "SELECT SUM(LENGTH(before_json)) + SUM(LENGTH(after_json)) FROM history",
            [],
            |r| r.get(0),
        )
        .unwrap();

    let desk = open(&path);
    let page = desk.history(&HistoryQuery::default()).unwrap();
    let values = |json: &str| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json).unwrap();
    for (id, entity, before, after) in &whole {
        // What the page showed from the two whole copies is what it shows from the change kept.
        let expected = field_changes(entity, &values(before), &values(after));
        let row = page.rows.iter().find(|r| r.id == *id).unwrap();
        assert_eq!(row.changes, expected, "history row {id}");
        assert!(!expected.is_empty());
    }
    let status = &page.rows.iter().find(|r| r.id == whole[0].0).unwrap().changes[0];
    assert_eq!(
        (status.field.as_str(), status.before.as_str(), status.after.as_str()),
        ("状态", "未开始", "推进中")
    );
    let new = Connection::open(&path).unwrap();
    let new_size: i64 = new
        .query_row(
            "SELECT SUM(LENGTH(before_json)) + SUM(LENGTH(after_json)) FROM history",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(new_size < old_size, "{new_size} ≥ {old_size}");
    let report = strings(&new, "SELECT after_json FROM history WHERE entity = 'report'");
    assert!(
        report[0].contains("\"unit_id\"") && !report[0].contains("已按计划推进"),
        "{}",
        report[0]
    );
}

/// An item marked done before 完成日期 was kept (schema 12) takes the office day of the change
/// that marked it done; one the history never saw marked done keeps none.
#[test]
fn items_done_before_take_their_day_from_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("committee-desk.db");
    std::fs::copy(fixture(12), &path).unwrap();
    {
        let old = Connection::open(&path).unwrap();
        old.execute_batch(
            "UPDATE follow_up SET status = 'done' WHERE id = 1;
             INSERT INTO history (at, actor, entity, entity_id, action, before_json, after_json)
             VALUES ('2026-11-26T17:30:00Z', '办公室', 'follow_up', 1, 'update',
                     '{\"status\":\"in_progress\"}', '{\"status\":\"done\"}'),
                    ('2026-11-20T01:00:00Z', '办公室', 'follow_up', 1, 'update',
                     '{\"status\":\"not_started\"}', '{\"status\":\"done\"}');",
        )
        .unwrap();
    }
    let desk = open(&path);
    // The latest change marking it done, at 01:30 the next day in office time.
    assert_eq!(desk.follow_up(1).unwrap().item.done_on.as_deref(), Some("2026-11-27"));
}
