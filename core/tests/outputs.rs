//! Printed outputs read back as a user's software would: poppler for the PDFs (fonts embedded
//! and subset, real text, page count), calamine and the raw xlsx parts for the spreadsheets.

mod common;
#[path = "../examples/demo/mod.rs"]
mod demo;

use calamine::{Data, Reader};
use committee_core::*;
use common::*;

#[test]
fn samples_are_real_documents() {
    let dir = tempfile::tempdir().unwrap();
    let files = demo::write_samples(dir.path(), &[]).unwrap();
    assert_eq!(files.len(), 32);
    let desk = demo::wugang_desk().unwrap();
    let roster = desk.roster(None).unwrap();
    for pdf in files.iter().filter(|p| p.extension().unwrap() == "pdf") {
        assert_fonts_subset(pdf);
    }
    let list = dir.path().join("组成人员名单.pdf");
    let text = unspaced(&pdf_text(&list));
    assert!(text.contains("健康舞钢行动推进委员会组成人员名单"));
    assert!(text.contains("主任：王海彦（市三级调研员）"), "{text}");
    assert!(text.contains("姬冠华同志兼任办公室主任"), "{text}");
    for row in &roster {
        assert!(
            text.contains(&unspaced(&row.member.person_name)),
            "{} missing",
            row.member.person_name
        );
    }
    let size = std::fs::metadata(&list).unwrap().len();
    assert!(size < 200_000, "the roster PDF is {size} bytes");

    let directory = unspaced(&pdf_text(&dir.path().join("联络员名单.pdf")));
    assert!(
        directory.contains("联络员01") && directory.contains("13837500000"),
        "{directory}"
    );
    assert!(
        directory.contains("市烟草公司"),
        "units without a liaison are listed too"
    );
}

/// Page counts a reader can hold us to: the demonstration office's prints as they were judged
/// against GB/T 9704 and the seeds.
#[test]
fn samples_keep_their_pages_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    demo::write_samples(dir.path(), &[]).unwrap();
    let pages = |name: &str| page_count(&dir.path().join(name));
    assert_eq!(pages("2026-11-20_签到表.pdf"), 1);
    assert_eq!(pages("2026-11-20_出席情况.pdf"), 1);
    assert!(pages("2026年10月_市卫健委_信息收集汇总表.pdf") <= 4);
    assert!(pages("联络员名单.pdf") <= 2);
    let minutes = dir.path().join("2026-11-20_纪要.pdf");
    let info = poppler("pdfinfo", &[minutes.to_str().unwrap()]);
    assert!(info.contains("Author:          健康舞钢行动推进委员会办公室"), "{info}");
    assert!(info.contains("Producer:        推进委员会办公室工作台"), "{info}");
    assert!(!info.contains("1970") && info.contains("2026"), "{info}");
    let bytes = std::fs::read(&minutes).unwrap();
    assert!(
        !bytes.windows(15).any(|w| w == b"GTS_PDFXVersion"),
        "an empty PDF/X marker"
    );
    // Each print's people keep their names whole.
    let sign_in = pdf_text(&dir.path().join("2026-11-20_签到表.pdf"));
    let desk = demo::wugang_desk().unwrap();
    let people: Vec<String> = desk
        .roster(None)
        .unwrap()
        .into_iter()
        .map(|r| r.member.person_name)
        .collect();
    let some: Vec<&str> = people
        .iter()
        .map(String::as_str)
        .filter(|n| sign_in.contains(*n))
        .collect();
    assert!(some.len() >= 10, "{sign_in}");
    assert_unbroken(
        &pdf_text(&dir.path().join("2026-11-20_会议通知.pdf")),
        &["彭淑敏", "刘凯星", "2026年11月20日"],
    );
    // The blank form's rows start tall enough for the office's text but are not fixed, so Excel
    // grows a row when a unit writes more.
    let blank = std::fs::read(dir.path().join("2026年10月_市卫健委_信息收集汇总表（下发空表）.xlsx")).unwrap();
    let sheet = part(&blank, "xl/worksheets/sheet1.xml");
    let row4 = &sheet[sheet.find("<row r=\"4\"").unwrap()..];
    let tag = &row4[..row4.find('>').unwrap()];
    assert!(tag.contains(" ht=\"") && !tag.contains("customHeight"), "{tag}");
    let title_row = &sheet[..sheet.find("<row r=\"2\"").unwrap()];
    assert!(title_row.contains("customHeight=\"1\""), "{title_row}");
}

