//! Every importer (the roster, the task breakdown, the returned forms) meets a corpus of bad
//! files and answers each with a clear Chinese message naming the file — never a panic, never a
//! library's English, never minutes of work. The bounds are in `sheet::intake`: 50 MB a file,
//! 200 MB unpacked, 20,000 rows and 200 columns a sheet.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use committee_core::*;
use common::*;
use zip::write::SimpleFileOptions;

/// A minimal .xlsx package around one sheet's XML.
fn package(path: &Path, sheet_xml: &str) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let fast = SimpleFileOptions::default().compression_level(Some(1));
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, fast).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.start_file("xl/worksheets/sheet1.xml", fast).unwrap();
    zip.write_all(sheet_xml.as_bytes()).unwrap();
    zip.finish().unwrap();
}

fn sheet(rows: impl Iterator<Item = String>) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    rows.for_each(|r| xml.push_str(&r));
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// A real roster workbook written by the program's own Excel writer.
fn good_workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["职务", "姓名", "单位", "单位职务"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "成员").unwrap();
    s.write_string(1, 1, "张三").unwrap();
    book.save_to_buffer().unwrap()
}

/// Each bad file with the words its message must contain.
fn corpus(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let mut files = Vec::new();
    let mut add = |name: &str, bytes: &[u8], expect: &'static str| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        files.push((path, expect));
    };
    let good = good_workbook();
    add("截断的名单.xlsx", &good[..good.len() / 2], "不完整或已损坏");
    add("空文件.xlsx", b"", "是空文件");
    add(
        "逗号分隔.xlsx",
        "职务,姓名,单位\n成员,张三,市卫健委\n".as_bytes(),
        "是一个文本文件（例如 CSV）",
    );
    add(
        "照片.xlsx",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
        "是一个PNG 图片",
    );
    add("扫描件.xls", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "是一个PDF 文件");
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.resize(1024, 0);
    encrypted.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.resize(4096, 0);
    add("加密的名单.xlsx", &encrypted, "设置了打开密码");
    add("压缩包.xlsx", &zip_of("说明.txt", b"hello"), "不是 Excel 工作簿");
    add("炸弹.xlsx", &bomb(), "解压后的内容异常庞大");

    let million = dir.join("一百万行.xlsx");
    package(
        &million,
        &sheet((1..=1_000_000).map(|r| format!(r#"<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>"#))),
    );
    files.push((million, "超过 20000 行或 200 列"));
    files
}

fn zip_of(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(name, SimpleFileOptions::default()).unwrap();
    zip.write_all(bytes).unwrap();
    zip.finish().unwrap().into_inner()
}

/// A workbook whose sheet claims 4 GB once unpacked, as a zip bomb's parts do.
fn bomb() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    package(
        &path,
        &sheet(std::iter::once(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#.to_owned())),
    );
    let mut bytes = std::fs::read(&path).unwrap();
    // Central directory headers (PK\x01\x02): the uncompressed size sits 24 bytes in.
    let starts: Vec<usize> = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x01\x02")
        .map(|(i, _)| i)
        .collect();
    for at in starts {
        bytes[at + 24..at + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    }
    bytes
}

/// The message is the program's own: Chinese, naming the file, no library words in English.
fn assert_plain(message: &str, file: &Path, expect: &str) {
    let name = file.file_name().unwrap().to_string_lossy();
    assert!(message.contains(&format!("“{name}”")), "{message}");
    assert!(message.contains(expect), "{name}: {message}");
    let english = message
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() > 4 && !["Excel", "xlsx"].contains(&w));
    assert!(!english, "library words in {message}");
}

#[test]
fn every_importer_refuses_every_bad_file_in_plain_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = wugang_desk();
    let period = desk.open_period(2026, 11).unwrap();
    for (file, expect) in corpus(dir.path()) {
        let path = file.to_str().unwrap();
        let roster = desk.import_sheets(path).unwrap_err();
        assert_plain(&roster.message, &file, expect);
        assert_eq!(roster.field.as_deref(), Some("file"));

        let tasks = desk.check_task_import(path).unwrap_err();
        assert_plain(&tasks.message, &file, expect);

        let returns = desk.check_returns(period.id, std::slice::from_ref(&file)).unwrap();
        let problems: Vec<&str> = returns.files[0].problems.iter().map(|p| p.message.as_str()).collect();
        assert!(!returns.files[0].ok);
        assert_plain(problems[0], &file, expect);
    }
    assert!(desk
        .import_tasks(dir.path().join("炸弹.xlsx").to_str().unwrap())
        .is_err());
}

#[test]
fn empty_cells_far_down_do_not_make_a_small_sheet_too_large() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("下拉了公式的名单.xlsx");
    let header = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>职务</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>成员</t></is></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c></row>"#;
    // A formula filled down to row 30,000 that shows nothing.
    let empty = (3..=30_000)
        .map(|r| format!(r#"<row r="{r}"><c r="C{r}" t="str"><f>IF(B{r}="","",B{r})</f><v></v></c></row>"#));
    package(&path, &sheet(std::iter::once(header.to_owned()).chain(empty)));
    let sheets = wugang_desk().import_sheets(path.to_str().unwrap()).unwrap();
    assert_eq!(sheets[0].rows, 2);
}

#[test]
fn formulas_are_read_as_the_values_excel_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("公式.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["职务", "姓名", "单位", "单位职务"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "成员").unwrap();
    s.write_formula(
        1,
        1,
        rust_xlsxwriter::Formula::new(r#"=CONCATENATE("张","三")"#).set_result("张三"),
    )
    .unwrap();
    s.write_formula(
        1,
        2,
        rust_xlsxwriter::Formula::new(r#"=IF(1>0,"市卫健委","")"#).set_result("市卫健委"),
    )
    .unwrap();
    book.save(&path).unwrap();
    let desk = wugang_desk();
    let sheets = desk.import_sheets(path.to_str().unwrap()).unwrap();
    let request = RosterImportRequest {
        path: path.to_string_lossy().into_owned(),
        mapping: sheets[0].guess.clone(),
        term_from: "2026-01-01".into(),
    };
    let preview = format!("{:?}", desk.check_roster_import(&request).unwrap());
    assert!(preview.contains("张三") && preview.contains("市卫健委"), "{preview}");
    assert!(
        !preview.contains("CONCATENATE"),
        "a formula's text is never taken for its value"
    );
}
