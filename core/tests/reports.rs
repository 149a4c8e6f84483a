//! 信息收集汇总表: periods and deadlines, the life of a return, the status board, copying last
//! month, attachments, and the summary outputs read back.

mod common;

use committee_core::*;
use common::*;

fn wugang_with_period() -> (Desk, Period) {
    let mut desk = wugang_desk();
    let period = desk.open_period(2026, 11).unwrap();
    (desk, period)
}

/// A complete return for the unit's rows: every row gets `text`.
fn filled(form: &ReportForm, by: &str, text: &str) -> ReportInput {
    ReportInput {
        filled_department: form.unit_name.clone(),
        filled_on: Some("2026-11-20".into()),
        filled_by: by.into(),
        rows: form
            .rows
            .iter()
            .enumerate()
            .map(|(i, l)| ReportLineInput {
                task_id: l.task_id,
                progress: format!("{text}（第{}项）", i + 1),
                reasons_next: "按计划推进".into(),
                difficulties: String::new(),
            })
            .collect(),
    }
}

#[test]
fn a_period_is_due_on_the_configured_day_and_opened_once() {
    let (mut desk, period) = wugang_with_period();
    assert_eq!(period.deadline, "2026-11-25");
    let again = desk.open_period(2026, 11).unwrap_err();
    assert_eq!(again.message, "2026年11月的报送期已经开启");
    // 2026-10-25 is a Sunday: kept, not moved to the Friday or the Monday.
    let october = desk.open_period(2026, 10).unwrap();
    assert_eq!(october.deadline, "2026-10-25");
    let list = desk.list_periods().unwrap();
    assert_eq!(list[0].label, "2026年11月");
    assert_eq!(list[0].days_left, 0);
    assert_eq!(list[1].deadline_weekday, "星期日");
    assert_eq!(list[1].days_left, -31);
    assert_eq!(list[0].expected, 4, "the four units that lead a task in the preset");
    let this_month = desk.dashboard().unwrap().this_month.unwrap();
    assert_eq!((this_month.label.as_str(), this_month.submitted), ("2026年11月", 0));

    let mut settings = desk.settings().unwrap();
    settings.monthly_deadline_day = 31;
    desk.update_settings(&settings).unwrap();
    assert_eq!(desk.open_period(2027, 2).unwrap().deadline, "2027-02-28");
    let moved = desk.set_period_deadline(period.id, "2026-11-27").unwrap();
    assert_eq!(moved.deadline, "2026-11-27");
    assert_eq!(desk.open_period(2026, 13).unwrap_err().field.as_deref(), Some("month"));
}

#[test]
fn a_return_goes_from_not_filed_to_draft_to_sent_and_late() {
    let (mut desk, period) = wugang_with_period();
    let health = unit_id(&desk, "市卫健委");
    let form = desk.report_form(period.id, health).unwrap();
    assert_eq!(form.status, ReportStatus::NotFiled);
    assert_eq!(form.rows.len(), 13);
    assert_eq!(form.rows[0].content, desk.list_tasks().unwrap()[0].task.content);
    assert_eq!(form.filled_department, "市卫健委");

    let mut input = filled(&form, "张敏", "已完成");
    input.rows[1].progress = String::new();
    let draft = desk.save_report(period.id, health, &input).unwrap();
    assert_eq!(draft.status, ReportStatus::Draft);
    assert_eq!(draft.rows[0].progress, "已完成（第1项）");

    let refused = desk.submit_report(period.id, health, &input, "2026-11-24").unwrap_err();
    assert_eq!(refused.field.as_deref(), Some("rows.1.progress"));
    assert!(refused.message.contains("第2行"), "{}", refused.message);
    assert_eq!(desk.report_form(period.id, health).unwrap().status, ReportStatus::Draft);

    let input = filled(&form, "张敏", "已完成");
    let sent = desk.submit_report(period.id, health, &input, "2026-11-25").unwrap();
    assert_eq!(
        sent.status,
        ReportStatus::Submitted,
        "the deadline day itself is on time"
    );
    let edited = desk.save_report(period.id, health, &input).unwrap();
    assert_eq!(
        edited.status,
        ReportStatus::Submitted,
        "saving keeps a sent return sent"
    );

    let back = desk.reopen_report(period.id, health).unwrap();
    assert_eq!(back.status, ReportStatus::Draft);
    assert_eq!(back.rows[0].progress, "已完成（第1项）", "nothing typed is lost");
    let late = desk.submit_report(period.id, health, &input, "2026-11-27").unwrap();
    assert_eq!(late.status, ReportStatus::Late);

    let board = desk.report_board(period.id).unwrap();
    let row = board.rows.iter().find(|r| r.unit_id == health).unwrap();
    assert_eq!((row.status, row.days_late), (ReportStatus::Late, Some(2)));
    assert_eq!(board.period.submitted, 1);
    let missing: Vec<_> = board
        .rows
        .iter()
        .filter(|r| r.status == ReportStatus::NotFiled)
        .collect();
    assert_eq!(missing.len(), 3);
    assert!(
        missing.iter().all(|r| r.days_late.is_none()),
        "not late yet on the deadline day"
    );
}

