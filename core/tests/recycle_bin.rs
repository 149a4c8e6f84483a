//! 回收站 (C9): deleted records are listed with who deleted them, come back with what their
//! deletion changed, explain a clash, and can be removed for good when nothing points at them.

mod common;

use committee_core::*;
use common::*;

fn seat_of(desk: &Desk, unit_id: i64, id: i64) -> Member {
    desk.unit_seats(unit_id)
        .unwrap()
        .into_iter()
        .find(|r| r.member.id == id)
        .unwrap()
        .member
}

fn find(desk: &Desk, kind: BinKind, title: &str) -> BinItem {
    desk.recycle_bin()
        .unwrap()
        .into_iter()
        .find(|i| i.kind == kind && i.title == title)
        .unwrap_or_else(|| panic!("{title} is not in the recycle bin"))
}

#[test]
fn a_removed_unit_comes_back_with_its_seats_and_liaison() {
    let mut desk = empty_desk();
    let unit_id = desk.add_unit(&unit("市数据局")).unwrap().id;
    let seat = desk
        .add_member(&seat(Role::Member, "张三", Some(unit_id), "2025-01-01"))
        .unwrap();
    desk.set_liaison(&liaison(unit_id, "李四", "2025-01-01")).unwrap();
    desk.delete_unit(unit_id, Some("2026-11-20")).unwrap();
    assert!(desk.list_units().unwrap().iter().all(|u| u.unit.name != "市数据局"));

    let item = find(&desk, BinKind::Unit, "市数据局");
    assert_eq!(item.deleted_by, "办公室小李");
    assert_eq!(item.together, vec!["组成人员 1 条", "联络员 1 条"]);

    let left = desk.restore_from_bin(BinKind::Unit, unit_id).unwrap();
    assert!(left.is_empty(), "{left:?}");
    assert!(desk.list_units().unwrap().iter().any(|u| u.unit.name == "市数据局"));
    assert_eq!(
        seat_of(&desk, unit_id, seat.id).term_to,
        None,
        "the seat is in office again"
    );
    let row = desk
        .list_liaisons()
        .unwrap()
        .into_iter()
        .find(|r| r.unit_id == unit_id)
        .unwrap();
    assert_eq!(row.liaison.unwrap().name, "李四");
    assert!(desk.recycle_bin().unwrap().is_empty());
    // The restore is in the history, as the deletion is.
    let actions: Vec<String> = desk
        .history_of("unit", unit_id)
        .unwrap()
        .into_iter()
        .map(|h| h.action)
        .collect();
    assert_eq!(actions, ["insert", "delete", "restore"]);
}

#[test]
fn a_restore_that_would_clash_explains_why() {
    let mut desk = empty_desk();
    let old = desk.add_unit(&unit("市数据局")).unwrap().id;
    desk.delete_unit(old, None).unwrap();
    desk.add_unit(&unit("市数据局")).unwrap();
    let e = desk.restore_from_bin(BinKind::Unit, old).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("现有成员单位中已有“市数据局”"), "{e}");
    assert_eq!(desk.recycle_bin().unwrap().len(), 1, "nothing changed");

    let unit_id = desk.add_unit(&unit("市医保局")).unwrap().id;
    let first = desk.set_liaison(&liaison(unit_id, "王五", "2025-01-01")).unwrap();
    desk.delete_liaison(first.id).unwrap();
    desk.set_liaison(&liaison(unit_id, "赵六", "2025-02-01")).unwrap();
    let e = desk.restore_from_bin(BinKind::Liaison, first.id).unwrap_err();
    assert!(e.message.contains("现任联络员是“赵六”"), "{e}");

    let seat_id = desk
        .add_member(&seat(Role::Member, "孙七", Some(unit_id), "2025-01-01"))
        .unwrap()
        .id;
    desk.delete_member(seat_id).unwrap();
    desk.delete_liaison(
        desk.list_liaisons()
            .unwrap()
            .into_iter()
            .find(|r| r.unit_id == unit_id)
            .unwrap()
            .liaison
            .unwrap()
            .id,
    )
    .unwrap();
    desk.delete_unit(unit_id, None).unwrap();
    let e = desk.restore_from_bin(BinKind::Member, seat_id).unwrap_err();
    assert!(e.message.contains("所属的成员单位“市医保局”也在回收站中"), "{e}");
}

