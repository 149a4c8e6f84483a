//! 公文登记 (C7): the kinds seeded from the body's rules and settings, numbers per kind and year
//! never skipped or given twice, 作废 and 撤销/废止, minutes numbered through the register, the
//! issued files kept, and the 发文登记簿 read back.

mod common;

use committee_core::*;
use common::*;

fn kind(desk: &Desk, name: &str) -> DocKind {
    desk.doc_kinds().unwrap().into_iter().find(|k| k.name == name).unwrap()
}

fn doc(kind_id: i64, title: &str, on: &str) -> DocumentInput {
    DocumentInput {
        kind_id,
        title: title.into(),
        signer: "刘军".into(),
        written_on: Some(on.into()),
        main_to: "各成员单位".into(),
        ..DocumentInput::default()
    }
}

fn numbers(desk: &Desk, q: &DocumentQuery) -> Vec<String> {
    desk.documents(q)
        .unwrap()
        .into_iter()
        .map(|r| r.document.doc_number)
        .collect()
}

#[test]
fn the_kinds_follow_the_rules_and_the_prefixes_in_the_settings() {
    let desk = empty_desk();
    let kinds = desk.doc_kinds().unwrap();
    let named: Vec<(&str, &str, &str)> = kinds
        .iter()
        .map(|k| (k.name.as_str(), k.prefix.as_str(), k.signer.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("推进委员会文件", "三健委", "推进委员会主任"),
            ("推进委员会函", "三健委函", "市卫生健康委主要负责同志"),
            ("办公室文件", "三健委办", "办公室主任"),
            ("办公室函", "三健委办函", "办公室副主任"),
            ("会议纪要", "", "会议召集人"),
            ("工作专报", "", "办公室主任"),
            ("通报", "", "办公室主任"),
        ]
    );
    assert!(kinds[4].for_minutes);
    assert_eq!(kinds[5].numbering, MinutesNumberStyle::Issue);
    let yunnan = preset_desk("yunnan");
    let names: Vec<String> = yunnan.doc_kinds().unwrap().into_iter().map(|k| k.name).collect();
    assert_eq!(names[..3], ["领导小组文件", "领导小组函", "办公室文件"]);
    assert_eq!(kind(&yunnan, "办公室文件").prefix, "云爱卫专项办");
}

#[test]
fn numbers_run_per_kind_and_year_and_a_cancelled_one_is_never_given_again() {
    let mut desk = empty_desk();
    let file = kind(&desk, "推进委员会文件").id;
    let letter = kind(&desk, "推进委员会函").id;
    assert_eq!(desk.next_doc_number(file, None).unwrap(), "三健委〔2026〕1号");
    let first = desk
        .register_document(&doc(file, "关于印发2026年工作要点的通知", "2026-03-01"))
        .unwrap();
    assert_eq!(first.doc_number, "三健委〔2026〕1号");
    let second = desk
        .register_document(&doc(file, "关于调整成员的通知", "2026-05-01"))
        .unwrap();
    assert_eq!(second.doc_number, "三健委〔2026〕2号");
    assert_eq!(
        desk.register_document(&doc(letter, "关于成立专家咨询委员会的函", "2026-05-02"))
            .unwrap()
            .doc_number,
        "三健委函〔2026〕1号"
    );
    assert_eq!(
        desk.register_document(&doc(file, "关于2027年工作的通知", "2027-01-04"))
            .unwrap()
            .doc_number,
        "三健委〔2027〕1号"
    );

    let no_reason = desk.void_document(second.id, " ").unwrap_err();
    assert_eq!(no_reason.field.as_deref(), Some("reason"));
    assert!(desk.unvoid_document(second.id).is_err(), "nothing to take back yet");
    desk.void_document(second.id, "标题有误，重新发文").unwrap();
    // A failed registration gives no number either.
    let mut bad = doc(file, "", "2026-06-01");
    assert_eq!(
        desk.register_document(&bad).unwrap_err().field.as_deref(),
        Some("title")
    );
    bad.title = "关于召开全体会议的通知".into();
    assert_eq!(desk.register_document(&bad).unwrap().doc_number, "三健委〔2026〕3号");

    let rows = desk.documents(&DocumentQuery::default()).unwrap();
    let voided = rows.iter().find(|r| r.document.id == second.id).unwrap();
    assert_eq!(voided.state, DocumentState::Voided);
    assert_eq!(voided.document.void_reason, "标题有误，重新发文");
    assert_eq!(rows.len(), 5, "a cancelled number stays in the register");
}

