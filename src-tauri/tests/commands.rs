//! Each area's commands through Tauri's mock runtime: arguments as the window sends them
//! (camelCase JSON), answers and errors as the window receives them.

use std::sync::Arc;

use chrono::NaiveDate;
use committee_core::clock::FixedClock;
use committee_core::Desk;
use committee_desk::state::DeskState;
use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

mod common;
use common::{app_window_with, invoke, setup_wugang};

fn app_window() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let desk = Desk::in_memory(Arc::new(FixedClock::on(today))).unwrap();
    app_window_with(DeskState::new(desk))
}

#[test]
fn setup_and_settings() {
    let (_app, w) = app_window();
    let early = invoke(&w, "list_units", json!({})).unwrap_err();
    assert_eq!(early["code"], "not_configured");
    setup_wugang(&w);
    let mut settings = invoke(&w, "settings", json!({})).unwrap();
    assert_eq!(settings["bodyName"], "健康舞钢行动推进委员会");
    settings["operator"] = json!("办公室小王");
    let saved = invoke(&w, "update_settings", json!({ "input": settings })).unwrap();
    assert_eq!(saved["operator"], "办公室小王");
    let titles = invoke(&w, "role_titles", json!({})).unwrap();
    assert_eq!(titles[0], json!({ "role": "director", "label": "主任" }));
    let summary = invoke(&w, "dashboard", json!({})).unwrap();
    assert_eq!(summary["seatCount"], 38);
}

#[test]
fn units_answer_with_field_errors() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let input = json!({ "name": "市卫健委", "shortName": "", "category": "政府部门", "sortOrder": null,
                        "activeFrom": null, "activeTo": null });
    let err = invoke(&w, "add_unit", json!({ "input": input })).unwrap_err();
    assert_eq!(err["code"], "conflict");
    assert_eq!(err["field"], "name");
    assert!(err["message"].as_str().unwrap().contains("市卫健委"));

    let added = invoke(
        &w,
        "add_unit",
        json!({ "input": { "name": "市气象局", "shortName": "", "category": "",
        "sortOrder": null, "activeFrom": null, "activeTo": null } }),
    )
    .unwrap();
    let units = invoke(&w, "list_units", json!({})).unwrap();
    assert_eq!(units.as_array().unwrap().len(), 37);
    invoke(&w, "delete_unit", json!({ "id": added["id"], "endSeatsOn": null })).unwrap();
    let log = invoke(&w, "unit_change_log", json!({ "id": units[3]["id"] })).unwrap();
    assert!(!log.as_array().unwrap().is_empty());
}

#[test]
fn roster_and_replacement() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let roster = invoke(&w, "roster", json!({ "asOf": null })).unwrap();
    let seats = roster.as_array().unwrap();
    assert_eq!(seats.len(), 40);
    assert_eq!(seats[0]["personName"], "王海彦");
    assert_eq!(seats[0]["roleLabel"], "主任");
    let input = json!({ "memberId": seats[5]["id"], "on": "2026-11-01", "personName": "孙七", "post": "",
                        "phone": "", "note": "", "reason": "工作调动" });
    invoke(&w, "replace_member", json!({ "input": input })).unwrap();
    let after = invoke(&w, "roster", json!({ "asOf": "2026-11-01" })).unwrap();
    assert_eq!(after[5]["personName"], "孙七");
    let bad = invoke(&w, "roster", json!({ "asOf": "昨天" })).unwrap_err();
    assert_eq!(bad["field"], "asOf");
}

#[test]
fn liaisons_are_set_changed_and_validated() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let rows = invoke(&w, "list_liaisons", json!({})).unwrap();
    let unit_id = rows[0]["unitId"].clone();
    let mut input = json!({ "unitId": unit_id, "name": "李四", "department": "办公室", "post": "科长",
        "officePhone": "0375-8123456", "mobile": "1380000", "email": "", "filedOn": "2026-11-20", "reason": "" });
    let err = invoke(&w, "set_liaison", json!({ "input": input })).unwrap_err();
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("invalid"), Some("mobile"))
    );
    input["mobile"] = json!("13800000000");
    invoke(&w, "set_liaison", json!({ "input": input })).unwrap();
    input["name"] = json!("王五");
    let err = invoke(&w, "set_liaison", json!({ "input": input })).unwrap_err();
    assert_eq!(err["field"], "unitId");
    invoke(&w, "change_liaison", json!({ "input": input })).unwrap();
    let history = invoke(&w, "liaison_history", json!({ "unitId": unit_id })).unwrap();
    assert_eq!(history.as_array().unwrap().len(), 2);
}

