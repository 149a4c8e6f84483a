//! Crash test: does a save survive the program being killed at any moment?
//!
//! `cargo run --release -p committee-core --example crash_test -- --rounds N [--seed S]`
//!
//! Each round starts this program again as a child that writes through `Desk` without pause —
//! units, seats, liaisons, tasks, meetings, follow-up items, settings; adding, editing and
//! deleting — and prints a line for every write after it has returned, that is after its
//! transaction committed. The parent kills the child at a random moment (SIGKILL on Linux,
//! TerminateProcess on Windows), reopens the database, runs `PRAGMA integrity_check`, and
//! checks that every write the child reported is there. The last line reads
//! `rounds=N integrity_failures=X lost_commits=Y`; the exit code is 1 unless both are 0.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use committee_core::clock::SystemClock;
use committee_core::location::DATABASE_FILE;
use committee_core::*;
use common::{liaison, seat, unit};
use rusqlite::{Connection, OptionalExtension};

/// The inputs the core tests build units, seats and liaisons with.
#[path = "../tests/common/mod.rs"]
mod common;
mod support;

/// A small deterministic generator, so a failing round can be replayed with its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick(&mut self, ids: &[i64]) -> Option<i64> {
        (!ids.is_empty()).then(|| ids[self.below(ids.len() as u64) as usize])
    }
}

/// Where a reported write promises a value: in `table`, row `id`, `column`.
type Promise = (String, i64, String);

/// The value promised (“deleted” means the row is in the recycle bin), and the value of a
/// change announced for the same place whose report the kill cut off: it may have committed.
type Kept = (String, Option<String>);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| support::flag(&args, flag);
    let seed = value("--seed")
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(support::clock_seed);
    if let Some(dir) = value("--child") {
        let round = value("--round").and_then(|s| s.parse().ok()).unwrap_or(0);
        child(Path::new(&dir), round, seed);
    }
    let rounds = value("--rounds").and_then(|s| s.parse().ok()).unwrap_or(100);
    parent(rounds, seed)
}

fn open_desk(dir: &Path) -> Result<Desk> {
    Desk::open(&dir.join(DATABASE_FILE), Arc::new(SystemClock))
}

// ---- the parent -------------------------------------------------------------------------