#[test]
fn an_edit_keeps_the_number_its_kind_and_year() {
    let mut desk = empty_desk();
    let file = kind(&desk, "推进委员会文件").id;
    let d = desk
        .register_document(&doc(file, "关于印发工作要点的通知", "2026-03-01"))
        .unwrap();
    let mut input = doc(file, "关于印发2026年工作要点的通知", "2026-03-02");
    input.urgency = "特急".into();
    let edited = desk.update_document(d.id, &input).unwrap();
    assert_eq!(edited.doc_number, "三健委〔2026〕1号");
    assert_eq!(edited.urgency, "特急");
    input.kind_id = kind(&desk, "办公室文件").id;
    assert_eq!(
        desk.update_document(d.id, &input).unwrap_err().field.as_deref(),
        Some("kindId")
    );
    let mut next_year = doc(file, "x", "2027-01-02");
    next_year.kind_id = file;
    let e = desk.update_document(d.id, &next_year).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("writtenOn"));
    assert!(e.message.contains("三健委〔2026〕1号按2026年编号"), "{}", e.message);
    let history = desk.history_of("document", d.id).unwrap();
    assert_eq!(history.len(), 2, "registered, then edited once");
}

#[test]
fn a_document_is_revoked_or_abolished_on_a_date_and_can_be_put_back() {
    let mut desk = empty_desk();
    let file = kind(&desk, "办公室文件").id;
    let d = desk
        .register_document(&doc(file, "关于印发管理办法的通知", "2026-03-01"))
        .unwrap();
    let no_date = desk
        .set_document_revoked(d.id, Some(RevokeKind::Abolished), None)
        .unwrap_err();
    assert_eq!(no_date.field.as_deref(), Some("revokedOn"));
    let early = desk
        .set_document_revoked(d.id, Some(RevokeKind::Revoked), Some("2026-02-01".into()))
        .unwrap_err();
    assert_eq!(early.field.as_deref(), Some("revokedOn"));
    desk.set_document_revoked(d.id, Some(RevokeKind::Abolished), Some("2026-11-01".into()))
        .unwrap();
    let row = &desk.documents(&DocumentQuery::default()).unwrap()[0];
    assert_eq!(row.state, DocumentState::Abolished);
    assert_eq!(row.document.revoked_on.as_deref(), Some("2026-11-01"));
    desk.set_document_revoked(d.id, None, None).unwrap();
    assert_eq!(
        desk.documents(&DocumentQuery::default()).unwrap()[0].state,
        DocumentState::InForce
    );
}

#[test]
fn minutes_take_their_numbers_from_the_register() {
    let mut desk = wugang_desk();
    let minutes_kind = kind(&desk, "会议纪要");
    // Minutes numbers come from minutes only: one series, one place.
    let by_hand = desk
        .register_document(&doc(minutes_kind.id, "专题会议纪要", "2026-02-01"))
        .unwrap_err();
    assert_eq!(by_hand.field.as_deref(), Some("kindId"));
    let kind_id = desk.meeting_kinds().unwrap()[0].id;
    let m = desk
        .add_meeting(&MeetingInput {
            kind_id,
            title: "全体会议".into(),
            meeting_on: "2026-11-10".into(),
            starts_at: "09:00".into(),
            ends_at: "10:00".into(),
            convener: "王海彦".into(),
            ..MeetingInput::default()
        })
        .unwrap()
        .meeting
        .meeting
        .id;
    assert_eq!(desk.minutes(m).unwrap().number_text, "〔2026〕1号");
    let view = desk.save_minutes(m, &desk.minutes(m).unwrap().input).unwrap();
    assert_eq!(view.number_text, "〔2026〕1号");
    let rows = desk.documents(&DocumentQuery::default()).unwrap();
    let entry = rows.iter().find(|r| r.document.minutes_id.is_some()).unwrap();
    assert_eq!(entry.document.doc_number, "〔2026〕1号");
    assert_eq!(entry.meeting_on.as_deref(), Some("2026-11-10"));
    assert_eq!(entry.meeting_title.as_deref(), Some("全体会议"));
    assert_eq!(entry.kind_name, "会议纪要");

    // The minutes keep their register row in step; it is changed through them only.
    let mut input = desk.minutes(m).unwrap().input;
    input.title = "健康舞钢行动推进委员会2026年全体会议纪要".into();
    desk.save_minutes(m, &input).unwrap();
    let entry = desk
        .documents(&DocumentQuery::default())
        .unwrap()
        .into_iter()
        .find(|r| r.document.minutes_id.is_some())
        .unwrap();
    assert_eq!(entry.document.title, "健康舞钢行动推进委员会2026年全体会议纪要");
    assert!(desk.void_document(entry.document.id, "误").is_err());
    input.issued_on = "2027-01-05".into();
    let moved = desk.save_minutes(m, &input).unwrap_err();
    assert_eq!(moved.field.as_deref(), Some("issuedOn"), "the number's year stays");
    assert!(desk
        .update_document(entry.document.id, &doc(minutes_kind.id, "改", "2026-11-10"))
        .is_err());
}