#[test]
fn exports_and_print_fonts() {
    let dir = std::env::temp_dir().join(format!("committee-desk-exports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Stands in for the save dialog, which the mock runtime cannot show.
    std::env::set_var("COMMITTEE_DESK_SAVE_DIR", &dir);
    let (_app, w) = app_window();
    setup_wugang(&w);
    let args = json!({ "what": { "kind": "roster", "layout": "table", "asOf": null }, "format": "xlsx" });
    let saved = invoke(&w, "export_output", args).unwrap();
    let path = std::path::PathBuf::from(saved.as_str().unwrap());
    assert_eq!(path, dir.join("组成人员名单（表格）.xlsx"));
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"), "an xlsx (zip) file");

    let bad_date = json!({ "what": { "kind": "roster", "layout": "list", "asOf": "2026-13-01" }, "format": "pdf" });
    let err = invoke(&w, "export_output", bad_date).unwrap_err();
    assert_eq!(err["field"], "asOf");

    // The core names every file, made safe for Windows in one place: a “/” in a meeting's
    // title does not break its export.
    let kinds = invoke(&w, "meeting_kinds", json!({})).unwrap();
    let input = json!({ "input": {
        "kindId": kinds[0]["id"], "title": "A/B专题会议", "meetingOn": "2026-11-30", "startsAt": "09:00",
        "endsAt": "10:00", "place": "", "convener": "", "chair": "", "agenda": [], "contact": "" } });
    let meeting = invoke(&w, "add_meeting", input).unwrap();
    let what = json!({ "kind": "meeting", "meetingId": meeting["meeting"]["id"], "what": "notice" });
    let saved = invoke(&w, "export_output", json!({ "what": what, "format": "pdf" })).unwrap();
    assert_eq!(
        std::path::PathBuf::from(saved.as_str().unwrap()),
        dir.join("2026-11-30_A_B专题会议_会议通知.pdf")
    );
    let err = invoke(
        &w,
        "export_output",
        json!({ "what": { "kind": "everything" }, "format": "pdf" }),
    )
    .unwrap_err();
    assert_eq!(err["field"], "format");

    let fonts = invoke(&w, "print_fonts", json!({})).unwrap();
    assert_eq!(fonts.as_array().unwrap().len(), 4);
    let err = invoke(&w, "set_print_font", json!({ "role": "body", "fontKey": "comic" })).unwrap_err();
    assert_eq!(err["field"], "fontKey");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn roster_import_checks_then_imports() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/roster-libreoffice.xls"
    );
    let (_app, w) = app_window();
    setup_wugang(&w);
    let sheets = invoke(&w, "import_sheets", json!({ "path": fixture })).unwrap();
    let request = json!({ "path": fixture, "mapping": sheets[0]["guess"], "termFrom": "2026-11-01" });
    let check = invoke(&w, "check_roster_import", json!({ "request": request })).unwrap();
    assert_eq!(check["lines"].as_array().unwrap().len(), 3);
    let done = invoke(&w, "import_roster", json!({ "request": request })).unwrap();
    assert_eq!(done["seatsAdded"], 3);
    let again = invoke(&w, "import_roster", json!({ "request": request })).unwrap_err();
    assert_eq!(again["field"], "file", "the same people again are duplicates");
}

#[test]
fn task_breakdown() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let tasks = invoke(&w, "list_tasks", json!({})).unwrap();
    assert_eq!(tasks.as_array().unwrap().len(), 16);
    assert_eq!(tasks[0]["leadUnitName"], "市卫健委");
    let input = json!({ "actionName": "控烟行动", "seq": null, "content": "", "leadLeader": "",
        "leadUnitId": null, "cooperating": "", "active": true });
    let err = invoke(&w, "add_task", json!({ "input": input })).unwrap_err();
    assert_eq!(err["field"], "content");
}