fn parent(rounds: u32, seed: u64) -> ExitCode {
    let dir = std::env::temp_dir().join(format!("committee-desk-crash-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = set_up(&dir) {
        eprintln!("无法建立测试数据库：{e}");
        return ExitCode::FAILURE;
    }
    let mut rng = Rng(seed);
    let mut all: BTreeMap<Promise, Kept> = BTreeMap::new();
    let (mut integrity_failures, mut lost, mut reported) = (0u32, 0u32, 0usize);
    for round in 0..rounds {
        let child_seed = rng.next() | 1;
        let lines = match run_child(&dir, round, child_seed, Duration::from_millis(5 + rng.below(200))) {
            Ok(lines) => lines,
            Err(e) => {
                eprintln!("第{round}轮：无法启动子进程：{e}");
                integrity_failures += 1;
                continue;
            }
        };
        let promised = promises(&lines, &all);
        reported += promised.len();
        if !intact(&dir) {
            eprintln!("第{round}轮（种子 {child_seed}）：数据库完整性检查未通过");
            integrity_failures += 1;
        }
        lost += missing(&dir, &promised, round);
        all.extend(promised);
    }
    // Later rounds touch only the settings row of what earlier rounds wrote, and their
    // promises for it replace the earlier ones: every promise still holds at the end.
    lost += missing(&dir, &all, rounds);
    eprintln!(
        "{reported} writes reported as saved, {} rows checked at the end",
        all.len()
    );
    // A writer that could not write at all would otherwise pass.
    if reported < rounds as usize {
        eprintln!("只报告了 {reported} 次保存，少于轮数：写入进程没有正常工作");
        integrity_failures += 1;
    }
    let line = format!("rounds={rounds} integrity_failures={integrity_failures} lost_commits={lost}");
    support::report(&line, &dir, integrity_failures == 0 && lost == 0)
}

fn set_up(dir: &Path) -> Result<()> {
    let mut desk = open_desk(dir)?;
    let settings = BodySettings {
        body_name: "健康舞钢行动推进委员会".into(),
        office_name: "健康舞钢行动推进委员会办公室".into(),
        host_unit: "市卫生健康委".into(),
        doc_prefix_body: "舞健委".into(),
        operator: "办公室".into(),
        ..BodySettings::default()
    };
    desk.complete_setup(&SetupInput { settings, preset: None })?;
    Ok(())
}

/// Starts a child, lets it write for `for_how_long`, kills it, and answers what it printed.
fn run_child(dir: &Path, round: u32, seed: u64, for_how_long: Duration) -> std::io::Result<Vec<String>> {
    let (round, seed) = (round.to_string(), seed.to_string());
    let args = [
        "--child".as_ref(),
        dir.as_os_str(),
        "--round".as_ref(),
        round.as_ref(),
        "--seed".as_ref(),
        seed.as_ref(),
    ];
    support::run_killed(&args, for_how_long)
}

/// The promises of the complete lines; a line cut off by the kill promises nothing. A change
/// announced (“about”) but never reported may or may not have committed before the kill, also
/// to a place an earlier round promised (`before`).
fn promises(lines: &[String], before: &BTreeMap<Promise, Kept>) -> BTreeMap<Promise, Kept> {
    let mut out: BTreeMap<Promise, Kept> = BTreeMap::new();
    let mut pending: Option<(Promise, String)> = None;
    for line in lines {
        let parts: Vec<&str> = line.split('\t').collect();
        let (kind, table, id, column, value) = match parts.as_slice() {
            [kind, table, id, column, value, "end"] => (*kind, *table, *id, *column, *value),
            _ => continue,
        };
        let Ok(id) = id.parse::<i64>() else { continue };
        let place = (table.to_string(), id, column.to_string());
        match kind {
            "saved" => {
                out.insert(place, (value.to_string(), None));
                pending = None;
            }
            "about" => pending = Some((place, value.to_string())),
            _ => {}
        }
    }
    if let Some((place, value)) = pending {
        let promised = out.get(&place).or_else(|| before.get(&place)).map(|(v, _)| v.clone());
        if let Some(promised) = promised {
            out.insert(place, (promised, Some(value)));
        }
    }
    out
}

/// The program opens the database (migrations, its own checks) and SQLite finds it sound.
fn intact(dir: &Path) -> bool {
    if let Err(e) = open_desk(dir) {
        eprintln!("程序无法打开数据库：{e}");
        return false;
    }
    let conn = match Connection::open(dir.join(DATABASE_FILE)) {
        Ok(c) => c,
        Err(_) => return false,
    };
    let result: rusqlite::Result<String> = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0));
    let foreign: rusqlite::Result<Option<String>> =
        conn.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).optional();
    matches!(result.as_deref(), Ok("ok")) && matches!(foreign, Ok(None))
}

