//! 从 Excel 导入: good files import whole; every kind of bad row is reported by row and column
//! and nothing is saved.

mod common;

use std::path::{Path, PathBuf};

use committee_core::*;
use common::*;
use rust_xlsxwriter::{Format, Workbook};

/// Writes rows into Sheet1 starting at A1; `merge` merges one range (r0, c0, r1, c1) holding its text.
fn xlsx(dir: &Path, rows: &[&[&str]], merge: Option<(u32, u16, u32, u16)>) -> PathBuf {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32, c as u16, *text).unwrap();
            }
        }
    }
    if let Some((r0, c0, r1, c1)) = merge {
        let text = rows[r0 as usize][c0 as usize];
        sheet.merge_range(r0, c0, r1, c1, text, &Format::new()).unwrap();
    }
    let path = dir.join("roster.xlsx");
    book.save(&path).unwrap();
    path
}

const HEADER: &[&str] = &["序号", "职务", "姓名", "单位", "单位职务", "联系电话"];

fn request(desk: &Desk, path: &Path) -> RosterImportRequest {
    let sheets = desk.import_sheets(path.to_str().unwrap()).unwrap();
    RosterImportRequest {
        path: path.display().to_string(),
        mapping: sheets[0].guess.clone(),
        term_from: "2026-11-01".into(),
    }
}

#[test]
fn a_good_sheet_imports_every_row_and_adds_missing_units() {
    let dir = tempfile::tempdir().unwrap();
    let path = xlsx(
        dir.path(),
        &[
            &["健康三门峡行动推进委员会组成人员名单"],
            HEADER,
            &["1", "主任", "赵一", "市人民政府", "副市长", "0398-2812345"],
            &["2", "副 主 任", "钱二", "市卫生健康委", "主任", "13800000001"],
            &["3", "委员", "孙三", "市教育局", "副局长", ""],
        ],
        None,
    );
    let mut desk = empty_desk();
    desk.add_unit(&unit("市人民政府")).unwrap();
    let req = request(&desk, &path);
    assert_eq!(req.mapping.header_row, 2);
    let check = desk.check_roster_import(&req).unwrap();
    assert_eq!(check.problems, []);
    assert_eq!(check.lines.len(), 3);
    assert_eq!(check.new_units, ["市卫生健康委", "市教育局"]);
    assert_eq!(check.lines[1].role, Role::DeputyDirector);

    let done = desk.import_roster(&req).unwrap();
    assert_eq!((done.seats_added, done.units_added), (3, 2));
    let roster = desk.roster(None).unwrap();
    let names: Vec<&str> = roster.iter().map(|r| r.member.person_name.as_str()).collect();
    assert_eq!(names, ["赵一", "钱二", "孙三"]);
    assert_eq!(roster[1].unit_name.as_deref(), Some("市卫生健康委"));
    assert_eq!(roster[0].member.term_from, "2026-11-01");
    assert_eq!(desk.list_units().unwrap().len(), 3);
}

#[test]
fn every_bad_row_is_named_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let long_name = "欧阳".repeat(11);
    let path = xlsx(
        dir.path(),
        &[
            HEADER,
            &["1", "主任", "", "市人民政府", "副市长", ""],
            &["2", "顾问", "李四", "市教育局", "局长", ""],
            &["3", "委员", "王五", "市教育局", "副局长", ""],
            &["4", "委员", "王五", "市教育局", "副局长", ""],
            &["5", "委员", long_name.as_str(), "市财政局", "副局长", ""],
            &[],
            &["7", "委员", "周七", "市民政局", "副局长", "12345"],
            &["8", "委员", "吴八", "市司法局", "副局长", ""],
            &["9", "", "郑九", "", "", ""],
        ],
        Some((8, 3, 9, 3)),
    );
    let mut desk = empty_desk();
    let req = request(&desk, &path);
    let check = desk.check_roster_import(&req).unwrap();
    let messages: Vec<&str> = check.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "第2行 第C列：请填写姓名",
            "第3行 第B列：不认识的职务“顾问”，应为主任、副主任、成员等",
            "第5行 第C列：“王五”与第4行重复",
            "第6行 第C列：姓名不能超过20个字（现在22个字）",
            "第7行：空行，已跳过",
            "第8行 第F列：联系电话格式不正确：固定电话请带区号（如 0375-8123456），手机号应为以1开头的11位数字",
            "第9行 第D列：是合并单元格，请在表格中取消合并并填好每一行后再导入",
            "第10行 第D列：是合并单元格，请在表格中取消合并并填好每一行后再导入",
        ],
    );
    assert!(!check.problems[4].blocking, "an empty row is only a note");
    let err = desk.import_roster(&req).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("file"));
    assert!(err.message.contains("7 处问题"), "{}", err.message);
    assert_eq!(desk.roster(None).unwrap().len(), 0, "all or nothing");
    assert_eq!(desk.list_units().unwrap().len(), 0);
}

#[test]
fn a_person_already_on_the_roster_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = wugang_desk();
    let path = xlsx(
        dir.path(),
        &[HEADER, &["1", "主任", "王海彦", "市人民政府", "市三级调研员", ""]],
        None,
    );
    let check = desk.check_roster_import(&request(&desk, &path)).unwrap();
    assert_eq!(check.problems[0].message, "第2行 第C列：“王海彦”已在现任组成人员名单中");
    assert!(desk.import_roster(&request(&desk, &path)).is_err());
}

#[test]
fn a_file_saved_by_libreoffice_imports() {
    // Saved by LibreOffice Calc as Excel 97–2003 (.xls), the format many offices still send.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster-libreoffice.xls");
    let mut desk = empty_desk();
    let req = request(&desk, &path);
    let check = desk.check_roster_import(&req).unwrap();
    assert_eq!(check.problems, []);
    assert_eq!(check.lines.len(), 3);
    assert_eq!(
        check.lines[2].phone, "13800000003",
        "a number cell reads back without “.0”"
    );
    assert_eq!(desk.import_roster(&req).unwrap().seats_added, 3);
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("名单.xlsx");
    std::fs::write(&path, "not a workbook").unwrap();
    let err = empty_desk().import_sheets(path.to_str().unwrap()).unwrap_err();
    assert!(err.message.starts_with("“名单.xlsx”是一个文本文件"), "{}", err.message);
    assert_eq!(err.field.as_deref(), Some("file"));
}
