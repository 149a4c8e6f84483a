//! Backups and restoring them (C9): a round trip through a backup file, a damaged or newer
//! backup refused with nothing changed, an older one migrated, the automatic backups' timing,
//! and the check when the database opens.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use committee_core::clock::FixedClock;
use committee_core::location::DATABASE_FILE;
use committee_core::safety::restore::{preview, recover};
use committee_core::*;
use common::*;
use sha2::{Digest, Sha256};

fn open(path: &Path) -> Result<Desk> {
    Desk::open(path, Arc::new(FixedClock::on(day(TODAY))))
}

/// A data folder holding the Wugang preset and one kept attachment.
fn office() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    let mut desk = open(&db).unwrap();
    let settings = preset(&desk, "wugang").settings;
    desk.complete_setup(&SetupInput {
        settings,
        preset: Some("wugang".into()),
    })
    .unwrap();
    let kept = dir.path().join("报送附件/2026年11月/市卫健委");
    std::fs::create_dir_all(&kept).unwrap();
    std::fs::write(kept.join("工作总结.docx"), "十一月工作总结").unwrap();
    (dir, db)
}

fn unit_names(desk: &Desk) -> Vec<String> {
    desk.list_units().unwrap().into_iter().map(|u| u.unit.name).collect()
}

#[test]
fn a_backup_brings_back_the_database_and_the_kept_files() {
    let (dir, db) = office();
    let stick = tempfile::tempdir().unwrap();
    let mut desk = open(&db).unwrap();
    let before = unit_names(&desk);
    let backup = desk.back_up_to(stick.path()).unwrap();
    assert_eq!(backup.kind, BackupKind::Manual);
    assert!(backup.name.starts_with("工作台备份_2026-11-25_"), "{}", backup.name);
    assert_eq!(backup.counts.units as usize, before.len());
    assert_eq!(backup.counts.kept_files, 1);
    assert_eq!(backup.body_name, "健康舞钢行动推进委员会");

    desk.add_unit(&unit("市数据局")).unwrap();
    std::fs::remove_dir_all(dir.path().join("报送附件")).unwrap();
    std::fs::create_dir_all(dir.path().join("报送原件")).unwrap();
    std::fs::write(dir.path().join("报送原件/新收到.xlsx"), "x").unwrap();

    let seen = preview(Path::new(&backup.path)).unwrap();
    assert_eq!(seen.counts, backup.counts);
    let safety = desk.restore_backup(Path::new(&backup.path)).unwrap();

    assert_eq!(unit_names(&desk), before);
    let kept = dir.path().join("报送附件/2026年11月/市卫健委/工作总结.docx");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "十一月工作总结");
    assert!(
        !dir.path().join("报送原件").exists(),
        "a folder the backup lacks is replaced too"
    );
    for leftover in ["恢复暂存", "恢复前的文件", "恢复进行中.json"] {
        assert!(!dir.path().join(leftover).exists(), "{leftover} left behind");
    }
    // The data as it was before the restore is one backup away.
    assert_eq!(safety.kind, BackupKind::BeforeRestore);
    assert_eq!(safety.counts.units as usize, before.len() + 1);
    assert!(desk.backups().unwrap().iter().any(|b| b.path == safety.path));
    // The restored desk writes as before, and the restore survives closing it.
    desk.add_unit(&unit("市医保局")).unwrap();
    drop(desk);
    assert!(unit_names(&open(&db).unwrap()).contains(&"市医保局".to_owned()));
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_changes() {
    let (_dir, db) = office();
    let stick = tempfile::tempdir().unwrap();
    let mut desk = open(&db).unwrap();
    let backup = PathBuf::from(desk.back_up_to(stick.path()).unwrap().path);
    desk.add_unit(&unit("市数据局")).unwrap();
    let names = unit_names(&desk);

    // One byte changed inside the compressed database.
    let mut bytes = std::fs::read(&backup).unwrap();
    let middle = bytes.len() / 3;
    bytes[middle] ^= 0x55;
    let damaged = stick.path().join("损坏的备份.zip");
    std::fs::write(&damaged, &bytes).unwrap();
    let e = desk.restore_backup(&damaged).unwrap_err();
    assert!(
        e.message.contains("损坏") || e.message.contains("不是工作台的备份"),
        "{e}"
    );
    assert_eq!(unit_names(&desk), names);
    assert!(preview(&damaged).is_err());

    for (name, content) in [("空文件.zip", &b""[..]), ("照片.zip", b"\x89PNG\r\n\x1a\n0000")] {
        let path = stick.path().join(name);
        std::fs::write(&path, content).unwrap();
        let e = preview(&path).unwrap_err();
        assert_eq!(e.message, format!("“{name}”不是工作台的备份文件，或已损坏。"));
    }
    assert_eq!(unit_names(&desk), names);
}