#[test]
fn a_return_needs_who_and_when_before_it_is_sent_and_refuses_foreign_rows() {
    let (mut desk, period) = wugang_with_period();
    let sport = unit_id(&desk, "市体育运动发展中心");
    let form = desk.report_form(period.id, sport).unwrap();
    let mut input = filled(&form, "", "开展全民健身活动12场");
    let e = desk.submit_report(period.id, sport, &input, "2026-11-20").unwrap_err();
    assert_eq!(e.field.as_deref(), Some("filledBy"));
    input.filled_by = "李强".into();
    input.filled_on = Some("2026-11-31".into());
    let e = desk.save_report(period.id, sport, &input).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("filledOn"));
    input.filled_on = Some("2026-11-20".into());
    input.rows[0].task_id = 99_999;
    let e = desk.save_report(period.id, sport, &input).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("rows.0"));
    input.rows[0].progress = "长".repeat(2001);
    input.rows[0].task_id = form.rows[0].task_id;
    let e = desk.save_report(period.id, sport, &input).unwrap_err();
    assert!(e.message.contains("工作推进情况"), "{}", e.message);
    assert_eq!(
        desk.report_form(period.id, sport).unwrap().status,
        ReportStatus::NotFiled
    );

    let none = desk.add_unit(&unit("市档案馆")).unwrap();
    let e = desk
        .save_report(period.id, none.id, &ReportInput::default())
        .unwrap_err();
    assert!(e.message.contains("无需填报"), "{}", e.message);
}

#[test]
fn last_months_text_starts_this_months_draft() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap();
    let november = desk.open_period(2026, 11).unwrap();
    let school = unit_id(&desk, "市教体局");
    assert!(!desk.report_form(october.id, school).unwrap().can_copy_previous);
    let form = desk.report_form(october.id, school).unwrap();
    desk.submit_report(october.id, school, &filled(&form, "王芳", "健康学校创建"), "2026-10-23")
        .unwrap();

    let before = desk.report_form(november.id, school).unwrap();
    assert!(before.can_copy_previous);
    let copied = desk.copy_previous_report(november.id, school).unwrap();
    assert_eq!(copied.status, ReportStatus::Draft);
    assert_eq!(copied.rows[0].progress, "健康学校创建（第1项）");
    assert_eq!(copied.filled_by, "王芳");
    assert_eq!(copied.filled_on, None, "the date is this month's to fill in");

    let input = filled(&copied, "王芳", "本月");
    desk.submit_report(november.id, school, &input, "2026-11-25").unwrap();
    let e = desk.copy_previous_report(november.id, school).unwrap_err();
    assert!(e.message.contains("已报送"), "{}", e.message);
    let e = desk.copy_previous_report(october.id, school).unwrap_err();
    assert!(e.message.contains("已报送"), "{}", e.message);
}