#[test]
fn a_record_changed_since_its_companions_deletion_is_left_as_it_is() {
    let mut desk = empty_desk();
    let unit_id = desk.add_unit(&unit("市数据局")).unwrap().id;
    let seat = desk
        .add_member(&seat(Role::Member, "张三", Some(unit_id), "2025-01-01"))
        .unwrap();
    desk.delete_unit(unit_id, Some("2026-11-20")).unwrap();
    // The seat itself goes to the bin after the unit: that later change stands.
    desk.delete_member(seat.id).unwrap();
    let left = desk.restore_from_bin(BinKind::Unit, unit_id).unwrap();
    assert_eq!(left, vec!["组成人员“张三”"]);
    assert_eq!(
        find(&desk, BinKind::Member, "张三").id,
        seat.id,
        "the seat stays where it was put"
    );
}

#[test]
fn removing_for_good_needs_nothing_to_point_at_it() {
    let mut desk = empty_desk();
    let lone = desk.add_unit(&unit("临时单位")).unwrap().id;
    desk.delete_unit(lone, None).unwrap();
    desk.purge_from_bin(BinKind::Unit, lone).unwrap();
    assert!(desk.recycle_bin().unwrap().is_empty());
    let actions: Vec<String> = desk
        .history_of("unit", lone)
        .unwrap()
        .into_iter()
        .map(|h| h.action)
        .collect();
    assert_eq!(actions, ["insert", "delete", "purge"], "its history stays");

    let unit_id = desk.add_unit(&unit("市数据局")).unwrap().id;
    let seat = desk
        .add_member(&seat(Role::Member, "张三", Some(unit_id), "2025-01-01"))
        .unwrap();
    desk.delete_unit(unit_id, Some("2026-11-20")).unwrap();
    let e = desk.purge_from_bin(BinKind::Unit, unit_id).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("仍被其他记录引用"), "{e}");
    assert_eq!(desk.recycle_bin().unwrap().len(), 1);
    assert_eq!(seat_of(&desk, unit_id, seat.id).person_name, "张三");

    let e = desk.purge_from_bin(BinKind::Unit, 9999).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let live = desk.add_unit(&unit("市医保局")).unwrap().id;
    assert!(
        desk.purge_from_bin(BinKind::Unit, live).is_err(),
        "only what is in the bin"
    );
}

/// A meeting removed for good takes its invitees with it; each keeps its last copy whole in
/// its history, as the meeting does (a new record's history keeps only its name and ids).
#[test]
fn the_invitees_of_a_meeting_removed_for_good_keep_their_last_copy() {
    let mut desk = wugang_desk();
    let kind_id = desk.meeting_kinds().unwrap()[0].id;
    let meeting = desk
        .add_meeting(&MeetingInput {
            kind_id,
            title: "健康舞钢行动推进委员会全体会议".into(),
            meeting_on: "2026-11-10".into(),
            starts_at: "09:00".into(),
            ends_at: "11:00".into(),
            ..MeetingInput::default()
        })
        .unwrap()
        .meeting
        .meeting
        .id;
    let seat = desk.roster(None).unwrap()[0].member.id;
    desk.invite_members(meeting, &[seat]).unwrap();
    let invitee = desk.invitees(meeting).unwrap()[0].clone();
    desk.delete_meeting(meeting).unwrap();
    desk.purge_from_bin(BinKind::Meeting, meeting).unwrap();

    let rows = desk.history_of("invitee", invitee.id).unwrap();
    let last = rows.last().unwrap();
    assert_eq!(last.action, "purge");
    let copy = last.before.as_deref().unwrap();
    assert!(
        copy.contains(&invitee.unit_name) && copy.contains(&invitee.post),
        "{copy}"
    );
}
