//! 工作日历 (C8+): the State Council's notice taken in, holidays entered and imported with their
//! problems named by row and cell, deadlines moved off days off when the office chose so, and
//! 督办 time limits counted in working days.

mod common;

use committee_core::*;
use common::*;

fn holiday(name: &str, from: &str, to: &str, work: &[&str]) -> HolidayInput {
    HolidayInput {
        name: name.into(),
        off_from: from.into(),
        off_to: to.into(),
        work_days: work.iter().map(|d| d.to_string()).collect(),
    }
}

#[test]
fn the_shipped_notice_is_taken_in_once_and_only_for_a_year_it_covers() {
    let mut desk = wugang_desk();
    let before = desk.calendar_year(2026).unwrap();
    assert_eq!(
        before.preset.as_deref(),
        Some("国务院办公厅关于2026年部分节假日安排的通知")
    );
    let year = desk.load_calendar_preset(2026).unwrap();
    let names: Vec<&str> = year.holidays.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(
        names,
        ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    );
    let national = year.holidays.iter().find(|h| h.name == "国庆节").unwrap();
    assert_eq!(national.off_days.len(), 7);
    assert_eq!(national.work_days, ["2026-09-20", "2026-10-10"]);
    assert_eq!(year.preset, None, "taken in whole");
    let again = desk.load_calendar_preset(2026).unwrap();
    assert_eq!(again.days.len(), year.days.len());
    let none = desk.load_calendar_preset(2027).unwrap_err();
    assert!(none.message.contains("没有2027年的节假日安排"), "{}", none.message);
}

#[test]
fn a_holiday_is_checked_before_it_is_kept() {
    let mut desk = wugang_desk();
    desk.add_holiday(&holiday("国庆节", "2026-10-01", "2026-10-07", &["2026-10-10"]))
        .unwrap();
    let clash = desk
        .add_holiday(&holiday("中秋节", "2026-09-25", "2026-10-01", &[]))
        .unwrap_err();
    assert_eq!(clash.message, "2026年10月1日已在日历中（国庆节），请先删除原有安排");
    assert!(
        desk.calendar_year(2026).unwrap().holidays.len() == 1,
        "nothing of the clash kept"
    );
    let inside = desk
        .add_holiday(&holiday("端午节", "2026-06-19", "2026-06-21", &["2026-06-20"]))
        .unwrap_err();
    assert_eq!(inside.field.as_deref(), Some("workDays"));
    let backwards = desk
        .add_holiday(&holiday("端午节", "2026-06-21", "2026-06-19", &[]))
        .unwrap_err();
    assert_eq!(backwards.field.as_deref(), Some("offTo"));
    assert_eq!(
        desk.add_holiday(&holiday("", "2026-06-19", "2026-06-21", &[]))
            .unwrap_err()
            .field
            .as_deref(),
        Some("name")
    );
}

#[test]
fn a_deadline_on_a_day_off_moves_only_when_the_office_chose_so() {
    let mut desk = wugang_desk();
    desk.load_calendar_preset(2026).unwrap();
    // As before: the 25th of October 2026 is a Sunday and stays the deadline.
    assert_eq!(desk.open_period(2026, 10).unwrap().deadline, "2026-10-25");
    let mut settings = desk.settings().unwrap();
    settings.deadline_on_day_off = DeadlineOnDayOff::Earlier;
    desk.update_settings(&settings).unwrap();
    // Saturday the 25th of April goes to Friday the 24th.
    assert_eq!(desk.open_period(2026, 4).unwrap().deadline, "2026-04-24");
    // A holiday on a weekday: the office closed on the 24th and 25th of December.
    desk.add_holiday(&holiday("测试假日", "2026-12-24", "2026-12-25", &[]))
        .unwrap();
    assert_eq!(desk.open_period(2026, 12).unwrap().deadline, "2026-12-23");
    // A working day stays.
    assert_eq!(desk.open_period(2026, 11).unwrap().deadline, "2026-11-25");
}

#[test]
fn a_time_limit_in_working_days_skips_weekends_and_days_off() {
    let mut desk = wugang_desk();
    let input = FollowUpInput {
        source: FollowUpSource::Assigned,
        source_note: String::new(),
        content: "报送年度工作总结".into(),
        units: "市卫健委".into(),
        deadline: Some("2026-11-26".into()),
        working_days: Some(5),
    };
    // Given on Wednesday 25 November: 26, 27, 30 November, 1 and 2 December.
    let item = desk.add_follow_up(&input).unwrap();
    assert_eq!(item.item.deadline.as_deref(), Some("2026-12-02"));
    assert_eq!(item.item.working_days, Some(5));
    assert_eq!(desk.working_day_deadline(5).unwrap(), "2026-12-02");
    desk.add_holiday(&holiday("测试假日", "2026-11-30", "2026-11-30", &[]))
        .unwrap();
    // An edit that keeps the limit keeps its deadline; a new limit is counted afresh.
    let edited = desk.update_follow_up(item.item.id, &input).unwrap();
    assert_eq!(edited.item.deadline.as_deref(), Some("2026-12-02"));
    let six = FollowUpInput {
        working_days: Some(6),
        ..input.clone()
    };
    let longer = desk.update_follow_up(item.item.id, &six).unwrap();
    assert_eq!(longer.item.deadline.as_deref(), Some("2026-12-04"));
    let bad = FollowUpInput {
        working_days: Some(0),
        ..input.clone()
    };
    assert_eq!(
        desk.add_follow_up(&bad).unwrap_err().field.as_deref(),
        Some("workingDays")
    );
    let by_date = FollowUpInput {
        working_days: None,
        ..input
    };
    let plain = desk.update_follow_up(item.item.id, &by_date).unwrap();
    assert_eq!(plain.item.deadline.as_deref(), Some("2026-11-26"));
    assert_eq!(plain.item.working_days, None);
}