#[test]
fn the_board_counts_days_late_for_returns_still_missing() {
    let mut desk = wugang_desk();
    let october = desk.open_period(2026, 10).unwrap();
    let board = desk.report_board(october.id).unwrap();
    assert_eq!(board.rows.len(), 4);
    assert!(board.rows.iter().all(|r| r.days_late == Some(31)));
    // Units are listed in the roster's order, with the liaison to phone.
    let health = unit_id(&desk, "市卫健委");
    desk.set_liaison(&liaison(health, "赵雷", "2026-11-01")).unwrap();
    let board = desk.report_board(october.id).unwrap();
    let row = board.rows.iter().find(|r| r.unit_id == health).unwrap();
    assert_eq!(
        (row.liaison_name.as_str(), row.liaison_phone.as_str()),
        ("赵雷", "13800000000")
    );
}

#[test]
fn attachments_are_copied_into_the_data_folder_and_listed_with_the_return() {
    let (mut desk, period) = wugang_with_period();
    let data = tempfile::tempdir().unwrap();
    desk.set_files_dir(data.path().to_path_buf());
    let picked = tempfile::tempdir().unwrap();
    let photo = picked.path().join("现场照片.png");
    std::fs::write(&photo, b"not really a png").unwrap();
    let sport = unit_id(&desk, "市体育运动发展中心");

    let form = desk.add_report_attachment(period.id, sport, &photo).unwrap();
    assert_eq!(form.status, ReportStatus::Draft, "adding a file starts a draft");
    assert_eq!(form.attachments.len(), 1);
    let again = desk.add_report_attachment(period.id, sport, &photo).unwrap();
    assert_eq!(again.attachments.len(), 2);
    assert_ne!(again.attachments[0].stored_path, again.attachments[1].stored_path);
    std::fs::remove_file(&photo).unwrap();
    let kept = desk.report_attachment_path(form.attachments[0].id).unwrap();
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        b"not really a png",
        "the copy outlives the original"
    );
    assert!(kept.starts_with(data.path()));

    let exe = picked.path().join("setup.exe");
    std::fs::write(&exe, b"MZ").unwrap();
    let e = desk.add_report_attachment(period.id, sport, &exe).unwrap_err();
    assert!(e.message.contains("setup.exe"), "{}", e.message);

    desk.remove_report_attachment(form.attachments[0].id).unwrap();
    assert_eq!(desk.report_form(period.id, sport).unwrap().attachments.len(), 1);
    let board = desk.report_board(period.id).unwrap();
    assert_eq!(board.rows.iter().find(|r| r.unit_id == sport).unwrap().attachments, 1);
}

