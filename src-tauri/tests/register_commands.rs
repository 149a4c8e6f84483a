//! 专项行动工作组, 专家咨询委员会 and 公文登记 through Tauri's mock runtime: arguments as the window
//! sends them, answers and field errors as it receives them.

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

fn group_input(name: &str, people: Value) -> Value {
    json!({ "name": name, "leadUnitId": null, "cooperatingUnitIds": [], "people": people,
            "duties": "", "targets": "" })
}

#[test]
fn groups_are_edited_reordered_and_retired() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let page = invoke(&w, "action_group_page", json!({})).unwrap();
    let groups = page["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 16);
    assert_eq!(groups[0]["tasks"].as_array().unwrap().len(), 1);
    assert_eq!(page["periodLabel"], Value::Null);

    let nameless = json!([{ "role": "leader", "name": " ", "post": "", "unitName": "" }]);
    let err = invoke(
        &w,
        "add_action_group",
        json!({ "input": group_input("健康细胞行动", nameless) }),
    )
    .unwrap_err();
    assert_eq!(err["field"], "people");
    let people =
        json!([{ "role": "leader", "memberId": null, "name": "张建国", "post": "副主任", "unitName": "市卫健委" }]);
    let added = invoke(
        &w,
        "add_action_group",
        json!({ "input": group_input("健康细胞行动", people) }),
    )
    .unwrap();
    assert_eq!(added["people"][0]["role"], "leader");

    let ids: Vec<Value> = groups.iter().map(|g| g["id"].clone()).rev().collect();
    let reordered = invoke(&w, "reorder_action_groups", json!({ "ids": ids })).unwrap();
    assert_eq!(reordered[0]["id"], groups[15]["id"]);
    let bad = invoke(
        &w,
        "retire_action_group",
        json!({ "id": added["id"], "on": "2026/11/01" }),
    )
    .unwrap_err();
    assert_eq!(bad["field"], "retiredOn");
    let retired = invoke(
        &w,
        "retire_action_group",
        json!({ "id": added["id"], "on": "2026-11-01" }),
    )
    .unwrap();
    assert_eq!(retired["retiredOn"], "2026-11-01");
    invoke(&w, "reinstate_action_group", json!({ "id": added["id"] })).unwrap();
}

#[test]
fn experts_are_appointed_warned_about_and_dismissed() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let input = json!({ "name": "郑国华", "employer": "市人民医院", "professionalTitle": "主任医师",
        "specialty": "心血管内科", "recommenderKind": "area", "recommenderGroupId": null,
        "recommenderArea": "湖滨区", "panelRole": "director", "termFrom": "2025-01-15", "phone": "" });
    let expert = invoke(&w, "add_expert", json!({ "input": input })).unwrap();
    assert_eq!(expert["termTo"], "2027-01-14");
    let rows = invoke(&w, "list_experts", json!({})).unwrap();
    assert_eq!(rows[0]["status"], "serving");
    assert_eq!(rows[0]["endingSoon"], true);
    let warnings = invoke(&w, "expert_panel_warnings", json!({})).unwrap();
    assert!(warnings[0].as_str().unwrap().contains("尚无在聘专家"));
    let summary = invoke(&w, "dashboard", json!({})).unwrap();
    assert_eq!(summary["expiringExperts"][0]["name"], "郑国华");

    let no_reason = json!({ "on": "2026-11-01", "reason": "", "document": "" });
    let err = invoke(&w, "dismiss_expert", json!({ "id": expert["id"], "input": no_reason })).unwrap_err();
    assert_eq!(err["field"], "reason");
    let input = json!({ "on": "2026-11-01", "reason": "本人申请", "document": "三健委函〔2026〕5号" });
    invoke(&w, "dismiss_expert", json!({ "id": expert["id"], "input": input })).unwrap();
    assert_eq!(invoke(&w, "list_experts", json!({})).unwrap()[0]["status"], "dismissed");
    invoke(&w, "delete_expert", json!({ "id": expert["id"] })).unwrap();
    assert!(invoke(&w, "list_experts", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn the_register_numbers_cancels_and_filters() {
    let (_app, w) = app_window();
    setup_wugang(&w);
    let kinds = invoke(&w, "doc_kinds", json!({})).unwrap();
    let file = kinds[0]["id"].clone();
    let mut kind = kinds[0].clone();
    kind["prefix"] = json!("舞健委");
    let input =
        json!({ "name": kind["name"], "prefix": "舞健委", "signer": "刘军", "numbering": "year", "retired": false });
    invoke(&w, "update_doc_kind", json!({ "id": file, "input": input })).unwrap();
    let next = invoke(&w, "next_doc_number", json!({ "kindId": file, "writtenOn": null })).unwrap();
    assert_eq!(next, "舞健委〔2026〕1号");

    let doc = |title: &str| {
        json!({ "input": { "kindId": file, "title": title, "signer": "刘军", "writtenOn": "2026-03-01",
            "mainTo": "各成员单位", "copiedTo": "", "secrecy": "", "urgency": "", "meetingId": null, "note": "" } })
    };
    let err = invoke(&w, "register_document", doc("")).unwrap_err();
    assert_eq!(err["field"], "title");
    let first = invoke(&w, "register_document", doc("关于印发工作要点的通知")).unwrap();
    assert_eq!(first["docNumber"], "舞健委〔2026〕1号");
    let err = invoke(&w, "void_document", json!({ "id": first["id"], "reason": "" })).unwrap_err();
    assert_eq!(err["field"], "reason");
    invoke(&w, "void_document", json!({ "id": first["id"], "reason": "标题有误" })).unwrap();
    let second = invoke(&w, "register_document", doc("关于印发2026年工作要点的通知")).unwrap();
    assert_eq!(second["docNumber"], "舞健委〔2026〕2号");
    let revoked = invoke(
        &w,
        "set_document_revoked",
        json!({ "id": second["id"], "how": "abolished", "on": "2026-11-01" }),
    )
    .unwrap();
    assert_eq!(revoked["revokeKind"], "abolished");

    let page = invoke(
        &w,
        "document_page",
        json!({ "query": { "year": 2026, "kindId": null, "text": "要点" } }),
    )
    .unwrap();
    let states: Vec<&str> = page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["abolished", "voided"]);
    assert_eq!(page["years"], json!([2026]));
}
