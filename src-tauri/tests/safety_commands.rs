//! The data-safety commands through Tauri's mock runtime, against a database in a folder:
//! backups and restore, the recycle bin, the history and its export, and the recovery screen's
//! commands when the database cannot be opened.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::location::DATABASE_FILE;
use committee_desk::state::DeskState;
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

mod common;
use common::{app_window_with, invoke, setup_wugang};

fn app_window(db: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    app_window_with(DeskState::open(
        Ok(db.to_path_buf()),
        Arc::new(FixedClock::on(today)),
        Vec::new(),
    ))
}

fn unit_count(w: &WebviewWindow<MockRuntime>) -> usize {
    invoke(w, "list_units", json!({})).unwrap().as_array().unwrap().len()
}

#[test]
fn backup_restore_recycle_bin_and_history() {
    let data = tempfile::tempdir().unwrap();
    let stick = data.path().join("U盘");
    // Stands in for the folder dialog, which the mock runtime cannot show.
    std::env::set_var("COMMITTEE_DESK_SAVE_DIR", &stick);
    let (_app, w) = app_window(&data.path().join(DATABASE_FILE));
    setup_wugang(&w);
    let units = unit_count(&w);

    let backup = invoke(&w, "back_up_now", json!({})).unwrap();
    assert_eq!(backup["kind"], "manual");
    assert_eq!(backup["counts"]["units"], units);
    let path = backup["path"].as_str().unwrap().to_owned();
    assert!(PathBuf::from(&path).starts_with(&stick));

    let first = invoke(&w, "list_units", json!({})).unwrap()[0]["id"].clone();
    invoke(&w, "delete_unit", json!({ "id": first, "endSeatsOn": "2026-11-25" })).unwrap();
    let bin = invoke(&w, "recycle_bin", json!({})).unwrap();
    assert_eq!(bin[0]["kind"], "unit");
    assert_eq!(bin[0]["deletedBy"], "办公室");
    invoke(&w, "restore_from_bin", json!({ "kind": "unit", "id": first })).unwrap();
    assert_eq!(unit_count(&w), units);

    let page = invoke(&w, "history", json!({ "query": { "area": "成员单位", "limit": 2 } })).unwrap();
    assert_eq!(page["rows"][0]["action"], "从回收站恢复");
    let what = json!({ "kind": "history", "query": { "area": "成员单位" } });
    let saved = invoke(&w, "export_output", json!({ "what": what, "format": "xlsx" })).unwrap();
    assert!(std::fs::read(saved.as_str().unwrap()).unwrap().starts_with(b"PK"));
    let what = json!({ "kind": "everything" });
    let everything = invoke(&w, "export_output", json!({ "what": what, "format": "xlsx" })).unwrap();
    assert!(everything
        .as_str()
        .unwrap()
        .ends_with("全部数据（2026年11月25日导出）.xlsx"));

    invoke(
        &w,
        "add_unit",
        json!({ "input": { "name": "市数据局", "shortName": "", "category": "",
        "sortOrder": null, "activeFrom": null, "activeTo": null } }),
    )
    .unwrap();
    let preview = invoke(&w, "preview_backup", json!({ "path": path })).unwrap();
    assert_eq!(preview["bodyName"], "健康舞钢行动推进委员会");
    let safety = invoke(&w, "restore_backup", json!({ "path": path })).unwrap();
    assert_eq!(safety["kind"], "before_restore");
    assert_eq!(safety["counts"]["units"], units + 1);
    assert_eq!(unit_count(&w), units);
    let kept = invoke(&w, "backups", json!({})).unwrap();
    assert_eq!(kept[0]["path"], safety["path"]);

    let bad = invoke(&w, "preview_backup", json!({ "path": data.path().join(DATABASE_FILE) })).unwrap_err();
    assert_eq!(bad["message"], "“committee-desk.db”不是工作台的备份文件，或已损坏。");
    assert_eq!(invoke(&w, "start_problem", json!({})).unwrap(), Value::Null);
}

#[test]
fn a_damaged_database_opens_the_recovery_screens_commands() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DATABASE_FILE);
    let clock = Arc::new(FixedClock::on(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()));
    let backup = {
        let mut desk = committee_core::Desk::open(&db, clock).unwrap();
        let preset = desk
            .setup_state()
            .unwrap()
            .presets
            .into_iter()
            .find(|p| p.id == "wugang")
            .unwrap();
        let input = committee_core::SetupInput {
            settings: preset.settings,
            preset: Some("wugang".into()),
        };
        desk.complete_setup(&input).unwrap();
        desk.daily_backup().unwrap().unwrap()
    };
    std::fs::write(&db, "这不是数据库".repeat(1000)).unwrap();

    let (_app, w) = app_window(&db);
    let err = invoke(&w, "list_units", json!({})).unwrap_err();
    assert_eq!(err["code"], "damaged");
    let problem = invoke(&w, "start_problem", json!({})).unwrap();
    assert_eq!(problem["error"]["code"], "damaged");
    assert_eq!(problem["backups"][0]["path"], backup.path);
    assert_eq!(problem["dataFolder"], data.path().display().to_string());

    invoke(&w, "recover_from_backup", json!({ "path": backup.path })).unwrap();
    assert_eq!(invoke(&w, "start_problem", json!({})).unwrap(), Value::Null);
    assert!(unit_count(&w) > 30);
    let again = invoke(&w, "retry_open", json!({})).unwrap_err();
    assert_eq!(again["message"], "数据已经打开，无需恢复");
}