/// How many promises the database does not keep.
fn missing(dir: &Path, promised: &BTreeMap<Promise, Kept>, round: u32) -> u32 {
    let Ok(conn) = Connection::open(dir.join(DATABASE_FILE)) else {
        return promised.len() as u32;
    };
    let mut lost = 0;
    for ((table, id, column), (value, cut_off)) in promised {
        let found: Option<Option<String>> = conn
            .query_row(
                &format!("SELECT CAST({column} AS TEXT) FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        // `deleted` and `restored` promise whether the row is in the recycle bin.
        let binned = |state: &str, deleted_at: &Option<String>| (state == "deleted") == deleted_at.is_some();
        let kept = match (value.as_str(), found) {
            ("deleted" | "restored", Some(deleted_at)) if column == "deleted_at" => {
                binned(value, &deleted_at) || cut_off.as_deref().is_some_and(|c| binned(c, &deleted_at))
            }
            (want, Some(Some(have))) => want == have || cut_off.as_deref() == Some(have.as_str()),
            _ => false,
        };
        if !kept {
            eprintln!("第{round}轮后丢失：{table} #{id} {column} = {value}");
            lost += 1;
        }
    }
    lost
}

// ---- the child --------------------------------------------------------------------------

/// What this child has made and may edit or delete next.
#[derive(Default)]
struct Made {
    units: Vec<i64>,
    seats: Vec<i64>,
    tasks: Vec<i64>,
    /// In the recycle bin, to be restored.
    deleted_tasks: Vec<i64>,
    follow_ups: Vec<i64>,
}

fn child(dir: &Path, round: u32, seed: u64) -> ! {
    let Ok(mut desk) = open_desk(dir) else {
        std::process::exit(2)
    };
    let mut rng = Rng(seed);
    let mut made = Made::default();
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        // Unique over the whole run and short enough for every field it is written into.
        let marker = format!("r{round}n{}", base36(n));
        let mut say = |kind: &str, table: &str, id: i64, column: &str, value: &str| {
            let _ = writeln!(out, "{kind}\t{table}\t{id}\t{column}\t{value}\tend");
            let _ = out.flush();
        };
        // A refused write (a clash the generator ran into) promises nothing.
        let about = |table: &str, id: i64, column: &str, value: &str| say("about", table, id, column, value);
        if let Ok(Some((table, id, column, value))) = write_once(&mut desk, &mut rng, &mut made, &marker, about) {
            say("saved", table, id, column, &value);
        }
    }
    std::process::exit(0)
}

fn base36(mut n: u64) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = vec![digits[(n % 36) as usize]];
    while n >= 36 {
        n /= 36;
        out.push(digits[(n % 36) as usize]);
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

type Saved = Option<(&'static str, i64, &'static str, String)>;

/// One write of a randomly chosen kind; answers what it promises once it has returned.
/// `about` announces a change to a row that already has a promised value, before making it.
fn write_once(
    desk: &mut Desk,
    rng: &mut Rng,
    made: &mut Made,
    marker: &str,
    mut about: impl FnMut(&str, i64, &str, &str),
) -> Result<Saved> {
    let today = desk.today().format("%Y-%m-%d").to_string();
    Ok(match rng.below(12) {
        0 | 1 => {
            let unit = desk.add_unit(&unit(marker))?;
            made.units.push(unit.id);
            Some(("unit", unit.id, "name", marker.into()))
        }
        2 => match rng.pick(&made.units) {
            Some(id) => {
                about("unit", id, "name", marker);
                let unit = desk.update_unit(id, &unit(marker))?;
                Some(("unit", unit.id, "name", marker.into()))
            }
            None => None,
        },
        3 | 4 => {
            let seat = desk.add_member(&seat(Role::Member, marker, rng.pick(&made.units), &today))?;
            made.seats.push(seat.id);
            Some(("member", seat.id, "person_name", marker.into()))
        }
        5 => match rng.pick(&made.seats) {
            Some(id) => {
                about("member", id, "person_name", marker);
                let mut input = seat(Role::Member, marker, None, &today);
                input.post = "副主任".into();
                desk.update_member(id, &input)?;
                Some(("member", id, "person_name", marker.into()))
            }
            None => None,
        },
        6 => match rng.pick(&made.seats) {
            Some(id) => {
                desk.delete_member(id)?;
                made.seats.retain(|s| *s != id);
                Some(("member", id, "deleted_at", "deleted".into()))
            }
            None => None,
        },
        7 => match rng.pick(&made.units) {
            Some(unit_id) => {
                let input = liaison(unit_id, marker, &today);
                let liaison = desk.set_liaison(&input).or_else(|_| desk.change_liaison(&input))?;
                Some(("liaison", liaison.id, "name", marker.into()))
            }
            None => None,
        },
        8 => {
            let task = desk.add_task(&task_input(marker, rng.pick(&made.units)))?;
            made.tasks.push(task.id);
            Some(("task", task.id, "content", marker.into()))
        }
        9 => match (rng.below(2), rng.pick(&made.deleted_tasks), rng.pick(&made.tasks)) {
            (0, Some(id), _) => {
                about("task", id, "deleted_at", "restored");
                desk.restore_from_bin(BinKind::Task, id)?;
                made.deleted_tasks.retain(|t| *t != id);
                made.tasks.push(id);
                Some(("task", id, "deleted_at", "restored".into()))
            }
            (_, _, Some(id)) => {
                about("task", id, "deleted_at", "deleted");
                desk.delete_task(id)?;
                made.tasks.retain(|t| *t != id);
                made.deleted_tasks.push(id);
                Some(("task", id, "deleted_at", "deleted".into()))
            }
            _ => None,
        },
        10 => match rng.pick(&made.follow_ups) {
            Some(id) if rng.below(2) == 0 => {
                about("follow_up", id, "status", "done");
                desk.set_follow_up_status(id, FollowUpStatus::Done)?;
                Some(("follow_up", id, "status", "done".into()))
            }
            _ => {
                let row = desk.add_follow_up(&follow_up_input(marker))?;
                made.follow_ups.push(row.item.id);
                Some(("follow_up", row.item.id, "content", marker.into()))
            }
        },
        _ => match rng.below(5) {
            0 => {
                let mut settings = desk.settings()?;
                settings.operator = marker.into();
                about("body_settings", 1, "operator", &settings.operator);
                desk.update_settings(&settings)?;
                Some(("body_settings", 1, "operator", settings.operator))
            }
            1 => {
                let kind_id = desk.meeting_kinds()?.first().map(|k| k.id).unwrap_or(0);
                let saved = desk.add_meeting(&meeting_input(kind_id, marker, &today))?;
                Some(("meeting", saved.meeting.meeting.id, "title", marker.into()))
            }
            2 => {
                let group = ActionGroupInput {
                    name: marker.into(),
                    lead_unit_id: rng.pick(&made.units),
                    ..ActionGroupInput::default()
                };
                let group = desk.add_action_group(&group)?;
                Some(("action_group", group.id, "name", marker.into()))
            }
            3 => {
                let expert = desk.add_expert(&expert_input(marker, &today))?;
                Some(("expert", expert.id, "name", marker.into()))
            }
            _ => {
                // A number and its register row are one write: both or neither.
                let kind_id = desk.doc_kinds()?.first().map(|k| k.id).unwrap_or(0);
                let input = DocumentInput {
                    kind_id,
                    title: marker.into(),
                    ..DocumentInput::default()
                };
                let doc = desk.register_document(&input)?;
                Some(("document", doc.id, "title", marker.into()))
            }
        },
    })
}

fn expert_input(name: &str, today: &str) -> ExpertInput {
    ExpertInput {
        name: name.into(),
        employer: String::new(),
        professional_title: String::new(),
        specialty: String::new(),
        recommender_kind: RecommenderKind::Area,
        recommender_group_id: None,
        recommender_area: "湖滨区".into(),
        panel_role: PanelRole::Member,
        term_from: today.into(),
        phone: String::new(),
    }
}

fn task_input(content: &str, lead_unit_id: Option<i64>) -> TaskInput {
    TaskInput {
        action_name: "健康知识普及行动".into(),
        seq: None,
        content: content.into(),
        lead_leader: String::new(),
        lead_unit_id,
        cooperating: String::new(),
        active: true,
    }
}

fn follow_up_input(content: &str) -> FollowUpInput {
    FollowUpInput {
        source: FollowUpSource::Assigned,
        source_note: String::new(),
        content: content.into(),
        units: String::new(),
        deadline: None,
        working_days: None,
    }
}

fn meeting_input(kind_id: i64, title: &str, today: &str) -> MeetingInput {
    MeetingInput {
        kind_id,
        title: title.into(),
        meeting_on: today.into(),
        starts_at: "09:00".into(),
        ends_at: "10:00".into(),
        place: String::new(),
        convener: String::new(),
        chair: String::new(),
        agenda: Vec::new(),
        contact: String::new(),
        notice_on: None,
    }
}