#[test]
fn the_register_filters_by_year_kind_and_words() {
    let mut desk = empty_desk();
    let file = kind(&desk, "推进委员会文件").id;
    let report = kind(&desk, "工作专报").id;
    desk.register_document(&doc(file, "关于印发工作要点的通知", "2026-03-01"))
        .unwrap();
    desk.register_document(&doc(report, "健康知识普及行动进展", "2026-04-01"))
        .unwrap();
    desk.register_document(&doc(file, "关于表彰先进的决定", "2025-12-01"))
        .unwrap();
    let q = |year: Option<i32>, kind_id: Option<i64>, text: &str| DocumentQuery {
        year,
        kind_id,
        text: text.into(),
    };
    assert_eq!(numbers(&desk, &q(Some(2026), None, "")), ["第1期", "三健委〔2026〕1号"]);
    assert_eq!(
        numbers(&desk, &q(None, Some(file), "")),
        ["三健委〔2026〕1号", "三健委〔2025〕1号"]
    );
    assert_eq!(numbers(&desk, &q(None, None, "表彰")), ["三健委〔2025〕1号"]);
    assert_eq!(desk.document_page(&q(None, None, "")).unwrap().years, [2026, 2025]);
}

#[test]
fn the_issued_file_is_kept_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(
        &dir.path().join("committee-desk.db"),
        std::sync::Arc::new(committee_core::clock::FixedClock::on(day(TODAY))),
    )
    .unwrap();
    desk.complete_setup(&SetupInput {
        settings: settings(),
        preset: None,
    })
    .unwrap();
    let file = kind(&desk, "推进委员会文件").id;
    let d = desk
        .register_document(&doc(file, "关于印发工作要点的通知", "2026-03-01"))
        .unwrap();
    let source = dir.path().join("工作要点.pdf");
    std::fs::write(&source, b"%PDF-1.7 test").unwrap();
    let kept = desk.add_document_file(d.id, &source).unwrap();
    let path = desk.document_file_path(kept.id).unwrap();
    assert!(
        path.starts_with(dir.path().join("公文").join("2026")),
        "{}",
        path.display()
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7 test");
    assert_eq!(desk.documents(&DocumentQuery::default()).unwrap()[0].files.len(), 1);
    desk.remove_document_file(kept.id).unwrap();
    assert!(desk.documents(&DocumentQuery::default()).unwrap()[0].files.is_empty());
    assert!(path.is_file(), "the kept copy stays");
}

#[test]
fn the_register_prints_as_a_book_and_exports_as_a_sheet() {
    let mut desk = empty_desk();
    let file = kind(&desk, "推进委员会文件").id;
    let letter = kind(&desk, "推进委员会函").id;
    desk.register_document(&doc(letter, "关于成立专家咨询委员会的函", "2026-05-02"))
        .unwrap();
    let a = desk
        .register_document(&doc(file, "关于印发工作要点的通知", "2026-03-01"))
        .unwrap();
    desk.register_document(&doc(file, "关于调整成员的通知", "2026-05-01"))
        .unwrap();
    desk.void_document(a.id, "标题有误").unwrap();
    let q = DocumentQuery {
        year: Some(2026),
        ..DocumentQuery::default()
    };
    let file_out = desk
        .output_file(&Printable::DocumentRegister { query: q.clone() }, ExportFormat::Pdf)
        .unwrap();
    assert_eq!(file_out.name, "发文登记簿（2026年）.pdf");
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("register.pdf");
    std::fs::write(&pdf, file_out.bytes).unwrap();
    let text = unspaced(&pdf_text(&pdf));
    assert!(
        text.contains("健康三门峡行动推进委员会办公室发文登记簿（2026年）"),
        "{text}"
    );
    assert!(text.contains("共3条，其中作废1条"), "{text}");
    assert!(text.contains("作废："), "{text}");
    for number in ["三健委〔2026〕1号", "三健委〔2026〕2号", "三健委函〔2026〕1号"] {
        assert!(text.contains(number), "{number} is broken: {text}");
    }
    assert_fonts_subset(&pdf);

    use calamine::Reader;
    let mut book = xlsx(&desk.document_register_file(&q, ExportFormat::Xlsx).unwrap());
    let range = book.worksheet_range("发文登记").unwrap();
    let numbers: Vec<String> = range.rows().skip(3).map(|r| r[1].to_string()).collect();
    assert_eq!(
        numbers,
        ["三健委〔2026〕1号", "三健委〔2026〕2号", "三健委函〔2026〕1号"],
        "kind by kind, number by number"
    );
}
