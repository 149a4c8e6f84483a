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

fn page(desk: &Desk, q: HistoryQuery) -> HistoryPage {
    desk.history(&q).unwrap()
}

#[test]
fn the_history_page_filters_by_area_date_and_operator() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市数据局")).unwrap();
    desk.add_member(&seat(Role::Member, "张三", Some(u.id), "2025-01-01"))
        .unwrap();
    let all = page(&desk, HistoryQuery::default());
    assert_eq!(all.total, desk.history_count().unwrap());
    assert_eq!(all.rows[0].what, "组成人员", "newest first");
    assert_eq!(all.rows[0].summary, "张三");
    assert_eq!(all.rows[0].action, "新增");
    assert!(all.actors.contains(&"办公室小李".to_owned()));

    let units = page(
        &desk,
        HistoryQuery {
            area: Some("成员单位".into()),
            ..Default::default()
        },
    );
    assert_eq!(units.total, 1);
    assert_eq!(units.rows[0].summary, "市数据局");

    // The fixed clock is 2026-11-25, office time.
    let that_day = HistoryQuery {
        from: Some("2026-11-25".into()),
        to: Some("2026-11-25".into()),
        ..Default::default()
    };
    assert_eq!(page(&desk, that_day).total, all.total);
    let before = HistoryQuery {
        to: Some("2026-11-24".into()),
        ..Default::default()
    };
    assert_eq!(page(&desk, before).total, 0);
    let nobody = HistoryQuery {
        actor: Some("别人".into()),
        ..Default::default()
    };
    assert_eq!(page(&desk, nobody).total, 0);
    let bad = desk
        .history(&HistoryQuery {
            from: Some("11月25日".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(bad.field.as_deref(), Some("from"));

    let second = page(
        &desk,
        HistoryQuery {
            offset: Some(1),
            limit: Some(1),
            ..Default::default()
        },
    );
    assert_eq!(second.rows.len(), 1);
    assert_eq!(second.rows[0].id, all.rows[1].id);
    assert_eq!(second.total, all.total);
}

#[test]
fn a_change_names_the_fields_it_changed() {
    let mut desk = empty_desk();
    let u = desk.add_unit(&unit("市数据局")).unwrap();
    desk.update_unit(
        u.id,
        &UnitInput {
            short_name: "数据局".into(),
            ..unit("市数据局")
        },
    )
    .unwrap();
    desk.delete_unit(u.id, None).unwrap();
    let rows = page(
        &desk,
        HistoryQuery {
            area: Some("成员单位".into()),
            ..Default::default()
        },
    )
    .rows;
    let seen: Vec<(&str, &str)> = rows.iter().map(|r| (r.action.as_str(), r.summary.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("删除（移入回收站）", "市数据局"),
            ("修改", "市数据局：简称"),
            ("新增", "市数据局")
        ]
    );
}

#[test]
fn the_history_exports_as_a_sheet_with_real_times() {
    use calamine::{Data, Reader};
    let mut desk = empty_desk();
    desk.add_unit(&unit("市数据局")).unwrap();
    let bytes = desk
        .history_xlsx(&HistoryQuery {
            area: Some("成员单位".into()),
            ..Default::default()
        })
        .unwrap();
    let mut book = xlsx(&bytes);
    let range = book.worksheet_range("操作记录").unwrap();
    assert_eq!(range.height(), 2);
    assert_eq!(range.get((0, 0)), Some(&Data::String("时间".into())));
    match range.get((1, 0)) {
        Some(Data::DateTime(t)) => {
            let noon = (day(TODAY) - day("1899-12-30")).num_days() as f64 + 0.5;
            assert_eq!(t.as_f64(), noon, "12:00 office time");
        }
        other => panic!("the time is not a date-time cell: {other:?}"),
    }
    assert_eq!(range.get((1, 6)), Some(&Data::String("市数据局".into())));
}

/// A change opens to each field it changed, in the forms' words: a time in office time, a code
/// as its label.
#[test]
fn a_change_shows_each_field_before_and_after_as_the_office_reads_it() {
    let mut desk = wugang_desk();
    let item = desk
        .add_follow_up(&FollowUpInput {
            source: FollowUpSource::Instruction,
            source_note: "市政府主要领导批示".into(),
            content: "落实病媒生物防制".into(),
            units: "市卫健委".into(),
            deadline: Some("2026-12-31".into()),
            working_days: None,
        })
        .unwrap();
    desk.set_follow_up_status(item.item.id, FollowUpStatus::InProgress)
        .unwrap();
    desk.delete_follow_up(item.item.id).unwrap();
    desk.restore_from_bin(BinKind::FollowUp, item.item.id).unwrap();
    let page = desk.history(&HistoryQuery::default()).unwrap();
    let shown = |row: &HistoryRow| -> Vec<(String, String, String)> {
        row.changes
            .iter()
            .map(|c| (c.field.clone(), c.before.clone(), c.after.clone()))
            .collect()
    };
    let (restored, status) = (&page.rows[0], &page.rows[2]);
    assert_eq!(restored.action, "从回收站恢复");
    assert_eq!(
        shown(restored),
        [("删除时间".into(), "2026年11月25日 12:00".into(), String::new())]
    );
    assert_eq!(shown(status), [("状态".into(), "未开始".into(), "推进中".into())]);
    assert_eq!(status.summary, "落实病媒生物防制：状态");
}
