mod common;

use committee_core::*;
use common::*;

#[test]
fn one_liaison_per_unit_and_changes_are_filed() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    let first = desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    assert_eq!(first.start_on, "2024-01-02");

    let e = desk.set_liaison(&liaison(u.id, "王五", "2026-01-02")).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Conflict, Some("unitId")));
    assert!(e.message.contains("变更联络员"));

    let second = desk
        .change_liaison(&LiaisonInput {
            reason: "岗位调整".into(),
            ..liaison(u.id, "王五", "2026-05-06")
        })
        .unwrap();
    let rows = desk.list_liaisons().unwrap();
    assert_eq!(rows[0].liaison.as_ref().unwrap().id, second.id);
    let history = desk.liaison_history(u.id).unwrap();
    assert_eq!(
        history.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(),
        ["王五", "李四"]
    );
    assert_eq!(history[1].end_on.as_deref(), Some("2026-05-06"));
    assert_eq!(desk.unit_change_log(u.id).unwrap()[0].reason, "岗位调整");
}

#[test]
fn a_change_needs_a_current_liaison_and_a_sensible_date() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    assert_eq!(
        desk.change_liaison(&liaison(u.id, "王五", "2026-05-06"))
            .unwrap_err()
            .code,
        ErrorCode::Conflict
    );
    desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    let e = desk.change_liaison(&liaison(u.id, "王五", "2023-05-06")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("filedOn"));
    assert_eq!(desk.liaison_history(u.id).unwrap().len(), 1, "nothing changed");
}

#[test]
fn malformed_phone_numbers_name_their_field() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    let e = desk
        .set_liaison(&LiaisonInput {
            mobile: "1380000000".into(),
            ..liaison(u.id, "李四", "2024-01-02")
        })
        .unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Invalid, Some("mobile")));
    assert!(e.message.starts_with("手机应为11位手机号码"));
    let e = desk
        .set_liaison(&LiaisonInput {
            office_phone: "8123456".into(),
            ..liaison(u.id, "李四", "2024-01-02")
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("officePhone"));
    assert!(e.message.contains("区号"));
    assert!(desk.list_liaisons().unwrap()[0].liaison.is_none(), "nothing saved");
    // Anything else is not checked beyond its length: an email or a fax number both fit.
    desk.set_liaison(&LiaisonInput {
        email: "0375-8123457（传真）".into(),
        ..liaison(u.id, "李四", "2024-01-02")
    })
    .unwrap();
}

#[test]
fn correcting_details_files_nothing() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    let l = desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    let fixed = desk
        .edit_liaison(
            l.id,
            &LiaisonInput {
                mobile: "13912345678".into(),
                ..liaison(u.id, "李四", "")
            },
        )
        .unwrap();
    assert_eq!(
        (fixed.mobile.as_str(), fixed.start_on.as_str()),
        ("13912345678", "2024-01-02")
    );
    assert_eq!(desk.liaison_history(u.id).unwrap().len(), 1);
    assert_eq!(desk.history_of("liaison", l.id).unwrap().len(), 2);
}

#[test]
fn units_without_a_liaison_are_listed() {
    let mut desk = empty_desk();
    let a = desk.add_unit(&unit("甲单位")).unwrap();
    let b = desk.add_unit(&unit("乙单位")).unwrap();
    desk.set_liaison(&liaison(a.id, "李四", "2024-01-02")).unwrap();
    let without = desk.units_without_liaison().unwrap();
    assert_eq!(without.iter().map(|u| u.id).collect::<Vec<_>>(), [b.id]);
    assert_eq!(desk.dashboard().unwrap().units_without_liaison.len(), 1);
    let l = desk.list_liaisons().unwrap()[0].liaison.clone().unwrap();
    desk.delete_liaison(l.id).unwrap();
    assert_eq!(desk.units_without_liaison().unwrap().len(), 2);
}
