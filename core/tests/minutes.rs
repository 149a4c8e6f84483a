//! 纪要 (C4) and 督办 (C5): numbering, decisions that become follow-up items, overdue items,
//! and every meeting print read back.

mod common;

use calamine::Reader;
use committee_core::*;
use common::*;

fn office_kind(desk: &Desk) -> i64 {
    desk.meeting_kinds()
        .unwrap()
        .into_iter()
        .find(|k| k.name == "办公室会议")
        .unwrap()
        .id
}

fn meeting_input(desk: &Desk, on: &str) -> MeetingInput {
    MeetingInput {
        kind_id: office_kind(desk),
        title: "健康舞钢行动推进委员会办公室会议".into(),
        meeting_on: on.into(),
        starts_at: "09:00".into(),
        ends_at: "11:30".into(),
        place: "市卫健委三楼会议室".into(),
        convener: "王海彦".into(),
        chair: "王海彦".into(),
        agenda: vec!["听取各专项行动推进情况汇报".into(), "研究部署第四季度重点工作".into()],
        contact: "市卫健委规划发展科 0375-8123456".into(),
        notice_on: None,
    }
}

fn add_meeting(desk: &mut Desk, on: &str) -> i64 {
    let input = meeting_input(desk, on);
    desk.add_meeting(&input).unwrap().meeting.meeting.id
}

fn decision(content: &str, units: &str, deadline: Option<&str>) -> DecisionInput {
    DecisionInput {
        id: None,
        content: content.into(),
        units: units.into(),
        deadline: deadline.map(Into::into),
    }
}

fn write_minutes(desk: &mut Desk, meeting: i64, decisions: Vec<DecisionInput>) -> MinutesView {
    let mut input = desk.minutes(meeting).unwrap().input;
    input.body = "会议听取了各专项行动推进情况汇报。\n一、总体进展\n（一）健康知识普及行动\n各单位按计划推进。".into();
    input.decisions = decisions;
    desk.save_minutes(meeting, &input).unwrap()
}

#[test]
fn minutes_are_numbered_per_year_without_gaps_or_repeats() {
    let mut desk = wugang_desk();
    let a = add_meeting(&mut desk, "2026-03-02");
    let b = add_meeting(&mut desk, "2026-06-02");
    let c = add_meeting(&mut desk, "2027-01-05");
    let draft = desk.minutes(a).unwrap();
    assert!(draft.minutes.is_none());
    assert_eq!(draft.number_text, "〔2026〕1号");
    assert_eq!(draft.input.title, "健康舞钢行动推进委员会办公室会议纪要");
    assert_eq!(
        draft.input.signer, "王海彦",
        "the convener signs (云南 rules 第十四条(三))"
    );

    assert_eq!(write_minutes(&mut desk, b, vec![]).number_text, "〔2026〕1号");
    assert_eq!(write_minutes(&mut desk, a, vec![]).number_text, "〔2026〕2号");
    assert_eq!(
        write_minutes(&mut desk, b, vec![]).number_text,
        "〔2026〕1号",
        "saving again keeps the number"
    );
    assert_eq!(write_minutes(&mut desk, c, vec![]).number_text, "〔2027〕1号");

    // The register's 会议纪要 kind decides how new numbers read; given ones keep theirs.
    let kind = desk.doc_kinds().unwrap().into_iter().find(|k| k.for_minutes).unwrap();
    desk.update_doc_kind(
        kind.id,
        &DocKindInput {
            name: kind.name.clone(),
            prefix: kind.prefix.clone(),
            signer: kind.signer.clone(),
            numbering: MinutesNumberStyle::Issue,
            retired: false,
        },
    )
    .unwrap();
    assert_eq!(desk.minutes(a).unwrap().number_text, "〔2026〕2号");
    assert_eq!(desk.meeting(a).unwrap().minutes_number.as_deref(), Some("〔2026〕2号"));
    let d = add_meeting(&mut desk, "2026-07-01");
    assert_eq!(write_minutes(&mut desk, d, vec![]).number_text, "第3期");

    let e = desk.delete_meeting(a).unwrap_err();
    assert!(e.message.contains("纪要编号不能空缺"));
    let mut bad = desk.minutes(a).unwrap().input;
    bad.signer = " ".into();
    assert_eq!(desk.save_minutes(a, &bad).unwrap_err().field.as_deref(), Some("signer"));
}