/// A workbook laid out like the notice: a title, then 节日 / 放假时间 / 调休上班日期 / 天数.
fn notice_book(dir: &std::path::Path, rows: &[[&str; 3]]) -> String {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write(0, 0, "2027年部分节假日安排").unwrap();
    for (c, h) in ["节日", "放假时间", "调休上班日期", "天数"].iter().enumerate() {
        sheet.write(1, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet.write(r as u32 + 2, c as u16, *text).unwrap();
        }
    }
    let path = dir.join("2027年节假日.xlsx");
    book.save(&path).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn an_imported_notice_names_each_problem_by_row_and_cell_and_imports_all_or_nothing() {
    let mut desk = wugang_desk();
    let dir = tempfile::tempdir().unwrap();
    let bad = notice_book(
        dir.path(),
        &[
            ["元旦", "1月1日（周五）至3日（周日）", ""],
            ["春节", "2月6日至2月13日，共8天", "2月20日（周六）"],
            ["国庆节", "十月一日到七日", "9月26日"],
        ],
    );
    let check = desk.check_calendar_import(&bad, 2027).unwrap();
    assert!(!check.ok);
    assert_eq!(check.lines.len(), 2);
    let problem = &check.problems[0];
    assert_eq!((problem.row, problem.column.as_deref()), (5, Some("B")));
    assert!(
        problem
            .message
            .starts_with("第5行：放假时间“十月一日到七日”不是可识别的日期"),
        "{}",
        problem.message
    );
    let refused = desk.import_calendar(&bad, 2027).unwrap_err();
    assert!(refused.message.contains("没有导入任何节假日安排"));
    assert!(desk.calendar_year(2027).unwrap().days.is_empty());

    let good = notice_book(
        dir.path(),
        &[
            ["元旦", "1月1日（周五）至3日（周日）", ""],
            ["春节", "2月6日至2月13日，共8天", "2月20日（周六）"],
        ],
    );
    let year = desk.import_calendar(&good, 2027).unwrap();
    assert_eq!(year.holidays.len(), 2);
    assert_eq!(year.holidays[1].off_days.len(), 8);
    assert_eq!(year.holidays[1].work_days, ["2027-02-20"]);
    // The same file again: every day is already there.
    let twice = desk.check_calendar_import(&good, 2027).unwrap();
    assert!(twice
        .problems
        .iter()
        .any(|p| p.message.contains("2027年1月1日已在日历中")));
    // A date Excel completed with the year it was typed in.
    let shifted = notice_book(dir.path(), &[["国庆节", "2026-10-01 至 2026-10-07", ""]]);
    let check = desk.check_calendar_import(&shifted, 2027).unwrap();
    assert!(!check.ok);
    assert!(
        check.problems[0].message.contains("2026年10月1日不在2027年"),
        "{}",
        check.problems[0].message
    );
}

#[test]
fn a_removed_holiday_goes_to_the_recycle_bin_and_comes_back() {
    let mut desk = wugang_desk();
    let year = desk
        .add_holiday(&holiday("端午节", "2026-06-19", "2026-06-21", &[]))
        .unwrap();
    desk.delete_holiday(&year.holidays[0].ids).unwrap();
    assert!(desk.calendar_year(2026).unwrap().days.is_empty());
    let bin: Vec<BinItem> = desk
        .recycle_bin()
        .unwrap()
        .into_iter()
        .filter(|b| b.kind == BinKind::CalendarDay)
        .collect();
    // Listed once, by its first day, and restored whole.
    assert_eq!(bin.len(), 1);
    assert_eq!(bin[0].detail, "端午节");
    assert_eq!(bin[0].title, "2026-06-19 放假");
    assert_eq!(bin[0].together, ["同一节日的其余 2 天"]);
    desk.restore_from_bin(BinKind::CalendarDay, bin[0].id).unwrap();
    assert_eq!(desk.calendar_year(2026).unwrap().days.len(), 3);
    // Removed again and then for good: all its days go.
    let ids = desk.calendar_year(2026).unwrap().holidays[0].ids.clone();
    desk.delete_holiday(&ids).unwrap();
    let first = desk
        .recycle_bin()
        .unwrap()
        .into_iter()
        .find(|b| b.kind == BinKind::CalendarDay)
        .unwrap();
    desk.purge_from_bin(BinKind::CalendarDay, first.id).unwrap();
    assert!(desk
        .recycle_bin()
        .unwrap()
        .iter()
        .all(|b| b.kind != BinKind::CalendarDay));
}
