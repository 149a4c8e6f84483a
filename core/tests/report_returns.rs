//! 下发与收回: blank forms sent to each unit, filled in Excel/WPS (simulated by rewriting the
//! cells), read back with every problem named, imported only when clean.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use committee_core::*;
use common::*;

struct Office {
    desk: Desk,
    period: Period,
    out: tempfile::TempDir,
    _data: tempfile::TempDir,
}

fn office() -> Office {
    let mut desk = wugang_desk();
    let data = tempfile::tempdir().unwrap();
    desk.set_files_dir(data.path().to_path_buf());
    let period = desk.open_period(2026, 11).unwrap();
    Office {
        desk,
        period,
        out: tempfile::tempdir().unwrap(),
        _data: data,
    }
}

/// The sent-out form's cells as text, row by row from A1.
fn cells(path: &Path) -> Vec<Vec<String>> {
    let mut book = xlsx(&std::fs::read(path).unwrap());
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let (h, w) = range.end().map(|(r, c)| (r as usize + 1, c as usize + 1)).unwrap();
    (0..h)
        .map(|r| {
            (0..w)
                .map(|c| match range.get_value((r as u32, c as u32)) {
                    Some(Data::Empty) | None => String::new(),
                    Some(v) => v.to_string(),
                })
                .collect()
        })
        .collect()
}

/// What a unit's Excel would save after filling in: the cells, plus merged areas.
fn save(path: &Path, rows: &[Vec<String>], merges: &[(u32, u16, u32, u16)]) {
    save_with_date(path, rows, merges, None);
}

/// As `save`, with one real date cell (a date typed into Excel, not text).
fn save_with_date(path: &Path, rows: &[Vec<String>], merges: &[(u32, u16, u32, u16)], date: Option<(u32, u16, &str)>) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("2026年11月").unwrap();
    let plain = rust_xlsxwriter::Format::new();
    for &(r0, c0, r1, c1) in merges {
        let text = rows[r0 as usize][c0 as usize].clone();
        sheet.merge_range(r0, c0, r1, c1, &text, &plain).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let covered = merges
                .iter()
                .any(|&(r0, c0, r1, c1)| (r0..=r1).contains(&(r as u32)) && (c0..=c1).contains(&(c as u16)));
            if !text.is_empty() && !covered {
                sheet.write_string(r as u32, c as u16, text).unwrap();
            }
        }
    }
    if let Some((r, c, day)) = date {
        let day = rust_xlsxwriter::ExcelDateTime::parse_from_str(day).unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
        sheet.write_datetime_with_format(r, c, &day, &format).unwrap();
    }
    book.save(path).unwrap();
}

const FIRST_ROW: usize = 3;

/// Fills every row of a sent-out form the way a unit would.
fn fill(rows: &mut [Vec<String>], by: &str, text: &str) {
    rows[1][3] = format!("填报人：{by}");
    rows[1][4] = "填报日期：2026年11月20日".into();
    for (i, row) in rows.iter_mut().enumerate().skip(FIRST_ROW) {
        if row[0].starts_with("备注") || row[0].starts_with('2') || row[0].starts_with('3') {
            break;
        }
        row[2] = format!("{text}{}：完成率{}%", i - FIRST_ROW + 1, 80 + i);
        row[3] = "下月完成验收".into();
        row[4] = if i % 2 == 0 {
            "经费不足".into()
        } else {
            String::new()
        };
    }
}

fn send_out_one(o: &Office, unit: &str) -> (i64, PathBuf) {
    let id = o
        .desk
        .list_units()
        .unwrap()
        .into_iter()
        .find(|u| u.unit.name == unit)
        .unwrap()
        .unit
        .id;
    let names = o.desk.send_out_forms(o.period.id, &[id], o.out.path()).unwrap().files;
    (id, o.out.path().join(&names[0]))
}

fn messages(check: &ReturnFileCheck) -> Vec<String> {
    check.problems.iter().map(|p| p.message.clone()).collect()
}