#[test]
fn each_decision_becomes_a_follow_up_item_linked_back() {
    let mut desk = wugang_desk();
    let m = add_meeting(&mut desk, "2026-11-02");
    let saved = write_minutes(
        &mut desk,
        m,
        vec![
            decision("制定健康知识普及行动年度方案", "市卫健委", Some("2026-12-15")),
            decision("开展中小学健康促进专项督导", "市教体局、市卫健委", Some("2026-11-20")),
        ],
    );
    let items = desk.list_follow_ups().unwrap();
    assert_eq!(items.len(), 2);
    let ids: Vec<Option<i64>> = saved.input.decisions.iter().map(|d| d.id).collect();
    for item in &items {
        assert_eq!(item.item.source, FollowUpSource::Decision);
        assert!(ids.contains(&item.item.decision_id));
        assert!(
            item.item.source_note.contains("〔2026〕1号"),
            "{}",
            item.item.source_note
        );
    }
    assert!(items[0].item.source_note.ends_with("第2项"), "soonest deadline first");

    // Editing the minutes edits the items; removing a decision withdraws its item.
    let mut input = saved.input.clone();
    input.decisions[0].units = "市卫健委、市融媒体中心".into();
    input.decisions.remove(1);
    desk.save_minutes(m, &input).unwrap();
    let items = desk.list_follow_ups().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].item.units, "市卫健委、市融媒体中心");
    assert!(items[0].item.source_note.ends_with("第1项"));

    // Once progress is reported, the decision cannot silently disappear.
    desk.add_progress(
        items[0].item.id,
        &ProgressInput {
            on_date: "2026-11-24".into(),
            text: "方案已起草，正在征求意见".into(),
        },
    )
    .unwrap();
    let mut input = desk.minutes(m).unwrap().input;
    input.decisions.clear();
    let e = desk.save_minutes(m, &input).unwrap_err();
    assert!(e.message.contains("已有落实情况反馈"), "{}", e.message);
    assert_eq!(desk.list_follow_ups().unwrap().len(), 1, "nothing changed");

    let e = desk
        .update_follow_up(
            items[0].item.id,
            &FollowUpInput {
                source: FollowUpSource::Assigned,
                source_note: String::new(),
                content: "改写".into(),
                units: String::new(),
                deadline: None,
                working_days: None,
            },
        )
        .unwrap_err();
    assert!(e.message.contains("请在会议纪要中修改"));
    let mut bad = desk.minutes(m).unwrap().input;
    bad.decisions.push(decision("", "", None));
    let e = desk.save_minutes(m, &bad).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("decisions.1.content"));
    assert!(e.message.contains("第2项议定事项"));
}

fn manual(content: &str, deadline: Option<&str>) -> FollowUpInput {
    FollowUpInput {
        source: FollowUpSource::Instruction,
        source_note: "市政府主要领导批示".into(),
        content: content.into(),
        units: "市卫健委".into(),
        deadline: deadline.map(Into::into),
        working_days: None,
    }
}

