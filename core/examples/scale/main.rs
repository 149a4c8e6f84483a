//! `cargo run --release -p committee-core --example scale`: the scale benchmark. The first run
//! builds a body ten times a real county's (`generate.rs`) into `target/scale/` and keeps it;
//! later runs reuse it. Each list, page query, write and export is timed on a copy of it and
//! on the demonstration office, and the last line names the slowest list or page query.

// The samples' demonstration office; the scale benchmark uses only part of it.
#[allow(dead_code)]
#[path = "../demo/mod.rs"]
mod demo;
mod generate;
mod timing;

use std::path::{Path, PathBuf};
use std::time::Instant;

use committee_core::location::DATABASE_FILE;
use committee_core::{
    Desk, ExportFormat, FollowUpInput, FollowUpSource, HistoryQuery, MeetingInput, ReportInput, ReportLineInput,
    Result, RosterLayout, UnitInput,
};
use timing::{measure, measure_after, Figure, Kind};

thread_local! {
    /// Whether the last open started with the system's file cache emptied.
    static COLD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn scale_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/scale")
}

/// The large body's database, built on the first run and kept.
fn large_database() -> Result<PathBuf> {
    let dir = scale_dir();
    let kept = dir.join("large.db");
    if kept.exists() {
        return Ok(kept);
    }
    std::fs::create_dir_all(&dir).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    let building = dir.join("building");
    let _ = std::fs::remove_dir_all(&building);
    std::fs::create_dir_all(&building).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    let started = Instant::now();
    eprintln!("building the large body (once; kept in {})…", dir.display());
    generate::build(&building.join(DATABASE_FILE))?;
    // A finished build is moved into place whole, so a cut-off build is never reused.
    let db = building.join(DATABASE_FILE);
    Desk::open(&db, generate::clock())?;
    std::fs::rename(&db, &kept).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    eprintln!("built in {:.0} s", started.elapsed().as_secs_f64());
    Ok(kept)
}

/// A working copy in its own data folder, so the writes never change the kept body.
fn working_copy(kept: &Path, name: &str) -> Result<PathBuf> {
    let dir = scale_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    let db = dir.join(DATABASE_FILE);
    std::fs::copy(kept, &db).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    Ok(db)
}

fn latest_period(desk: &Desk) -> Result<i64> {
    Ok(desk.list_periods()?.first().map(|p| p.period.id).expect("a period"))
}

/// A meeting with invitees and minutes, the newest there is.
fn busiest_meeting(desk: &Desk) -> Result<i64> {
    let mut meetings = desk.list_meetings(2026, None)?;
    meetings.sort_by_key(|m| std::cmp::Reverse((m.minutes_number.is_some(), m.invitee_count, m.meeting.id)));
    Ok(meetings.first().map(|m| m.meeting.id).expect("a meeting"))
}

/// Every figure for one body, whose database is at `db`.
fn figures(db: &Path, out: &Path) -> Result<Vec<Figure>> {
    let clock = generate::clock();
    let mut f = Vec::new();
    // As the program starts: the check of every page runs beside the window, timed apart.
    f.push(measure_after(
        "open + dashboard",
        Kind::Open,
        || COLD.with(|c| c.set(timing::drop_file_cache())),
        || {
            let desk = Desk::open_at_start(db, clock.clone()).expect("opens");
            desk.dashboard().expect("dashboard");
        },
    ));
    f.push(measure("check every page", Kind::Beside, || {
        committee_core::store::integrity::verify_file(db).expect("sound");
    }));
    let mut desk = Desk::open(db, clock.clone())?;
    let period = latest_period(&desk)?;
    let meeting = busiest_meeting(&desk)?;
    let unit = desk.list_units()?.first().map(|u| u.unit.id).expect("a unit");
    let units: Vec<i64> = desk.report_board(period)?.rows.iter().map(|r| r.unit_id).collect();
    let query = |name, op: &dyn Fn(&Desk)| measure(name, Kind::Query, || op(&desk));
    f.extend([
        query("dashboard", &|d| drop(d.dashboard().unwrap())),
        query("dashboard_charts", &|d| drop(d.dashboard_charts().unwrap())),
        query("unit_records (year)", &|d| drop(d.unit_records(2026).unwrap())),
        query("calendar_year", &|d| drop(d.calendar_year(2026).unwrap())),
        query("list_units", &|d| drop(d.list_units().unwrap())),
        query("roster", &|d| drop(d.roster(None).unwrap())),
        query("list_liaisons", &|d| drop(d.list_liaisons().unwrap())),
        query("list_tasks", &|d| drop(d.list_tasks().unwrap())),
        query("list_periods", &|d| drop(d.list_periods().unwrap())),
        query("report_board", &|d| drop(d.report_board(period).unwrap())),
        query("report_form", &|d| drop(d.report_form(period, unit).unwrap())),
        query("list_meetings (year)", &|d| drop(d.list_meetings(2026, None).unwrap())),
        query("upcoming_meetings(14)", &|d| drop(d.upcoming_meetings(14).unwrap())),
        query("meeting", &|d| drop(d.meeting(meeting).unwrap())),
        query("invitees", &|d| drop(d.invitees(meeting).unwrap())),
        query("minutes", &|d| drop(d.minutes(meeting).unwrap())),
        query("list_follow_ups", &|d| drop(d.list_follow_ups().unwrap())),
        query("history (first page)", &|d| {
            let page = HistoryQuery {
                limit: Some(50),
                ..HistoryQuery::default()
            };
            drop(d.history(&page).unwrap())
        }),
        query("recycle_bin", &|d| drop(d.recycle_bin().unwrap())),
    ]);
    let export = |name, op: &dyn Fn(&Desk)| measure(name, Kind::Export, || op(&desk));
    f.extend([
        export("month summary xlsx", &|d| {
            drop(d.report_summary_file(period, ExportFormat::Xlsx).unwrap())
        }),
        export("month summary pdf", &|d| {
            drop(d.report_summary_file(period, ExportFormat::Pdf).unwrap())
        }),
        export("履职情况 pdf", &|d| {
            drop(d.unit_record_file(2026, ExportFormat::Pdf).unwrap())
        }),
        export("督办通报 pdf", &|d| {
            drop(d.circular_file(2026, 11, ExportFormat::Pdf).unwrap())
        }),
        export("roster pdf", &|d| {
            drop(d.roster_file(RosterLayout::Table, ExportFormat::Pdf, None).unwrap())
        }),
        export("send_out_forms (all units)", &|d| {
            drop(d.send_out_forms(period, &units, out).unwrap())
        }),
    ]);
    // A unit with no return yet this month, so the draft is a new save each time.
    let free = desk
        .report_board(period)?
        .rows
        .iter()
        .find(|r| r.submitted_on.is_none())
        .map(|r| r.unit_id);
    f.extend(writes(&mut desk, period, free.unwrap_or(unit))?);
    Ok(f)
}

