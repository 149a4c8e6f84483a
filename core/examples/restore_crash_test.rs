//! Restore crash test: is a restore all or nothing when the program is killed in the middle?
//!
//! `cargo run --release -p committee-core --example restore_crash_test -- --rounds N`
//!
//! Two backups differ in their units and their kept files: A holds 3 extra units and one
//! attachment, B 8 extra units, that attachment changed and a returned original. Each round a
//! child restores A, then B, then A … without pause; the parent kills it at a random moment
//! (SIGKILL on Linux, TerminateProcess on Windows), opens the data as the program does (which
//! finishes a swap the kill cut off) and checks that the database is sound and that the
//! database and the kept files are both A's or both B's — never half of one and half of the
//! other. The last line reads `rounds=N integrity_failures=X half_restored=Y restores=Z`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use committee_core::clock::SystemClock;
use committee_core::location::DATABASE_FILE;
use committee_core::*;
use common::unit;

#[path = "../tests/common/mod.rs"]
mod common;
mod support;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| support::flag(&args, flag);
    if let Some(dir) = value("--child") {
        child(
            Path::new(&dir),
            &value("--backups").map(PathBuf::from).unwrap_or_default(),
        );
    }
    let rounds = value("--rounds").and_then(|s| s.parse().ok()).unwrap_or(50);
    parent(rounds)
}

fn open(data: &Path) -> Result<Desk> {
    Desk::open(&data.join(DATABASE_FILE), Arc::new(SystemClock))
}

/// What a backup holds: its number of units and its kept files with their text.
struct Holds {
    units: usize,
    files: Vec<(&'static str, &'static str)>,
}

fn a() -> Holds {
    Holds {
        units: 3,
        files: vec![("报送附件/2026年11月/总结.txt", "A 的附件")],
    }
}

fn b() -> Holds {
    Holds {
        units: 8,
        files: vec![
            ("报送附件/2026年11月/总结.txt", "B 改过的附件"),
            ("报送原件/2026年11月/回收表.xlsx", "B 的原件"),
        ],
    }
}

fn make_backup(root: &Path, name: &str, holds: &Holds) -> Result<PathBuf> {
    let data = root.join(format!("制作{name}"));
    let mut desk = open(&data)?;
    let settings = BodySettings {
        body_name: format!("备份{name}"),
        ..common::settings()
    };
    desk.complete_setup(&SetupInput { settings, preset: None })?;
    for i in 0..holds.units {
        desk.add_unit(&unit(&format!("{name}单位{i}")))?;
    }
    for (path, text) in &holds.files {
        let file = data.join(path);
        std::fs::create_dir_all(file.parent().unwrap())?;
        std::fs::write(file, text)?;
    }
    let out = root.join("备份文件");
    Ok(PathBuf::from(desk.back_up_to(&out)?.path))
}

/// Which backup the data folder holds, whole; `None` when it is half of one and half of the other.
fn which(data: &Path, desk: &Desk) -> Option<char> {
    let units = desk.list_units().ok()?.len();
    [('A', a()), ('B', b())].into_iter().find_map(|(name, holds)| {
        let files_match = holds
            .files
            .iter()
            .all(|(path, text)| std::fs::read_to_string(data.join(path)).ok().as_deref() == Some(*text));
        let no_others = name == 'B' || !data.join("报送原件").exists();
        (units == holds.units && files_match && no_others).then_some(name)
    })
}

fn parent(rounds: u32) -> ExitCode {
    let root = std::env::temp_dir().join(format!("committee-desk-restore-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let backups = match (make_backup(&root, "A", &a()), make_backup(&root, "B", &b())) {
        (Ok(a), Ok(b)) => vec![a, b],
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("无法制作测试备份：{e}");
            return ExitCode::FAILURE;
        }
    };
    let data = root.join("数据");
    // The data starts as backup A; the desk is closed again before the children run.
    if let Err(e) = open(&data).and_then(|mut d| d.restore_backup(&backups[0]).map(drop)) {
        eprintln!("无法建立测试数据：{e}");
        return ExitCode::FAILURE;
    }
    let list = root.join("备份列表.txt");
    let _ = std::fs::write(&list, format!("{}\n{}", backups[0].display(), backups[1].display()));
    let (mut integrity_failures, mut half, mut restores) = (0u32, 0u32, 0usize);
    let mut rng = support::clock_seed();
    for round in 0..rounds {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let wait = Duration::from_millis(5 + rng % 400);
        restores += run_child(&data, &list, wait).unwrap_or(0);
        match open(&data) {
            Err(e) => {
                eprintln!("第{round}轮：数据无法打开：{e}");
                integrity_failures += 1;
            }
            Ok(desk) => {
                if which(&data, &desk).is_none() {
                    eprintln!("第{round}轮：数据库与附件不属于同一份备份");
                    half += 1;
                }
            }
        }
        // The backups each restore makes of the data before it are not what this test looks at.
        let _ = std::fs::remove_dir_all(data.join("备份"));
    }
    if restores == 0 {
        eprintln!("子进程一次恢复也没有完成：测试没有正常工作");
        integrity_failures += 1;
    }
    let line =
        format!("rounds={rounds} integrity_failures={integrity_failures} half_restored={half} restores={restores}");
    support::report(&line, &root, integrity_failures == 0 && half == 0)
}

/// Runs a child for `wait`, kills it, and answers how many restores it reported finished.
fn run_child(data: &Path, list: &Path, wait: Duration) -> std::io::Result<usize> {
    let args = [
        "--child".as_ref(),
        data.as_os_str(),
        "--backups".as_ref(),
        list.as_os_str(),
    ];
    let lines = support::run_killed(&args, wait)?;
    Ok(lines.iter().filter(|l| *l == "restored").count())
}

fn child(data: &Path, list: &Path) -> ! {
    let backups: Vec<PathBuf> = std::fs::read_to_string(list)
        .unwrap_or_default()
        .lines()
        .map(PathBuf::from)
        .collect();
    let Ok(mut desk) = open(data) else {
        std::process::exit(2)
    };
    for n in 0usize.. {
        if backups.is_empty() || desk.restore_backup(&backups[n % backups.len()]).is_err() {
            std::process::exit(3);
        }
        println!("restored");
    }
    std::process::exit(0)
}
