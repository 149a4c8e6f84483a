//! 催报 (C8+): reminders recorded per unit with who, when and how, counted on the board; the
//! message to send; the 催报名单 read back.

mod common;

use committee_core::*;
use common::*;

fn owing(desk: &Desk, period: i64) -> Vec<BoardRow> {
    desk.report_board(period)
        .unwrap()
        .rows
        .into_iter()
        .filter(|r| !r.status.is_submitted())
        .collect()
}

#[test]
fn each_reminder_is_recorded_and_counted_on_the_board() {
    let mut desk = wugang_desk();
    let period = desk.open_period(2026, 11).unwrap().id;
    let units: Vec<i64> = owing(&desk, period).iter().take(2).map(|r| r.unit_id).collect();
    let err = desk
        .record_reminders(&ReminderInput {
            period_id: period,
            unit_ids: vec![],
            channel: ReminderChannel::Sms,
            note: String::new(),
        })
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("unitIds"));
    for channel in [ReminderChannel::Sms, ReminderChannel::Phone] {
        desk.record_reminders(&ReminderInput {
            period_id: period,
            unit_ids: units.clone(),
            channel,
            note: "联络员已知悉".into(),
        })
        .unwrap();
    }
    let board = owing(&desk, period);
    let first = board.iter().find(|r| r.unit_id == units[0]).unwrap();
    assert_eq!(first.reminders, 2);
    assert!(first.last_reminded_at.is_some());
    let others = board.iter().filter(|r| !units.contains(&r.unit_id));
    assert!(others.into_iter().all(|r| r.reminders == 0));

    let given = desk.reminders(period, units[0]).unwrap();
    assert_eq!(given.len(), 2);
    // Given by whoever the history names for the change.
    let actor = desk.history_of("reminder", given[0].id).unwrap()[0].actor.clone();
    assert_eq!(given[0].given_by, actor);
    assert!(!actor.is_empty());
    desk.delete_reminder(given[0].id).unwrap();
    assert_eq!(desk.reminders(period, units[0]).unwrap().len(), 1);
    assert_eq!(desk.history_of("reminder", given[0].id).unwrap().len(), 2);
}

#[test]
fn the_message_names_the_liaison_the_month_and_the_deadline() {
    let mut desk = wugang_desk();
    let unit = unit_id(&desk, "市卫健委");
    desk.set_liaison(&liaison(unit, "李晓明", "2026-11-01")).unwrap();
    let period = desk.open_period(2026, 11).unwrap().id;
    let text = desk.reminder_message(period, unit).unwrap();
    assert_eq!(
        text,
        "【健康舞钢行动推进委员会办公室】市卫健委李晓明同志：贵单位2026年11月信息收集汇总表尚未报送，\
         请于2026年11月25日（星期三）前报送。如已报送请忽略。"
    );
    let october = desk.open_period(2026, 10).unwrap().id;
    let late = desk.reminder_message(october, unit).unwrap();
    assert!(
        late.contains("报送截止时间2026年10月25日（星期日）已过，请尽快报送。"),
        "{late}"
    );
}

#[test]
fn the_reminder_list_prints_who_owes_and_how_often_they_were_reminded() {
    let mut desk = wugang_desk();
    let period = desk.open_period(2026, 11).unwrap().id;
    let first = owing(&desk, period)[0].clone();
    desk.record_reminders(&ReminderInput {
        period_id: period,
        unit_ids: vec![first.unit_id],
        channel: ReminderChannel::Wechat,
        note: String::new(),
    })
    .unwrap();
    let file = desk
        .output_file(&Printable::ReminderList { period_id: period }, ExportFormat::Pdf)
        .unwrap();
    assert_eq!(file.name, "2026年11月催报名单.pdf");
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("list.pdf");
    std::fs::write(&pdf, file.bytes).unwrap();
    let text = unspaced(&pdf_text(&pdf));
    assert!(text.contains("2026年11月信息收集汇总表催报名单"), "{text}");
    assert!(text.contains(&unspaced(&first.unit_name)));
    assert!(text.contains("1次"), "{text}");
    assert_fonts_subset(&pdf);
}
