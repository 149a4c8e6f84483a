mod common;

use committee_core::*;
use common::*;

#[test]
fn the_roster_is_derived_for_any_date() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市教体局")).unwrap();
    let director = desk
        .add_member(&seat(Role::Director, "甲", None, "2020-01-01"))
        .unwrap();
    desk.add_member(&seat(Role::Member, "乙", Some(u.id), "2024-06-01"))
        .unwrap();
    desk.add_member(&MemberInput {
        term_to: Some("2022-12-31".into()),
        ..seat(Role::Member, "丙", Some(u.id), "2020-01-01")
    })
    .unwrap();
    desk.add_member(&seat(Role::DeputyDirector, "丁", Some(u.id), "2020-01-01"))
        .unwrap();

    assert_eq!(names(&desk.roster(Some("2021-05-05")).unwrap()), ["甲", "丁", "丙"]);
    assert_eq!(names(&desk.roster(Some("2022-12-31")).unwrap()), ["甲", "丁", "丙"]);
    assert_eq!(names(&desk.roster(Some("2023-01-01")).unwrap()), ["甲", "丁"]);
    assert_eq!(names(&desk.roster(None).unwrap()), ["甲", "丁", "乙"]);
    let today = desk.roster(None).unwrap();
    assert_eq!(today[0].role_label, "主任");
    assert_eq!(today[2].role_label, "委员", "the body calls its members 委员");
    assert_eq!(today[2].unit_name.as_deref(), Some("市教体局"));
    assert_eq!(today[0].member.id, director.id);
    assert_eq!(
        desk.roster(Some("2021/05/05")).unwrap_err().field.as_deref(),
        Some("asOf")
    );
}

#[test]
fn a_seat_whose_term_ends_before_it_starts_is_refused() {
    let mut desk = empty_desk();
    let e = desk
        .add_member(&MemberInput {
            term_to: Some("2023-01-01".into()),
            ..seat(Role::Member, "甲", None, "2023-08-18")
        })
        .unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Invalid, Some("termTo")));
    assert_eq!(e.message, "任职截止日期不能早于任职起始日期");
    assert!(desk.roster(Some("2023-09-01")).unwrap().is_empty());
}

#[test]
fn seat_input_is_validated_field_by_field() {
    let mut desk = empty_desk();
    let cases = [
        (seat(Role::Member, " ", None, "2023-08-18"), "personName"),
        (seat(Role::Member, "甲", None, "去年"), "termFrom"),
        (seat(Role::Member, "甲", Some(999), "2023-08-18"), "unitId"),
        (
            MemberInput {
                phone: "123".into(),
                ..seat(Role::Member, "甲", None, "2023-08-18")
            },
            "phone",
        ),
        (
            MemberInput {
                post: "很".repeat(61),
                ..seat(Role::Member, "甲", None, "2023-08-18")
            },
            "post",
        ),
    ];
    for (input, field) in cases {
        let e = desk.add_member(&input).unwrap_err();
        assert_eq!(e.field.as_deref(), Some(field), "{}", e.message);
    }
}

#[test]
fn replacing_a_person_keeps_the_old_seat_in_history() {
    let mut desk = wugang_desk();
    let old = desk
        .roster(None)
        .unwrap()
        .into_iter()
        .find(|r| r.member.person_name == "邵真真")
        .unwrap()
        .member;
    let new = desk
        .replace_member(&ReplaceMemberInput {
            member_id: old.id,
            on: "2026-11-01".into(),
            person_name: "孙七".into(),
            post: "市市场监管局副局长".into(),
            phone: "13912345678".into(),
            note: String::new(),
            reason: "人事变动".into(),
        })
        .unwrap();
    assert_eq!(
        (new.role, new.unit_id, new.sort_order),
        (old.role, old.unit_id, old.sort_order)
    );
    assert_eq!(new.term_from, "2026-11-01");

    let before = names(&desk.roster(Some("2026-10-31")).unwrap());
    let after = names(&desk.roster(Some("2026-11-01")).unwrap());
    assert_eq!(before.len(), 40);
    assert_eq!(after.len(), 40);
    let at = |v: &[String], n: &str| v.iter().position(|x| x == n);
    assert_eq!(
        at(&before, "邵真真"),
        at(&after, "孙七"),
        "the new person takes the same place"
    );
    assert!(!after.contains(&"邵真真".to_string()));

    let ended = desk.history_of("member", old.id).unwrap();
    assert_eq!(ended.len(), 2);
    assert!(ended[1].after.as_deref().unwrap().contains("\"termTo\":\"2026-10-31\""));
    let again = desk
        .replace_member(&ReplaceMemberInput {
            member_id: old.id,
            ..replace_input(new.id)
        })
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::Conflict);
}