/// A zip with `manifest` and the database file `db`, as another version of the program writes it.
fn handmade_backup(path: &Path, db: &Path, schema_version: u32) {
    let bytes = std::fs::read(db).unwrap();
    let sha: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    let manifest = serde_json::json!({
        "format": 1, "programVersion": "0.0.9", "schemaVersion": schema_version,
        "createdAt": "2026-01-05T02:00:00Z", "bodyName": "健康三门峡行动推进委员会",
        "counts": { "units": 0, "seats": 0, "liaisons": 0, "tasks": 0, "returns": 0,
                    "meetings": 0, "minutes": 0, "followUps": 0, "keptFiles": 0 },
        "lastHistoryId": 1,
        "entries": [{ "path": DATABASE_FILE, "size": bytes.len(), "sha256": sha }],
    });
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file(DATABASE_FILE, options).unwrap();
    zip.write_all(&bytes).unwrap();
    zip.start_file("manifest.json", options).unwrap();
    zip.write_all(manifest.to_string().as_bytes()).unwrap();
    zip.finish().unwrap();
}

#[test]
fn a_backup_of_a_newer_program_is_refused_and_an_older_one_migrated() {
    let (_dir, db) = office();
    let stick = tempfile::tempdir().unwrap();
    let mut desk = open(&db).unwrap();
    let names = unit_names(&desk);

    let newer = stick.path().join("新版本的备份.zip");
    handmade_backup(
        &newer,
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/v1.db"),
        99,
    );
    let e = desk.restore_backup(&newer).unwrap_err();
    assert_eq!(e.code, ErrorCode::TooNew);
    assert!(e.message.contains("更新版本的工作台（0.0.9）"), "{e}");
    assert_eq!(unit_names(&desk), names);

    let kept = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema/v1.db");
    let older = stick.path().join("旧版本的备份.zip");
    handmade_backup(&older, &kept, 1);
    desk.restore_backup(&older).unwrap();
    let old_units: Vec<String> = {
        let conn = rusqlite::Connection::open(&kept).unwrap();
        let mut stmt = conn.prepare("SELECT name FROM unit WHERE deleted_at IS NULL").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    assert!(!old_units.is_empty());
    let mut restored = unit_names(&desk);
    restored.sort();
    let mut expected = old_units;
    expected.sort();
    assert_eq!(restored, expected);
    // Migrated: the newest schema's tables are there and work.
    desk.add_unit(&unit("市数据局")).unwrap();
}

#[test]
fn a_backup_is_made_on_the_days_first_start_and_on_exit_after_a_change() {
    let (_dir, db) = office();
    let mut desk = open(&db).unwrap();
    let first = desk.daily_backup().unwrap().expect("the day's first start backs up");
    assert_eq!(first.kind, BackupKind::Auto);
    assert!(desk.daily_backup().unwrap().is_none(), "one a day");
    assert!(desk.backup_on_exit().unwrap().is_none(), "nothing changed since");
    desk.add_unit(&unit("市数据局")).unwrap();
    let on_exit = desk.backup_on_exit().unwrap().expect("a change is backed up on exit");
    assert_eq!(on_exit.counts.units, first.counts.units + 1);
    // Same day: the newer backup of the day is the one kept.
    let kept: Vec<String> = desk.backups().unwrap().into_iter().map(|b| b.path).collect();
    assert_eq!(kept, vec![on_exit.path]);
}

#[test]
fn the_exit_backup_follows_a_restore_of_an_older_backup() {
    let (_dir, db) = office();
    let stick = tempfile::tempdir().unwrap();
    let mut desk = open(&db).unwrap();
    let older = desk.back_up_to(stick.path()).unwrap();
    for name in ["市数据局", "市医保局", "市林业局"] {
        desk.add_unit(&unit(name)).unwrap();
    }
    assert!(desk.backup_on_exit().unwrap().is_some());
    desk.restore_backup(Path::new(&older.path)).unwrap();
    // The restored history ends lower than the newest automatic backup's: still a different state.
    desk.add_unit(&unit("市气象局")).unwrap();
    let on_exit = desk
        .backup_on_exit()
        .unwrap()
        .expect("the day's work after the restore is backed up");
    assert_eq!(on_exit.counts.units, older.counts.units + 1);
}

#[test]
fn an_empty_database_is_not_backed_up() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(&dir.path().join(DATABASE_FILE)).unwrap();
    assert!(desk.daily_backup().unwrap().is_none());
}