#[test]
fn about_names_the_version_and_says_when_there_is_no_data_folder() {
    let (_app, window) = app_window();
    let about = invoke(&window, "about", json!({})).unwrap();
    assert_eq!(about["version"], json!(env!("CARGO_PKG_VERSION")));
    assert_eq!(about["dataFolder"], Value::Null);
    assert_eq!(about["portable"], json!(false));
    let refused = invoke(&window, "open_data_folder", json!({})).unwrap_err();
    assert_eq!(refused["message"], json!("数据没有保存在文件夹中"));
}

#[test]
fn reminders_are_recorded_and_the_message_written() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let period = invoke(&w, "open_period", json!({ "year": 2026, "month": 11 })).unwrap();
    let board = invoke(&w, "report_board", json!({ "periodId": period["id"] })).unwrap();
    let unit = board["rows"][0]["unitId"].clone();
    let input = json!({ "periodId": period["id"], "unitIds": [], "channel": "sms" });
    let err = invoke(&w, "record_reminders", json!({ "input": input })).unwrap_err();
    assert_eq!(err["field"], "unitIds");
    let input = json!({ "periodId": period["id"], "unitIds": [unit], "channel": "sms", "note": "" });
    let saved = invoke(&w, "record_reminders", json!({ "input": input })).unwrap();
    assert_eq!(saved[0]["channel"], "sms");
    let board = invoke(&w, "report_board", json!({ "periodId": period["id"] })).unwrap();
    assert_eq!(board["rows"][0]["reminders"], 1);
    let text = invoke(
        &w,
        "reminder_message",
        json!({ "periodId": period["id"], "unitId": unit }),
    )
    .unwrap();
    assert!(text.as_str().unwrap().contains("2026年11月信息收集汇总表尚未报送"));
    invoke(&w, "delete_reminder", json!({ "id": saved[0]["id"] })).unwrap();
    let left = invoke(&w, "reminders", json!({ "periodId": period["id"], "unitId": unit })).unwrap();
    assert!(left.as_array().unwrap().is_empty());
}

#[test]
fn the_year_record_and_the_charts_answer_the_window() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let period = invoke(&w, "open_period", json!({ "year": 2026, "month": 10 })).unwrap();
    let record = invoke(&w, "unit_records", json!({ "year": 2026 })).unwrap();
    assert_eq!(record["rules"].as_array().unwrap().len(), 4);
    let first = &record["units"][0];
    assert_eq!(first["months"].as_array().unwrap().len(), 12);
    assert!(first["returns"]["onTime"].is_number());
    let err = invoke(&w, "unit_records", json!({ "year": 1990 })).unwrap_err();
    assert_eq!(err["field"], "year");
    let charts = invoke(&w, "dashboard_charts", json!({})).unwrap();
    assert_eq!(charts["reporting"][0]["periodId"], period["id"]);
    assert_eq!(charts["overdueTrend"].as_array().unwrap().len(), 12);
}

#[test]
fn the_calendar_is_kept_and_counts_working_days() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let year = invoke(&w, "calendar_year", json!({ "year": 2026 })).unwrap();
    assert!(year["preset"].is_string());
    let loaded = invoke(&w, "load_calendar_preset", json!({ "year": 2026 })).unwrap();
    assert_eq!(loaded["holidays"].as_array().unwrap().len(), 7);
    let input = json!({ "name": "国庆节", "offFrom": "2026-10-01", "offTo": "2026-10-02", "workDays": [] });
    let err = invoke(&w, "add_holiday", json!({ "input": input })).unwrap_err();
    assert_eq!(err["field"], "offFrom");
    let deadline = invoke(&w, "working_day_deadline", json!({ "days": 5 })).unwrap();
    assert_eq!(deadline, "2026-12-02");
    let mut settings = invoke(&w, "settings", json!({})).unwrap();
    settings["deadlineOnDayOff"] = json!("earlier");
    invoke(&w, "update_settings", json!({ "input": settings })).unwrap();
    let april = invoke(&w, "period_deadline", json!({ "year": 2026, "month": 4 })).unwrap();
    assert_eq!(april["deadline"], "2026-04-24");
    assert_eq!(april["movedFrom"], "2026-04-25");
    let ids = loaded["holidays"][0]["ids"].clone();
    invoke(&w, "delete_holiday", json!({ "ids": ids })).unwrap();
    let after = invoke(&w, "calendar_year", json!({ "year": 2026 })).unwrap();
    assert_eq!(after["holidays"].as_array().unwrap().len(), 6);
}