#[test]
fn the_summary_reads_back_as_an_overview_and_one_sheet_per_unit() {
    use calamine::Reader;
    let (mut desk, period) = wugang_with_period();
    let health = unit_id(&desk, "市卫健委");
    let sport = unit_id(&desk, "市体育运动发展中心");
    let form = desk.report_form(period.id, health).unwrap();
    desk.submit_report(
        period.id,
        health,
        &filled(&form, "张敏", "卫健委本月推进"),
        "2026-11-20",
    )
    .unwrap();
    let form = desk.report_form(period.id, sport).unwrap();
    desk.save_report(period.id, sport, &filled(&form, "李强", "体育中心草稿"))
        .unwrap();

    let bytes = desk.report_summary_file(period.id, ExportFormat::Xlsx).unwrap();
    let mut book = xlsx(&bytes);
    assert_eq!(book.sheet_names(), ["汇总", "1.市卫健委", "2.市体育运动发展中心"]);
    let overview = book.worksheet_range("汇总").unwrap();
    let text = |r: &calamine::Range<calamine::Data>, row: u32, col: u32| {
        r.get_value((row, col)).map(|v| v.to_string()).unwrap_or_default()
    };
    assert_eq!(
        text(&overview, 0, 0),
        "健康舞钢行动推进委员会信息收集汇总表（2026年11月汇总）"
    );
    assert!(text(&overview, 1, 0).starts_with("应报送单位4个：已报送1个（其中逾期报送0个），草稿1个，未填报2个"));
    // Days late are counted to a named day.
    assert!(
        text(&overview, 1, 0).contains("统计截至2026年"),
        "{}",
        text(&overview, 1, 0)
    );
    // 序号 and counts are numbers; the day a return was sent is a date a filter can sort.
    assert_eq!(overview.get_value((3, 0)), Some(&calamine::Data::Float(1.0)));
    assert!(matches!(overview.get_value((3, 2)), Some(calamine::Data::Float(_))));
    let sent = (3..7)
        .filter_map(|r| overview.get_value((r, 5)))
        .find(|v| !v.to_string().is_empty())
        .unwrap();
    assert!(matches!(sent, calamine::Data::DateTime(_)), "{sent:?}");
    assert_eq!(text(&overview, 2, 3), "状态");
    let statuses: Vec<String> = (3..7).map(|r| text(&overview, r, 3)).collect();
    assert!(statuses.contains(&"已报送".to_owned()) && statuses.contains(&"未填报".to_owned()));

    let unit_sheet = book.worksheet_range("1.市卫健委").unwrap();
    assert_eq!(text(&unit_sheet, 1, 0), "填报科室（单位）：市卫健委");
    assert_eq!(text(&unit_sheet, 1, 4), "填报日期：2026年11月20日");
    let headers: Vec<String> = (0..5).map(|c| text(&unit_sheet, 2, c)).collect();
    assert_eq!(
        headers,
        [
            "工作内容",
            "牵头领导",
            "工作推进情况",
            "未完成原因及下一步打算",
            "困难问题"
        ]
    );
    assert_eq!(text(&unit_sheet, 3, 2), "卫健委本月推进（第1项）");
    // The presets name no leaders: the lead unit's seat on the roster fills 牵头领导.
    assert_eq!(text(&unit_sheet, 3, 1), "姬冠华");
    assert!(text(&unit_sheet, 16, 0).starts_with("备注：1、本表由各责任科室（单位）收集汇总后于每月25日前报"));
    // Later notes line up under “1、”.
    assert!(text(&unit_sheet, 17, 0).starts_with("\u{3000}\u{3000}\u{3000}2、工作完成情况既要有文字描述"));
    let setup = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(
        setup.contains(r#"orientation="landscape""#) && setup.contains(r#"paperSize="9""#),
        "{setup}"
    );
    let names = part(&bytes, "xl/workbook.xml");
    assert!(names.contains("'1.市卫健委'!$3:$3"), "header row repeated: {names}");

    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("汇总.pdf");
    std::fs::write(&pdf, desk.report_summary_file(period.id, ExportFormat::Pdf).unwrap()).unwrap();
    assert_fonts_subset(&pdf);
    let text = unspaced(&pdf_text(&pdf));
    for unit in [
        "市卫健委",
        "市体育运动发展中心",
        "市卫生城市建设事务服务中心",
        "市教体局",
    ] {
        assert!(text.contains(unit), "{unit} missing from the summary PDF");
    }
    // Every row is printed (a cell's text may wrap inside its column).
    let layout = pdf_text(&pdf);
    for n in 1..=13 {
        assert!(
            layout.contains(&format!("（第{n}项）")) || layout.contains(&format!("{n}项）")),
            "row {n} cut off:\n{layout}"
        );
    }
    assert!(layout.contains("1项）") && text.contains("体育中心草稿") && text.contains("填报日期：2026年11月20日"));
    // A draft never passes for a return.
    assert_eq!(text.matches("草稿，尚未报送").count(), 1, "{text}");
    assert!(text.contains("—1—") && text.contains("—2—"), "page numbers");
}

#[test]
fn the_period_list_counts_as_each_board_does() {
    let (mut desk, period) = wugang_with_period();
    let health = unit_id(&desk, "市卫健委");
    let form = desk.report_form(period.id, health).unwrap();
    desk.submit_report(period.id, health, &filled(&form, "张敏", "本月推进"), "2026-11-20")
        .unwrap();
    let october = desk.open_period(2026, 10).unwrap();
    let sport = unit_id(&desk, "市体育运动发展中心");
    let form = desk.report_form(october.id, sport).unwrap();
    desk.save_report(october.id, sport, &filled(&form, "李强", "草稿"))
        .unwrap();
    let listed = desk.list_periods().unwrap();
    assert_eq!(listed.len(), 2);
    for summary in listed {
        let board = desk.report_board(summary.period.id).unwrap().period;
        assert_eq!(
            (summary.expected, summary.submitted),
            (board.expected, board.submitted),
            "{}",
            summary.label
        );
    }
}

#[test]
fn a_sent_return_keeps_its_lead_leader_and_a_new_month_takes_the_breakdowns() {
    let (mut desk, period) = wugang_with_period();
    let health = unit_id(&desk, "市卫健委");
    let form = desk.report_form(period.id, health).unwrap();
    // The presets name no leaders: the unit's seat on the roster fills 牵头领导.
    assert_eq!(form.rows[0].lead_leader, "姬冠华");
    desk.submit_report(period.id, health, &filled(&form, "张敏", "本月推进"), "2026-11-20")
        .unwrap();
    let task = desk
        .list_tasks()
        .unwrap()
        .into_iter()
        .find(|t| t.task.id == form.rows[0].task_id)
        .unwrap()
        .task;
    let input = TaskInput {
        action_name: task.action_name.clone(),
        seq: Some(task.seq),
        content: task.content.clone(),
        lead_leader: "王建伟".into(),
        lead_unit_id: task.lead_unit_id,
        cooperating: task.cooperating.clone(),
        active: true,
    };
    desk.update_task(task.id, &input).unwrap();
    let sent = desk.report_form(period.id, health).unwrap();
    assert_eq!(sent.rows[0].lead_leader, "姬冠华", "a sent return is not rewritten");
    let december = desk.open_period(2026, 12).unwrap();
    let next = desk.report_form(december.id, health).unwrap();
    let row = next.rows.iter().find(|r| r.task_id == task.id).unwrap();
    assert_eq!(row.lead_leader, "王建伟");
}

/// Saving a return again keeps only the line that changed, before and after, not the form twice.
#[test]
fn a_saved_again_return_keeps_only_what_changed_in_its_history() {
    let (mut desk, period) = wugang_with_period();
    let health = unit_id(&desk, "市卫健委");
    let form = desk.report_form(period.id, health).unwrap();
    let mut input = filled(&form, "张敏", "已完成");
    desk.save_report(period.id, health, &input).unwrap();
    input.rows[2].progress = "已完成，待验收".into();
    desk.save_report(period.id, health, &input).unwrap();

    let page = desk
        .history(&HistoryQuery {
            area: Some("信息收集".into()),
            ..Default::default()
        })
        .unwrap();
    let (saved, first) = (&page.rows[0], &page.rows[1]);
    assert_eq!(saved.action, "修改");
    let shown: Vec<(&str, &str, &str)> = saved
        .changes
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    assert_eq!(shown, [("第3项 工作推进情况", "已完成（第3项）", "已完成，待验收")]);
    assert_eq!(first.action, "新增");

    let rows = desk.history_of("report", saved.entity_id).unwrap();
    let (insert, update) = (&rows[0], &rows[1]);
    let new = insert.after.as_deref().unwrap();
    assert!(
        !new.contains("已完成（第"),
        "a new return keeps its ids, not its text: {new}"
    );
    assert!(!new.contains(&form.rows[0].content), "nor its tasks' wording: {new}");
    for side in [update.before.as_deref().unwrap(), update.after.as_deref().unwrap()] {
        assert!(
            !side.contains("已完成（第1项）") && !side.contains("张敏"),
            "only the changed line: {side}"
        );
    }
}
