mod common;

use committee_core::*;
use common::*;

#[test]
fn every_change_writes_one_history_row_in_its_transaction() {
    let mut desk = empty_desk();
    let start = desk.history_count().unwrap();
    let u = desk.add_unit(&unit("市卫健委")).unwrap();
    assert_eq!(desk.history_count().unwrap(), start + 1);
    let h = &desk.history_of("unit", u.id).unwrap()[0];
    assert_eq!((h.action.as_str(), h.actor.as_str()), ("insert", "办公室小李"));
    assert!(h.before.is_none());
    assert!(h.after.as_deref().unwrap().contains("市卫健委"));

    // Setting a liaison writes the liaison and its filing: two rows, one transaction.
    desk.set_liaison(&liaison(u.id, "李四", "2024-01-02")).unwrap();
    assert_eq!(desk.history_count().unwrap(), start + 3);
}

#[test]
fn a_refused_change_leaves_no_trace() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市水利局")).unwrap();
    desk.add_member(&seat(Role::Member, "蔺永超", Some(u.id), "2023-08-18"))
        .unwrap();
    let m2 = desk
        .add_member(&seat(Role::Member, "未来人", Some(u.id), "2027-01-01"))
        .unwrap();
    let count = desk.history_count().unwrap();
    // Ending seats on a date before one of them starts fails half-way through: nothing stays.
    let e = desk.delete_unit(u.id, Some("2026-12-01")).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("on"));
    assert_eq!(desk.history_count().unwrap(), count);
    assert_eq!(names(&desk.roster(Some("2027-02-01")).unwrap()), ["蔺永超", "未来人"]);
    assert_eq!(desk.list_units().unwrap().len(), 1);
    assert!(desk.history_of("member", m2.id).unwrap().len() == 1);
}