#[test]
fn overdue_and_due_soon_follow_from_the_deadline_and_today() {
    // Today is 2026-11-25 (the fixed clock).
    let mut desk = wugang_desk();
    let late = desk
        .add_follow_up(&manual("落实病媒生物防制", Some("2026-11-24")))
        .unwrap();
    let today = desk.add_follow_up(&manual("报送季度数据", Some("2026-11-25"))).unwrap();
    let week = desk.add_follow_up(&manual("完成控烟宣传", Some("2026-12-02"))).unwrap();
    desk.add_follow_up(&manual("筹备全体会议", Some("2026-12-03"))).unwrap();
    desk.add_follow_up(&manual("长期工作", None)).unwrap();
    assert!(late.overdue);
    assert_eq!(late.days_left, Some(-1));
    assert!(!today.overdue);
    assert_eq!(week.days_left, Some(7));
    assert!(today.due_soon && week.due_soon && !late.due_soon);
    assert_eq!(
        desk.follow_up_counts().unwrap(),
        FollowUpCounts {
            open: 5,
            overdue: 1,
            due_soon: 2
        }
    );
    let done = desk.set_follow_up_status(late.item.id, FollowUpStatus::Done).unwrap();
    assert!(!done.overdue, "a finished item is never overdue");
    assert_eq!(desk.follow_up_counts().unwrap().overdue, 0);
    assert_eq!(desk.dashboard().unwrap().follow_ups.open, 4);

    let moved = desk
        .add_progress(
            today.item.id,
            &ProgressInput {
                on_date: "2026-11-25".into(),
                text: "已报送".into(),
            },
        )
        .unwrap();
    assert_eq!(
        moved.item.status,
        FollowUpStatus::InProgress,
        "the first progress starts the item"
    );
    assert_eq!(moved.progress_count, 1);
    let e = desk.add_follow_up(&manual("", None)).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("content"));
    let e = desk.add_follow_up(&manual("x", Some("2026-02-30"))).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("deadline"));
}

/// A meeting with an attendance record of every kind, its minutes and two decisions.
fn held_meeting(desk: &mut Desk) -> i64 {
    let m = add_meeting(desk, "2026-11-02");
    let seats: Vec<i64> = desk.roster(None).unwrap().iter().take(6).map(|r| r.member.id).collect();
    desk.invite_members(m, &seats).unwrap();
    let people = desk.invitees(m).unwrap();
    for p in &people[1..] {
        let present = AttendanceInput {
            attendance: Some(Attendance::Present),
            ..AttendanceInput::default()
        };
        desk.set_attendance(p.id, &present).unwrap();
    }
    desk.set_attendance(
        people[0].id,
        &AttendanceInput {
            attendance: Some(Attendance::Leave),
            leave_reason: "赴省参加会议".into(),
            stand_in_name: "李明".into(),
            stand_in_post: "市政府办公室副主任".into(),
        },
    )
    .unwrap();
    desk.add_observer(
        m,
        &ObserverInput {
            unit_name: "市融媒体中心".into(),
            name: "赵敏".into(),
            post: "记者".into(),
        },
    )
    .unwrap();
    write_minutes(
        desk,
        m,
        vec![
            decision("制定健康知识普及行动年度方案", "市卫健委", Some("2026-12-15")),
            decision("开展中小学健康促进专项督导", "市教体局", Some("2026-11-20")),
        ],
    );
    m
}

/// A meeting's print written as `name` in a folder that lasts as long as the answer's first half.
fn printed(desk: &Desk, meeting: i64, what: MeetingPrint, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let bytes = desk.meeting_print(meeting, what, ExportFormat::Pdf).unwrap();
    written(bytes, name)
}

fn written(bytes: Vec<u8>, name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn pdf_of(bytes: Vec<u8>, name: &str) -> String {
    let (_dir, path) = written(bytes, name);
    assert_fonts_subset(&path);
    unspaced(&pdf_text(&path))
}

#[test]
fn the_minutes_pdf_lists_who_came_in_the_gbt_9704_layout() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let people = desk.invitees(m).unwrap();
    let text = pdf_of(
        desk.meeting_print(m, MeetingPrint::Minutes, ExportFormat::Pdf).unwrap(),
        "纪要.pdf",
    );
    for expected in [
        "健康舞钢行动推进委员会办公室会议纪要",
        "〔2026〕1号",
        "一、总体进展",
        "（一）健康知识普及行动",
        "1．制定健康知识普及行动年度方案（责任单位：市卫健委；完成时限：2026年12月15日前）",
        "2．开展中小学健康促进专项督导",
        "出席：",
        "请假：",
        "列席：赵敏（市融媒体中心）",
        "赴省参加会议，由市政府办公室副主任李明代会",
        "分送：各成员单位",
        "健康舞钢行动推进委员会办公室2026年11月2日印发",
    ] {
        assert!(text.contains(expected), "{expected} missing from the minutes:\n{text}");
    }
    // The 签发人 belongs to documents sent upward, not to a 纪要's 版记.
    assert!(!text.contains("签发人"), "{text}");
    for p in &people {
        assert!(text.contains(&p.name), "{} missing", p.name);
    }
}