#[test]
fn send_out_writes_one_locked_prefilled_form_per_unit() {
    let o = office();
    let names = o.desk.send_out_forms(o.period.id, &[], o.out.path()).unwrap().files;
    assert_eq!(
        names,
        [
            "2026年11月_市教体局_信息收集汇总表.xlsx",
            "2026年11月_市卫健委_信息收集汇总表.xlsx",
            "2026年11月_市体育运动发展中心_信息收集汇总表.xlsx",
            "2026年11月_市卫生城市建设事务服务中心_信息收集汇总表.xlsx",
        ]
    );
    let path = o.out.path().join(&names[1]);
    let rows = cells(&path);
    assert_eq!(rows[0][0], "健康舞钢行动推进委员会信息收集汇总表");
    assert_eq!(rows[1][0], "填报科室（单位）：市卫健委");
    assert_eq!(rows[1][2], "所属月份：2026年11月");
    assert_eq!(
        rows[2][..5],
        [
            "工作内容",
            "牵头领导",
            "工作推进情况",
            "未完成原因及下一步打算",
            "困难问题"
        ]
    );
    let tasks = o.desk.list_tasks().unwrap();
    assert_eq!(rows[3][0], tasks[0].task.content);
    assert_eq!(rows[3][2], "", "the unit writes here");
    assert!(rows.iter().any(|r| r[0]
        .trim_start_matches('\u{3000}')
        .starts_with("3、请只在浅黄色格内填写")));
    let sheet = part(&std::fs::read(&path).unwrap(), "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<sheetProtection"), "fixed cells are locked");
}

#[test]
fn a_filled_form_comes_back_with_the_same_text_and_the_original_is_kept() {
    let mut o = office();
    let (unit, path) = send_out_one(&o, "市卫健委");
    let mut rows = cells(&path);
    fill(&mut rows, "张敏", "第一季度健康讲座");
    rows[4][2] = "多行文字\n第二行：覆盖12个乡镇".into();
    let returned = o.out.path().join("市卫健委-已填.xlsx");
    save(&returned, &rows, &[(0, 0, 0, 4)]);

    let check = o
        .desk
        .check_returns(o.period.id, std::slice::from_ref(&returned))
        .unwrap();
    let file = &check.files[0];
    assert!(file.ok, "{:?}", messages(file));
    assert_eq!((file.unit_id, file.rows), (Some(unit), 13));
    assert_eq!(
        (file.filled_by.as_str(), file.filled_on.as_deref()),
        ("张敏", Some("2026-11-20"))
    );
    assert_eq!(file.replaces, None);

    let done = o
        .desk
        .import_returns(o.period.id, std::slice::from_ref(&returned), Some("2026-11-21"))
        .unwrap();
    assert_eq!(done.imported, ["市卫健委"]);
    let form = o.desk.report_form(o.period.id, unit).unwrap();
    assert_eq!(form.status, ReportStatus::Submitted);
    assert_eq!(form.rows[0].progress, rows[3][2]);
    assert_eq!(form.rows[1].progress, "多行文字\n第二行：覆盖12个乡镇");
    assert_eq!(form.rows[2].difficulties, rows[5][4]);
    assert_eq!(form.filled_on.as_deref(), Some("2026-11-20"));
    let kept = o.desk.kept_file_path(form.source_file.as_deref().unwrap()).unwrap();
    assert_eq!(std::fs::read(kept).unwrap(), std::fs::read(&returned).unwrap());
}

#[test]
fn every_problem_is_named_and_nothing_is_imported_from_a_bad_batch() {
    let mut o = office();
    let (unit, path) = send_out_one(&o, "市卫健委");
    let mut good = cells(&path);
    fill(&mut good, "张敏", "推进");

    let mut wrong_month = good.clone();
    wrong_month[1][2] = "所属月份：2026年10月".into();
    let mut changed = good.clone();
    changed[4][0] = "改过的工作内容".into();
    let mut empty = good.clone();
    empty[3][2] = String::new();
    let mut stranger = good.clone();
    stranger[1][0] = "填报科室（单位）：市档案局".into();
    let mut no_author = good.clone();
    no_author[1][3] = "填报人：".into();
    no_author[1][4] = "填报日期：下周".into();

    let dir = o.out.path();
    let files: Vec<PathBuf> = [
        "10月.xlsx",
        "改了内容.xlsx",
        "空着.xlsx",
        "档案局.xlsx",
        "无填报人.xlsx",
    ]
    .iter()
    .map(|n| dir.join(n))
    .collect();
    for (rows, path) in [&wrong_month, &changed, &empty, &stranger, &no_author]
        .iter()
        .zip(&files)
    {
        save(path, rows, &[]);
    }
    let mut all = files.clone();
    all.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster-libreoffice.xls"));
    let check = o.desk.check_returns(o.period.id, &all).unwrap();
    let said: Vec<Vec<String>> = check.files.iter().map(messages).collect();
    assert!(
        said[0].contains(&"这是2026年10月的报表，与当前报送期2026年11月不一致".to_owned()),
        "{said:?}"
    );
    assert!(
        said[1].contains(&"第5行：工作内容与任务分解不一致，请勿修改灰色格".to_owned()),
        "{said:?}"
    );
    assert_eq!(check.files[1].problems[0].column.as_deref(), Some("A"));
    assert!(
        said[2].iter().any(|m| m.starts_with("第4行：“工作推进情况”没有填写")),
        "{said:?}"
    );
    assert!(said[3][0].starts_with("找不到单位“市档案局”"), "{said:?}");
    assert!(said[4].contains(&"表头的“填报人”没有填写".to_owned()), "{said:?}");
    assert!(
        said[4].iter().any(|m| m.starts_with("填报日期“下周”无法识别")),
        "{said:?}"
    );
    assert!(said[5][0].starts_with("这不是信息收集汇总表"), "{said:?}");
    assert!(check.files.iter().all(|f| !f.ok));

    let e = o.desk.import_returns(o.period.id, &files, None).unwrap_err();
    assert!(e.message.contains("没有导入任何文件"), "{}", e.message);
    assert_eq!(
        o.desk.report_form(o.period.id, unit).unwrap().status,
        ReportStatus::NotFiled
    );
}