#[test]
fn a_long_roster_continues_with_the_header_on_every_page() {
    let mut desk = empty_desk();
    for i in 0..200 {
        desk.add_member(&MemberInput {
            role: Role::Member,
            person_name: format!("成员{i:03}"),
            post: format!("第{i}单位副局长"),
            unit_id: None,
            sort_order: None,
            term_from: "2023-08-18".into(),
            term_to: None,
            phone: String::new(),
            note: String::new(),
        })
        .unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roster.pdf");
    std::fs::write(
        &path,
        desk.roster_file(RosterLayout::Table, ExportFormat::Pdf, None).unwrap(),
    )
    .unwrap();
    let pages = page_count(&path);
    // A row of one line at 小四 is 8.5 mm; about 25 rows fit the 225 mm text block.
    assert!((8..=9).contains(&pages), "{pages} pages for 200 seats");
    let text = pdf_text(&path);
    let per_page: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(per_page.len(), pages);
    for (i, page) in per_page.iter().enumerate() {
        assert!(
            unspaced(page).contains("序号职务姓名单位及职务联系电话"),
            "page {} lacks the header",
            i + 1
        );
        assert!(
            unspaced(page).contains(&format!("—{}—", i + 1)),
            "page {} lacks its number",
            i + 1
        );
    }
    for i in [0, 99, 199] {
        assert!(text.contains(&format!("成员{i:03}")));
    }
}

#[test]
fn roster_table_xlsx_reads_back_with_title_header_and_print_settings() {
    let desk = demo::wugang_desk().unwrap();
    let bytes = desk.roster_file(RosterLayout::Table, ExportFormat::Xlsx, None).unwrap();
    let mut book = xlsx(&bytes);
    let range = book.worksheet_range("组成人员").unwrap();
    assert_eq!(
        range.get_value((0, 0)),
        Some(&Data::String("健康舞钢行动推进委员会组成人员名单".into()))
    );
    let header: Vec<String> = (0..5).map(|c| range.get_value((1, c)).unwrap().to_string()).collect();
    assert_eq!(header, ["序号", "职务", "姓名", "单位及职务", "联系电话"]);
    assert_eq!(range.get_value((2, 2)), Some(&Data::String("王海彦".into())));
    // The 38 seats, then the office's 主任 and 副主任 in the closing note, not as extra rows.
    assert_eq!(range.height(), 2 + 38 + 1);
    let note = range.get_value((40, 0)).unwrap().to_string();
    assert!(note.contains("兼任办公室主任"), "{note}");
    assert_eq!(range.get_value((2, 0)), Some(&Data::Float(1.0)), "序号 is a number");
    let merged = book.worksheet_merge_cells("组成人员").unwrap().unwrap();
    assert_eq!((merged[0].start, merged[0].end), ((0, 0), (0, 4)));

    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"paperSize="9""#), "A4");
    // fitToWidth="1" is the default and so left out; fitToHeight="0" means "as many pages as needed".
    assert!(
        sheet.contains(r#"fitToPage="1""#) && sheet.contains(r#"fitToHeight="0""#),
        "fit to width"
    );
    assert!(sheet.contains("&amp;P"), "page numbers in the footer");
    assert!(sheet.contains("仿宋_GB2312") || part(&bytes, "xl/styles.xml").contains("仿宋_GB2312"));
    assert!(
        part(&bytes, "xl/workbook.xml").contains("_xlnm.Print_Titles"),
        "header row repeats"
    );
}

#[test]
fn roster_list_and_liaison_xlsx_read_back() {
    let desk = demo::wugang_desk().unwrap();
    let mut list = xlsx(&desk.roster_file(RosterLayout::List, ExportFormat::Xlsx, None).unwrap());
    let range = list.worksheet_range("组成人员名单").unwrap();
    assert_eq!(range.get_value((1, 0)), Some(&Data::String("主\u{3000}任：".into())));
    assert_eq!(
        range.get_value((1, 1)),
        Some(&Data::String("王海彦（市三级调研员）".into()))
    );

    let bytes = desk.liaison_directory_file(ExportFormat::Xlsx).unwrap();
    let mut book = xlsx(&bytes);
    let range = book.worksheet_range("联络员").unwrap();
    assert_eq!(range.height(), 2 + 36);
    assert_eq!(range.get_value((2, 2)), Some(&Data::String("联络员01".into())));
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        !sheet.contains(r#"orientation="landscape""#),
        "the directory prints upright"
    );
    assert!(
        sheet.contains(r#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#),
        "{sheet}"
    );
}

#[test]
fn an_unknown_font_choice_is_refused_and_a_known_one_is_used() {
    let mut desk = wugang_desk();
    let err = desk.set_print_font(print::FontRole::Body, Some("comic")).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("fontKey"));
    let fonts = desk.set_print_font(print::FontRole::Body, Some("lxgw_wenkai")).unwrap();
    let body = fonts.iter().find(|f| f.role == print::FontRole::Body).unwrap();
    assert_eq!(body.used, "霞鹜文楷");
    let fonts = desk.set_print_font(print::FontRole::Body, None).unwrap();
    assert_ne!(
        fonts.iter().find(|f| f.role == print::FontRole::Body).unwrap().used,
        "霞鹜文楷"
    );
}
