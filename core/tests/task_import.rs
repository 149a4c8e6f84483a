//! 目标任务分解 from Excel: a 附件2-style table with merged 专项行动 cells imports whole;
//! a table with any bad row names the row and cell and imports nothing.

mod common;

use std::path::Path;

use committee_core::*;
use common::*;
use rust_xlsxwriter::{Format, Workbook};

const HEAD: [&str; 6] = [
    "专项行动名 称",
    "序号",
    "工 作 内 容",
    "牵头领导",
    "牵头科室",
    "配合科室（单位）",
];

/// Rows under a title and the 附件2 header; `merges` are (first row, last row) of column A.
fn write(path: &Path, rows: &[[&str; 6]], merges: &[(u32, u32)]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    sheet
        .merge_range(0, 0, 0, 5, "泸州市卫生计生系统健康城市建设目标任务分解", &plain)
        .unwrap();
    for (c, h) in HEAD.iter().enumerate() {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    for &(r0, r1) in merges {
        sheet
            .merge_range(r0, 0, r1, 0, rows[(r0 - 2) as usize][0], &plain)
            .unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 2;
        for (c, text) in row.iter().enumerate() {
            let merged = c == 0 && merges.iter().any(|&(a, b)| (a..=b).contains(&r));
            if !text.is_empty() && !merged {
                sheet.write_string(r, c as u16, *text).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

fn desk_with_units() -> Desk {
    let mut desk = empty_desk();
    for name in ["爱卫办综合科", "基层卫生科", "宣传科教科"] {
        desk.add_unit(&unit(name)).unwrap();
    }
    desk
}

#[test]
fn a_breakdown_with_merged_action_cells_imports_in_order() {
    let mut desk = desk_with_units();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("任务分解.xlsx");
    write(
        &file,
        &[
            [
                "健康环境营造工程",
                "1",
                "病媒生物防治；农村卫生厕所普及。",
                "王建伟",
                "爱卫办 综合科",
                "市疾控中心",
            ],
            [
                "健康环境营造工程",
                "2",
                "城乡环境卫生整洁行动。",
                "王建伟",
                "爱卫办综合科",
                "",
            ],
            ["", "", "", "", "", ""],
            [
                "全民预防保健工程",
                "3",
                "在全市实施全民预防保健工作。",
                "",
                "基层卫生科",
                "委机关相关业务科室",
            ],
        ],
        &[(2, 3)],
    );
    let path = file.to_str().unwrap();
    let check = desk.check_task_import(path).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!(check.lines.len(), 3);
    assert_eq!(
        check.lines[1].action_name, "健康环境营造工程",
        "the merged cell applies to its rows"
    );
    assert_eq!(check.lines[2].row, 6);

    assert_eq!(desk.import_tasks(path).unwrap(), 3);
    let tasks = desk.list_tasks().unwrap();
    assert_eq!(tasks.iter().map(|t| t.task.seq).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(tasks[0].lead_unit_name.as_deref(), Some("爱卫办综合科"));
    assert_eq!(tasks[2].task.cooperating, "委机关相关业务科室");

    let again = desk.check_task_import(path).unwrap();
    assert!(!again.ok);
    assert_eq!(again.problems[0].message, "第3行：目标任务分解中已有这项工作内容");
}

#[test]
fn every_bad_row_is_named_and_nothing_is_imported() {
    let mut desk = desk_with_units();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("有问题.xlsx");
    write(
        &file,
        &[
            [
                "健康文化推进工程",
                "1",
                "开展控烟（禁烟）工作。",
                "周正国",
                "宣传科教科",
                "",
            ],
            ["", "2", "打造特色健康文化。", "", "宣传科教科", ""],
            [
                "创新发展工程",
                "3",
                "至少有一项创新项目",
                "王建伟",
                "指挥部办公室",
                "体改科",
            ],
            ["创新发展工程", "4", "开展控烟（禁烟）工作。", "", "", ""],
        ],
        &[],
    );
    let path = file.to_str().unwrap();
    let check = desk.check_task_import(path).unwrap();
    let said: Vec<(u32, Option<String>, String)> = check
        .problems
        .iter()
        .map(|p| (p.row, p.column.clone(), p.message.clone()))
        .collect();
    assert_eq!(said[0], (4, Some("A".into()), "第4行：没有专项行动名称".into()));
    assert_eq!(said[1].0, 5);
    assert_eq!(said[1].1.as_deref(), Some("E"));
    assert!(said[1].2.contains("牵头科室“指挥部办公室”不在成员单位中"), "{said:?}");
    assert_eq!(said[2].2, "第6行：与第3行的工作内容相同");
    let e = desk.import_tasks(path).unwrap_err();
    assert!(e.message.ends_with("没有导入任何任务"), "{}", e.message);
    assert!(desk.list_tasks().unwrap().is_empty());

    let roster = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster-libreoffice.xls");
    let e = desk.check_task_import(roster.to_str().unwrap()).unwrap_err();
    assert!(e.message.contains("找不到“工作内容”表头"), "{}", e.message);
}
