//! 全部导出 (C9): one workbook with a sheet per area, read back: numbers are numbers, dates are
//! dates, deleted records are there and marked, and nothing of the sample body is missing.

mod common;

use calamine::{Data, Reader};
use common::*;

#[test]
fn everything_goes_into_one_workbook_a_sheet_per_area() {
    let mut desk = wugang_desk();
    let gone = desk.add_unit(&unit("临时单位")).unwrap();
    desk.delete_unit(gone.id, None).unwrap();
    let bytes = desk.everything_xlsx().unwrap();
    let mut book = xlsx(&bytes);
    assert_eq!(
        book.sheet_names(),
        [
            "成员单位",
            "组成人员（含历任）",
            "联络员（含历任）",
            "目标任务",
            "信息收集汇总",
            "催报记录",
            "会议",
            "出席情况",
            "纪要",
            "议定事项",
            "督办事项",
            "落实情况",
            "工作日历",
            "公文登记",
            "专项行动工作组",
            "专家咨询委员会",
            "操作记录"
        ]
    );

    let units = book.worksheet_range("成员单位").unwrap();
    let live = desk.list_units().unwrap().len();
    assert_eq!(units.height(), 1 + live + 1, "every unit, the deleted one too");
    let last = units.rows().next_back().unwrap();
    assert_eq!(last[1], Data::String("临时单位".into()));
    assert_eq!(last[7], Data::String("已删除（回收站）".into()));
    assert!(matches!(units.get((1, 0)), Some(Data::Float(_))), "ids are numbers");

    let seats = book.worksheet_range("组成人员（含历任）").unwrap();
    assert_eq!(seats.height() - 1, desk.roster(None).unwrap().len());
    let role = seats.get((1, 1)).unwrap().to_string();
    assert!(
        !role.is_empty() && role.chars().all(|c| !c.is_ascii_lowercase()),
        "role as its title: {role}"
    );
    assert!(
        seats.rows().skip(1).any(|r| matches!(r[5], Data::DateTime(_))),
        "任职起始 are date cells"
    );
    let history = book.worksheet_range("操作记录").unwrap();
    assert_eq!(history.height() as i64 - 1, desk.history_count().unwrap());
    // The frozen header row of every sheet.
    for name in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet12.xml"] {
        assert!(part(&bytes, name).contains(r#"state="frozen""#), "{name}");
    }
}