#[test]
fn blank_rows_and_merged_cells_are_read_as_a_person_would_read_them() {
    let mut o = office();
    let (unit, path) = send_out_one(&o, "市卫健委");
    let mut rows = cells(&path);
    fill(&mut rows, "张敏", "推进");
    rows[3][4] = "两项共用的困难：人手紧".into();
    let width = rows[0].len();
    // Blank rows after the header and between tasks, as people leave them.
    rows.insert(3, vec![String::new(); width]);
    rows.insert(6, vec![String::new(); width]);
    let returned = o.out.path().join("合并格.xlsx");
    // 困难问题 merged over the first two task rows (now rows 5 and 6 in Excel, 0-based 4 and 5).
    save(&returned, &rows, &[(0, 0, 0, 4), (4, 4, 5, 4)]);

    let check = o
        .desk
        .check_returns(o.period.id, std::slice::from_ref(&returned))
        .unwrap();
    assert!(check.files[0].ok, "{:?}", messages(&check.files[0]));
    o.desk.import_returns(o.period.id, &[returned], None).unwrap();
    let form = o.desk.report_form(o.period.id, unit).unwrap();
    assert_eq!(
        form.status,
        ReportStatus::Draft,
        "without a received date the return is a draft"
    );
    assert_eq!(form.rows[0].difficulties, "两项共用的困难：人手紧");
    assert_eq!(form.rows[1].difficulties, "两项共用的困难：人手紧");
}

#[test]
fn a_row_merged_across_columns_and_a_date_typed_as_a_date_are_read_as_written() {
    let mut o = office();
    let (unit, path) = send_out_one(&o, "市卫健委");
    let mut rows = cells(&path);
    fill(&mut rows, "张敏", "推进");
    // 填报日期 typed over its label as a real date; the first task's answer merged over C–E.
    rows[1][4] = String::new();
    rows[FIRST_ROW][2] = "三栏合并填写：已完成验收".into();
    let returned = o.out.path().join("合并行.xlsx");
    let merges = [(0, 0, 0, 4), (FIRST_ROW as u32, 2, FIRST_ROW as u32, 4)];
    save_with_date(&returned, &rows, &merges, Some((1, 4, "2026-11-20")));

    let check = o
        .desk
        .check_returns(o.period.id, std::slice::from_ref(&returned))
        .unwrap();
    assert!(check.files[0].ok, "{:?}", messages(&check.files[0]));
    o.desk.import_returns(o.period.id, &[returned], None).unwrap();
    let form = o.desk.report_form(o.period.id, unit).unwrap();
    assert_eq!(
        form.filled_on.as_deref(),
        Some("2026-11-20"),
        "the date cell is not dropped"
    );
    assert_eq!(form.rows[0].progress, "三栏合并填写：已完成验收");
    assert_eq!(
        form.rows[0].reasons_next, "",
        "merged text is not repeated into the next column"
    );
    assert_eq!(form.rows[0].difficulties, "");
    assert_eq!(
        form.rows[1].reasons_next, "下月完成验收",
        "the rows below are as filled"
    );
}