#[test]
fn the_minutes_have_their_masthead_imprint_and_justified_lines_in_place() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let (_dir, path) = printed(&desk, m, MeetingPrint::Minutes, "纪要.pdf");
    let words = pdf_words(&path);
    // §10.3: the mark's top 35 mm below the block's top (37 mm from the sheet's edge).
    let mark = words.iter().find(|w| w.text.contains("会议纪要")).unwrap();
    assert_eq!(mark.page, 1);
    assert!((mark.y_min - mm(72.0)).abs() < mm(3.0), "{mark:?}");
    // §7.4: the 印发 line is the last of the last page, on the block's lower edge.
    let last_page = words.iter().map(|w| w.page).max().unwrap();
    let issued = words.iter().rfind(|w| w.text.contains("印发")).unwrap();
    assert_eq!(issued.page, last_page);
    assert!(mm(37.0 + 225.0) - issued.y_max < mm(6.0), "{issued:?}");
    let page_number = |w: &PdfWord| w.text.contains('—') || w.text.parse::<u32>().is_ok();
    assert!(words
        .iter()
        .all(|w| w.page < last_page || w.y_max <= issued.y_max + 0.5 || page_number(w)));
    // Body lines are justified to the 156 mm block: they end at its right edge, none beyond.
    let right = mm(28.0 + 156.0);
    let at_edge = words.iter().filter(|w| (w.x_max - right).abs() < mm(0.5)).count();
    assert!(at_edge >= 4, "only {at_edge} lines reach the block's edge");
    assert!(
        words.iter().all(|w| w.x_max < right + mm(0.5)),
        "a line runs past the block"
    );
    // Names, dates and numbers are never split between lines.
    let layout = pdf_text(&path);
    let names: Vec<String> = desk.invitees(m).unwrap().into_iter().map(|p| p.name).collect();
    let mut runs: Vec<&str> = names.iter().map(String::as_str).collect();
    runs.extend(["〔2026〕1号", "2026年12月15日", "2026年11月20日"]);
    assert_unbroken(&layout, &runs);
}

#[test]
fn the_minutes_open_in_word_with_the_office_font_names() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let bytes = desk
        .meeting_print(m, MeetingPrint::Minutes, ExportFormat::Docx)
        .unwrap();
    let xml = part(&bytes, "word/document.xml");
    let lines = word_text(&xml);
    for expected in [
        "健康舞钢行动推进委员会办公室会议纪要",
        "〔2026〕1号",
        "一、总体进展",
        "1．制定健康知识普及行动年度方案（责任单位：市卫健委；完成时限：2026年12月15日前）",
        "列席：赵敏（市融媒体中心）",
        "分送：各成员单位",
    ] {
        assert!(
            lines.lines().any(|l| l.contains(expected)),
            "{expected} missing:\n{lines}"
        );
    }
    // Each heading level and the body in the font a 纪要 uses, named as Word names it.
    for font in ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"] {
        assert!(xml.contains(&format!("w:eastAsia=\"{font}\"")), "{font} not used");
    }
    // A4 with GB/T 9704's 37 mm top and 28 mm left margins, in twips.
    assert!(xml.contains("w:w=\"11906\"") && xml.contains("w:h=\"16838\""), "not A4");
    assert!(
        xml.contains("w:top=\"2098\"") && xml.contains("w:left=\"1587\""),
        "margins"
    );
    let footers: String = ["word/footer1.xml", "word/footer2.xml"]
        .iter()
        .map(|f| part(&bytes, f))
        .collect();
    assert!(footers.contains("PAGE"), "no page number field");
    // The page number's digit in the dashes' size, not Word's default.
    assert_eq!(footers.matches("<w:sz w:val=\"28\" />").count(), 2 * 7, "{footers}");
    assert!(!lines.contains("签发人"));
    // 22 lines as the document grid; 3号 runs 0.25 pt tighter so 28 characters fill a line.
    assert!(
        xml.contains("w:type=\"lines\"") && xml.contains("w:linePitch=\"580\""),
        "no grid"
    );
    assert!(xml.contains("<w:spacing w:val=\"-5\" />"), "no character spacing");
    // The fonts named with the GB2312 character set and a fallback; the office as the author.
    let fonts = part(&bytes, "word/fontTable.xml");
    assert!(
        fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>"),
        "{fonts}"
    );
    let core = part(&bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>健康舞钢行动推进委员会办公室</dc:creator>") && !core.contains("1970"),
        "{core}"
    );
    assert_schema_order(&xml);
    assert_schema_order(&part(&bytes, "word/styles.xml"));
    assert_schema_order(&part(&bytes, "word/settings.xml"));
    assert_schema_order(&footers);

    let refused = desk
        .meeting_print(m, MeetingPrint::Minutes, ExportFormat::Xlsx)
        .unwrap_err();
    assert_eq!(refused.message, "纪要是公文，只能导出为PDF或Word");
}