fn writes(desk: &mut Desk, period: i64, unit: i64) -> Result<Vec<Figure>> {
    let kind = desk.meeting_kinds()?.first().map(|k| k.id).expect("a kind");
    let form = desk.report_form(period, unit)?;
    let draft = ReportInput {
        filled_department: form.unit_name.clone(),
        filled_on: Some("2026-11-20".into()),
        filled_by: "张敏".into(),
        rows: form
            .rows
            .iter()
            .map(|l| ReportLineInput {
                task_id: l.task_id,
                progress: "本月推进顺利。".into(),
                reasons_next: String::new(),
                difficulties: String::new(),
            })
            .collect(),
    };
    let unit_row = desk
        .list_units()?
        .into_iter()
        .find(|u| u.unit.id == unit)
        .expect("the unit");
    let mut n = 0;
    let add_meeting = measure("add_meeting", Kind::Write, || {
        n += 1;
        desk.add_meeting(&MeetingInput {
            kind_id: kind,
            title: format!("测量会议{n}"),
            meeting_on: "2026-12-20".into(),
            starts_at: "09:00".into(),
            ends_at: "10:00".into(),
            ..MeetingInput::default()
        })
        .expect("saved");
    });
    let add_follow_up = measure("add_follow_up", Kind::Write, || {
        desk.add_follow_up(&FollowUpInput {
            source: FollowUpSource::Assigned,
            source_note: String::new(),
            content: "测量督办事项".into(),
            units: "测量单位".into(),
            deadline: Some("2026-12-31".into()),
            working_days: None,
        })
        .expect("saved");
    });
    let save_report = measure("save_report (draft)", Kind::Write, || {
        desk.save_report(period, unit, &draft).expect("saved");
    });
    let mut sort = 0;
    let update_unit = measure("update_unit", Kind::Write, || {
        sort += 1;
        let input = UnitInput {
            name: unit_row.unit.name.clone(),
            sort_order: Some(sort),
            ..UnitInput::default()
        };
        desk.update_unit(unit, &input).expect("saved");
    });
    Ok(vec![add_meeting, add_follow_up, save_report, update_unit])
}

/// “large body: 44 MiB database; history 16 MiB (37 %), its indexes 6 MiB”: what the change
/// history costs the file.
fn file_share(db: &Path) -> Result<String> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mib = |filter: &str| -> Result<f64> {
        let sql = format!("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat {filter}");
        Ok(conn.query_row(&sql, [], |r| r.get::<_, i64>(0))? as f64 / (1024.0 * 1024.0))
    };
    let all = mib("")?;
    let table = mib("WHERE name = 'history'")?;
    let indexes = mib("WHERE name IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history')")?;
    Ok(format!(
        "large body: {all:.0} MiB database; history {table:.0} MiB ({:.0} %), its indexes {indexes:.0} MiB",
        100.0 * table / all.max(1.0)
    ))
}

fn main() -> Result<()> {
    let kept = large_database()?;
    let large_db = working_copy(&kept, "large-run")?;
    let small_dir = scale_dir().join("demo-run");
    let _ = std::fs::remove_dir_all(&small_dir);
    std::fs::create_dir_all(&small_dir).map_err(|e| committee_core::CoreError::storage(e.to_string()))?;
    let small_db = small_dir.join(DATABASE_FILE);
    // The demonstration office with its year of returns, meetings and items, as the samples have.
    drop(demo::demonstration_office_at(&small_db)?);
    let small = figures(&small_db, &small_dir.join("forms"))?;
    let large = figures(&large_db, &scale_dir().join("large-run").join("forms"))?;
    println!("{}", file_share(&kept)?);
    let cold = if COLD.with(|c| c.get()) {
        "the system's file cache emptied before each"
    } else {
        "SQLite's cache empty, the system's file cache not (empty it as root on Linux)"
    };
    println!("open + dashboard: {cold}");
    timing::print(&large, &small);
    Ok(())
}