#[test]
fn a_newer_file_shows_what_it_changes_before_it_replaces_the_draft() {
    let mut o = office();
    let (unit, path) = send_out_one(&o, "市体育运动发展中心");
    let mut rows = cells(&path);
    fill(&mut rows, "李强", "第一版");
    let first = o.out.path().join("第一版.xlsx");
    save(&first, &rows, &[]);
    o.desk.import_returns(o.period.id, &[first], None).unwrap();

    rows[3][2] = "第二版：举办全民健身活动15场".into();
    let second = o.out.path().join("2026年11月_市体育运动发展中心_信息收集汇总表.xlsx");
    save(&second, &rows, &[]);
    let check = o
        .desk
        .check_returns(o.period.id, std::slice::from_ref(&second))
        .unwrap();
    let file = &check.files[0];
    assert_eq!(file.replaces, Some(ReportStatus::Draft));
    assert_eq!(file.changes.len(), 1);
    let change = &file.changes[0];
    assert_eq!((change.row, change.field.as_str()), (4, "工作推进情况"));
    assert_eq!(change.after, "第二版：举办全民健身活动15场");
    assert!(change.before.starts_with("第一版"));

    // The same unit twice in one batch is refused.
    let twice = o
        .desk
        .check_returns(o.period.id, &[second.clone(), second.clone()])
        .unwrap();
    assert!(twice.files[0].ok && !twice.files[1].ok);

    o.desk
        .import_returns(o.period.id, &[second], Some("2026-11-26"))
        .unwrap();
    let form = o.desk.report_form(o.period.id, unit).unwrap();
    assert_eq!(form.rows[0].progress, "第二版：举办全民健身活动15场");
    assert_eq!(form.status, ReportStatus::Late);
}

#[test]
fn a_form_saved_by_libreoffice_is_read() {
    // Sent out by this program, filled and saved as .xlsx by LibreOffice Calc.
    let mut o = office();
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/return-libreoffice.xlsx");
    let check = o.desk.check_returns(o.period.id, std::slice::from_ref(&file)).unwrap();
    let result = &check.files[0];
    assert!(result.ok, "{:?}", messages(result));
    assert_eq!(result.unit_name, "市教体局");
    o.desk.import_returns(o.period.id, &[file], Some("2026-11-24")).unwrap();
    let board = o.desk.report_board(o.period.id).unwrap();
    let row = board.rows.iter().find(|r| r.unit_name == "市教体局").unwrap();
    assert_eq!((row.status, row.filled_by.as_str()), (ReportStatus::Submitted, "王芳"));
}

/// Cancelled after `after` files: a progress that says stop once it has seen that many.
fn stop_after(after: u32, seen: &std::sync::Mutex<Vec<WorkStep>>) -> impl Fn(&WorkStep) -> bool + Sync + '_ {
    move |step: &WorkStep| {
        seen.lock().unwrap().push(step.clone());
        step.done < after
    }
}

#[test]
fn sending_out_tells_each_file_and_stops_when_cancelled() {
    let o = office();
    let seen = std::sync::Mutex::new(Vec::new());
    let report = stop_after(2, &seen);
    let sent = o
        .desk
        .send_out_forms_with(o.period.id, &[], o.out.path(), &Progress::new("下发空表", &report))
        .unwrap();
    assert!(sent.cancelled);
    assert_eq!(sent.files.len(), 2, "the files written before the cancel");
    assert_eq!(std::fs::read_dir(o.out.path()).unwrap().count(), 2);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        (seen[0].done, seen[0].total, seen[0].title.as_str()),
        (0, 4, "下发空表"),
        "the progress opens before the first file"
    );
    assert_eq!((seen[2].done, seen[2].item.as_str()), (2, sent.files[1].as_str()));

    let all = o.desk.send_out_forms(o.period.id, &[], o.out.path()).unwrap();
    assert!(!all.cancelled && all.files.len() == 4);
}

#[test]
fn taking_back_cancelled_while_reading_imports_nothing() {
    let mut o = office();
    let sent = o.desk.send_out_forms(o.period.id, &[], o.out.path()).unwrap();
    let files: Vec<PathBuf> = sent.files.iter().map(|n| o.out.path().join(n)).collect();
    let seen = std::sync::Mutex::new(Vec::new());
    let report = stop_after(1, &seen);
    let progress = Progress::new("读取报回的表格", &report);
    let e = o.desk.check_returns_with(o.period.id, &files, &progress).unwrap_err();
    assert_eq!(e.code, ErrorCode::Cancelled);
    let e = o
        .desk
        .import_returns_with(o.period.id, &files, None, &progress)
        .unwrap_err();
    assert_eq!((e.code, e.message.as_str()), (ErrorCode::Cancelled, "已取消"));
    let board = o.desk.report_board(o.period.id).unwrap();
    assert!(board.rows.iter().all(|r| r.status == ReportStatus::NotFiled));
}