#[test]
fn notice_sign_in_sheet_and_attendance_read_back() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let people = desk.invitees(m).unwrap();
    let notice = pdf_of(
        desk.meeting_print(m, MeetingPrint::Notice, ExportFormat::Pdf).unwrap(),
        "通知.pdf",
    );
    for expected in [
        "关于召开健康舞钢行动推进委员会办公室会议的通知",
        "2026年11月2日（星期一）09:00—11:30",
        "市卫健委三楼会议室",
        "1．听取各专项行动推进情况汇报",
        "列席：赵敏（市融媒体中心记者）",
        "0375-8123456",
    ] {
        assert!(
            notice.contains(expected),
            "{expected} missing from the notice:\n{notice}"
        );
    }
    let sheet_pdf = pdf_of(desk.sign_in_sheet_file(m, ExportFormat::Pdf).unwrap(), "签到表.pdf");
    assert!(sheet_pdf.contains("序号单位姓名职务签名备注"), "{sheet_pdf}");
    let mut book = xlsx(&desk.sign_in_sheet_file(m, ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("签到表").unwrap();
    let cells: Vec<String> = range.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
    for p in &people {
        assert!(cells.contains(&p.name), "{} missing from the sign-in sheet", p.name);
    }
    assert!(cells.contains(&"签名".to_string()));

    let attendance = pdf_of(desk.attendance_file(m, ExportFormat::Pdf).unwrap(), "出席.pdf");
    assert!(
        attendance.contains("应到6人，出席5人，请假1人，缺席0人，列席1人"),
        "{attendance}"
    );
    let mut book = xlsx(&desk.attendance_file(m, ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("出席情况").unwrap();
    let text: String = range.rows().flat_map(|r| r.iter().map(|c| c.to_string())).collect();
    assert!(text.contains("请假") && text.contains("李明"));
}

#[test]
fn the_monthly_circular_groups_items_by_status() {
    let mut desk = wugang_desk();
    held_meeting(&mut desk);
    desk.add_follow_up(&manual("落实病媒生物防制", Some("2026-12-24")))
        .unwrap();
    let text = pdf_of(desk.circular_file(2026, 11, ExportFormat::Pdf).unwrap(), "通报.pdf");
    for expected in [
        "健康舞钢行动推进委员会督办事项落实情况通报",
        "（2026年第11期）",
        "2026年11月共督办事项3项：逾期1项，推进中0项，未开始2项，已完成0项。",
        "一、逾期事项（1项）",
        "开展中小学健康促进专项督导",
        "二、未开始事项（2项）",
        "落实病媒生物防制",
    ] {
        assert!(text.contains(expected), "{expected} missing from the circular:\n{text}");
    }
    // Signed by the office and dated at its end.
    let tail = &text[text.rfind("落实病媒生物防制").unwrap()..];
    assert!(tail.contains("健康舞钢行动推进委员会办公室2026年"), "{tail}");
    let mut book = xlsx(&desk.circular_file(2026, 11, ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("督办通报").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "序号"))
        .unwrap();
    // Three items, then the office's name and date under the table.
    assert_eq!(rows.len() - header - 1, 4);
    assert_eq!(rows[header + 1][5], "逾期");
    assert!(
        rows.last().unwrap()[0].starts_with("健康舞钢行动推进委员会办公室"),
        "{rows:?}"
    );
    // October had none of these yet.
    let october = pdf_of(desk.circular_file(2026, 10, ExportFormat::Pdf).unwrap(), "十月.pdf");
    assert!(october.contains("共督办事项0项"));
}

#[test]
fn the_notice_is_signed_and_dated_as_gbt_9704_places_it() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let mut input = meeting_input(&desk, "2026-11-02");
    input.notice_on = Some("2026-13-01".into());
    let err = desk.update_meeting(m, &input).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("noticeOn"));
    input.notice_on = Some("2026-10-28".into());
    desk.update_meeting(m, &input).unwrap();

    let (_dir, path) = printed(&desk, m, MeetingPrint::Notice, "通知.pdf");
    let words = pdf_words(&path);
    let find = |text: &str| {
        words
            .iter()
            .rfind(|w| w.text.contains(text))
            .unwrap_or_else(|| panic!("{text} missing"))
    };
    // §7.3.5.1: the date four characters in from the right, the issuer centred over it.
    let date = find("2026年10月28日");
    let grid_char = mm(156.0 / 28.0);
    assert!(
        (date.x_max - (mm(28.0 + 156.0) - 4.0 * grid_char)).abs() < mm(1.0),
        "{date:?}"
    );
    let issuer = words
        .iter()
        .rfind(|w| w.text == "健康舞钢行动推进委员会办公室")
        .unwrap();
    let centre = |w: &PdfWord| (w.x_max + w.x_min) / 2.0;
    assert!((centre(issuer) - centre(date)).abs() < mm(1.0), "{issuer:?} {date:?}");
    assert!(issuer.y_max < date.y_min);
    // §7.3.1: a two-line title is not top-heavy.
    let title: Vec<&PdfWord> = words
        .iter()
        .filter(|w| w.page == 1 && w.y_min < mm(37.0 + 25.0))
        .collect();
    assert_eq!(title.len(), 2, "{title:?}");
    assert!(
        title[0].text.chars().count() <= title[1].text.chars().count(),
        "{title:?}"
    );
}

#[test]
fn a_long_mark_and_long_imprint_lines_stay_inside_the_block() {
    let mut desk = wugang_desk();
    let m = held_meeting(&mut desk);
    let mut input = desk.minutes(m).unwrap().input;
    input.title = "健康舞钢行动推进委员会办公室关于健康知识普及行动专题工作推进会议纪要".into();
    input.issued_to = "各成员单位，各专项行动工作组，各县（市、区）健康城市建设领导小组办公室，市直有关单位".into();
    input.copied_to = "舞钢市人民政府".into();
    desk.save_minutes(m, &input).unwrap();
    let (_dir, path) = printed(&desk, m, MeetingPrint::Minutes, "纪要.pdf");
    let words = pdf_words(&path);
    let (left, right) = (mm(28.0), mm(28.0 + 156.0));
    for w in &words {
        assert!(
            w.x_min >= left - mm(0.5) && w.x_max <= right + mm(0.5),
            "outside the block: {w:?}"
        );
    }
    let text = unspaced(&pdf_text(&path));
    assert!(
        text.contains("市直有关单位") && text.contains("专题工作推进会议纪要"),
        "{text}"
    );
    // The 印发 line is still the block's last line.
    let issued = words.iter().rfind(|w| w.text.contains("印发")).unwrap();
    assert!(mm(37.0 + 225.0) - issued.y_max < mm(6.0), "{issued:?}");
}