fn replace_input(member_id: i64) -> ReplaceMemberInput {
    ReplaceMemberInput {
        member_id,
        on: "2026-12-01".into(),
        person_name: "周八".into(),
        post: String::new(),
        phone: String::new(),
        note: String::new(),
        reason: String::new(),
    }
}

#[test]
fn a_replacement_date_must_follow_the_start_of_the_term() {
    let mut desk = empty_desk();
    let m = desk.add_member(&seat(Role::Member, "甲", None, "2026-01-01")).unwrap();
    let e = desk
        .replace_member(&ReplaceMemberInput {
            on: "2026-01-01".into(),
            ..replace_input(m.id)
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("on"));
    let e = desk
        .replace_member(&ReplaceMemberInput {
            person_name: "".into(),
            ..replace_input(m.id)
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("personName"));
    assert_eq!(
        names(&desk.roster(Some("2026-12-05")).unwrap()),
        ["甲"],
        "nothing changed"
    );
}

#[test]
fn ending_a_term_and_deleting_a_mistake() {
    let mut desk = empty_desk();
    let m = desk.add_member(&seat(Role::Member, "甲", None, "2026-01-01")).unwrap();
    let e = desk
        .end_member(&EndMemberInput {
            member_id: m.id,
            on: "2025-12-31".into(),
            reason: String::new(),
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("on"));
    desk.end_member(&EndMemberInput {
        member_id: m.id,
        on: "2026-06-30".into(),
        reason: "退休".into(),
    })
    .unwrap();
    assert!(desk.roster(None).unwrap().is_empty());
    assert_eq!(names(&desk.roster(Some("2026-06-30")).unwrap()), ["甲"]);

    let typo = desk
        .add_member(&seat(Role::Member, "错录", None, "2026-01-01"))
        .unwrap();
    desk.delete_member(typo.id).unwrap();
    assert!(desk.roster(None).unwrap().is_empty());
    let h = desk.history_of("member", typo.id).unwrap();
    assert_eq!(
        h.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["insert", "delete"]
    );
    assert_eq!(desk.delete_member(typo.id).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(
        desk.update_member(typo.id, &seat(Role::Member, "x", None, "2026-01-01"))
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
}

#[test]
fn editing_a_seat_records_before_and_after() {
    let mut desk = empty_desk();
    let m = desk.add_member(&seat(Role::Member, "甲", None, "2026-01-01")).unwrap();
    let edited = desk
        .update_member(
            m.id,
            &MemberInput {
                phone: "0375-8123456".into(),
                ..seat(Role::Member, "甲", None, "2026-01-01")
            },
        )
        .unwrap();
    assert_eq!(edited.phone, "0375-8123456");
    let h = desk.history_of("member", m.id).unwrap();
    assert_eq!(h[1].action, "update");
    assert!(h[1].before.as_deref().unwrap().contains("\"phone\":\"\""));
    assert!(h[1].after.as_deref().unwrap().contains("0375-8123456"));
    assert_eq!(h[1].actor, "办公室小李");
    assert_eq!(h[1].at, "2026-11-25T04:00:00Z");
}
