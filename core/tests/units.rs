mod common;

use committee_core::*;
use common::*;

#[test]
fn units_are_added_listed_in_order_and_edited() {
    let mut desk = empty_desk();
    let a = desk.add_unit(&unit("市卫生健康委")).unwrap();
    let b = desk
        .add_unit(&UnitInput {
            sort_order: Some(5),
            ..unit("市教育局")
        })
        .unwrap();
    assert_eq!(a.sort_order, 10);
    let list = desk.list_units().unwrap();
    assert_eq!(
        list.iter().map(|u| u.unit.name.as_str()).collect::<Vec<_>>(),
        ["市教育局", "市卫生健康委"]
    );
    let edited = desk
        .update_unit(
            b.id,
            &UnitInput {
                short_name: "教育局".into(),
                ..unit("市教育体育局")
            },
        )
        .unwrap();
    assert_eq!((edited.name.as_str(), edited.sort_order), ("市教育体育局", 5));
    assert!(desk.unit_categories().unwrap().contains(&"乡镇（街道）".to_string()));
}

#[test]
fn active_unit_names_are_unique() {
    let mut desk = empty_desk();
    let a = desk.add_unit(&unit("市财政局")).unwrap();
    let e = desk.add_unit(&unit(" 市财政局 ")).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Conflict, Some("name")));
    assert!(e.message.contains("市财政局"));
    let b = desk.add_unit(&unit("市税务局")).unwrap();
    assert_eq!(
        desk.update_unit(b.id, &unit("市财政局")).unwrap_err().code,
        ErrorCode::Conflict
    );
    // A unit that has left (or was deleted) frees its name.
    desk.update_unit(
        a.id,
        &UnitInput {
            active_to: Some("2025-12-31".into()),
            ..unit("市财政局")
        },
    )
    .unwrap();
    desk.add_unit(&unit("市财政局")).unwrap();
}

#[test]
fn unit_input_is_validated() {
    let mut desk = empty_desk();
    let e = desk.add_unit(&unit("")).unwrap_err();
    assert_eq!(
        (e.field.as_deref(), e.message.as_str()),
        (Some("name"), "请填写单位名称")
    );
    let e = desk
        .add_unit(&UnitInput {
            active_from: Some("2026-13-01".into()),
            ..unit("市民政局")
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("activeFrom"));
    let e = desk
        .add_unit(&UnitInput {
            active_from: Some("2026-02-01".into()),
            active_to: Some("2026-01-01".into()),
            ..unit("市民政局")
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("activeTo"));
    assert!(desk.list_units().unwrap().is_empty(), "nothing saved");
}

#[test]
fn a_unit_with_seats_in_office_is_not_deleted_without_ending_them() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市水利局")).unwrap();
    desk.add_member(&seat(Role::Member, "蔺永超", Some(u.id), "2023-08-18"))
        .unwrap();
    desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    let e = desk.delete_unit(u.id, None).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Conflict, Some("activeSeats")));
    assert!(e.message.contains("蔺永超") && e.message.contains("1名"));
    assert_eq!(desk.list_units().unwrap().len(), 1, "nothing changed");
    assert_eq!(desk.roster(None).unwrap().len(), 1);

    desk.delete_unit(u.id, Some("2026-11-30")).unwrap();
    assert!(desk.list_units().unwrap().is_empty());
    assert!(desk.roster(Some("2026-12-01")).unwrap().is_empty());
    assert_eq!(names(&desk.roster(Some("2026-11-30")).unwrap()), ["蔺永超"]);
    assert_eq!(
        desk.liaison_history(u.id).unwrap()[0].end_on.as_deref(),
        Some("2026-11-30")
    );
    let deleted = desk.history_of("unit", u.id).unwrap();
    assert_eq!(deleted.last().unwrap().action, "delete");
    assert_eq!(desk.delete_unit(u.id, None).unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn a_unit_whose_seats_have_ended_is_deleted_directly() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市乡村振兴局")).unwrap();
    let m = desk
        .add_member(&seat(Role::Member, "刘洋", Some(u.id), "2023-08-18"))
        .unwrap();
    desk.end_member(&EndMemberInput {
        member_id: m.id,
        on: "2025-03-01".into(),
        reason: "机构改革".into(),
    })
    .unwrap();
    desk.delete_unit(u.id, None).unwrap();
}

#[test]
fn the_change_log_tells_the_story_of_a_unit() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    let m = desk
        .add_member(&MemberInput {
            post: "市卫健委副主任".into(),
            ..seat(Role::Member, "陈文超", Some(u.id), "2023-08-18")
        })
        .unwrap();
    desk.replace_member(&ReplaceMemberInput {
        member_id: m.id,
        on: "2026-03-01".into(),
        person_name: "赵六".into(),
        post: "市卫健委副主任".into(),
        phone: String::new(),
        note: String::new(),
        reason: "工作调动".into(),
    })
    .unwrap();
    desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    desk.change_liaison(&LiaisonInput {
        reason: "岗位调整".into(),
        ..liaison(u.id, "王五", "2026-05-06")
    })
    .unwrap();

    let log = desk.unit_change_log(u.id).unwrap();
    let lines: Vec<_> = log
        .iter()
        .map(|c| (c.date.as_str(), c.kind, c.text.as_str(), c.reason.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "2026-05-06",
                UnitChangeKind::LiaisonStarted,
                "王五 疾控科 科长",
                "岗位调整"
            ),
            ("2026-05-06", UnitChangeKind::LiaisonEnded, "李四 疾控科 科长", ""),
            (
                "2026-03-01",
                UnitChangeKind::SeatStarted,
                "委员 赵六（市卫健委副主任）",
                "工作调动"
            ),
            (
                "2026-02-28",
                UnitChangeKind::SeatEnded,
                "委员 陈文超（市卫健委副主任）",
                ""
            ),
            (
                "2024-01-02",
                UnitChangeKind::LiaisonStarted,
                "李四 疾控科 科长",
                "确定联络员"
            ),
            (
                "2023-08-18",
                UnitChangeKind::SeatStarted,
                "委员 陈文超（市卫健委副主任）",
                ""
            ),
        ]
    );
    assert_eq!(log[0].filed_by, "办公室小李");
}