#[test]
fn a_damaged_foreign_or_newer_database_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);

    std::fs::write(&db, "这不是数据库，只是一段文字。".repeat(400)).unwrap();
    let e = open(&db).err().unwrap();
    assert_eq!(e.code, ErrorCode::Damaged, "{e}");

    std::fs::remove_file(&db).unwrap();
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("CREATE TABLE 账目 (id INTEGER PRIMARY KEY, 金额 REAL)")
        .unwrap();
    let e = open(&db).err().unwrap();
    assert_eq!(e.code, ErrorCode::Damaged);
    assert!(e.message.contains("不是工作台的数据库"), "{e}");

    std::fs::remove_file(&db).unwrap();
    drop(open(&db).unwrap());
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let e = open(&db).err().unwrap();
    assert_eq!(e.code, ErrorCode::TooNew, "{e}");
}

#[test]
fn a_database_with_damaged_pages_is_found_at_open() {
    let (_dir, db) = office();
    drop(open(&db).unwrap());
    // Overwrite the middle of the file: pages of tables and indexes no longer agree.
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096;
    for b in &mut bytes[page * 3..page * 6] {
        *b = 0x2a;
    }
    std::fs::write(&db, &bytes).unwrap();
    let e = open(&db).err().unwrap();
    assert_eq!(e.code, ErrorCode::Damaged, "{e}");
}

#[test]
fn a_second_copy_of_the_program_is_told_the_folder_is_in_use() {
    let (_dir, db) = office();
    let first = open(&db).unwrap();
    let e = open(&db).err().unwrap();
    assert_eq!(e.code, ErrorCode::Locked);
    assert!(e.message.contains("另一个正在运行的工作台"), "{e}");
    drop(first);
    open(&db).unwrap();
}

#[test]
fn a_damaged_database_is_set_aside_and_the_backup_restored() {
    let (dir, db) = office();
    let desk = open(&db).unwrap();
    let names = unit_names(&desk);
    let backup = PathBuf::from(desk.daily_backup().unwrap().unwrap().path);
    drop(desk);
    std::fs::write(&db, "损坏").unwrap();
    assert!(open(&db).is_err());

    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T04:00:00Z")
        .unwrap()
        .to_utc();
    recover(&db, &backup, now).unwrap();
    assert_eq!(unit_names(&open(&db).unwrap()), names);
    let mut aside = String::new();
    std::fs::File::open(dir.path().join("备份/损坏的数据_2026-11-25_120000").join(DATABASE_FILE))
        .unwrap()
        .read_to_string(&mut aside)
        .unwrap();
    assert_eq!(aside, "损坏");
}

#[test]
fn damage_deep_in_the_file_opens_at_the_start_and_the_check_beside_finds_it() {
    let (_dir, db) = office();
    drop(open(&db).unwrap());
    // The end of the file, as the safety end-to-end test damages it.
    let mut bytes = std::fs::read(&db).unwrap();
    let end = bytes.len();
    bytes[end - 4096 * 4..].fill(0x2a);
    std::fs::write(&db, &bytes).unwrap();
    let desk = Desk::open_at_start(&db, Arc::new(FixedClock::on(day(TODAY)))).expect("the start's checks pass");
    drop(desk);
    let e = committee_core::store::integrity::verify_file(&db).unwrap_err();
    assert_eq!(e.code, ErrorCode::Damaged, "{e}");
    assert_eq!(
        open(&db).err().unwrap().code,
        ErrorCode::Damaged,
        "a full open checks every page"
    );
}

#[test]
fn at_start_damaged_pages_are_found_by_the_check_that_runs_beside_the_window() {
    let (_dir, db) = office();
    drop(open(&db).unwrap());
    committee_core::store::integrity::verify_file(&db).unwrap();
    let mut bytes = std::fs::read(&db).unwrap();
    for b in &mut bytes[4096 * 3..4096 * 6] {
        *b = 0x2a;
    }
    std::fs::write(&db, &bytes).unwrap();
    // The check the shell runs beside the window at the start reads every page and names it.
    let e = committee_core::store::integrity::verify_file(&db).unwrap_err();
    assert_eq!(e.code, ErrorCode::Damaged, "{e}");
}
