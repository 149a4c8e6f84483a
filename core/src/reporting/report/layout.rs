//! The layout of one unit's 信息收集汇总表, as 附件3 of the 泸州 notice draws it: title, 填报科室（单位） and 填报日期
//! above a five-column table, the two 备注 lines below. The same layout serves the filled
//! form, each unit's part of the summary, and the blank form sent out to be filled in.

use crate::common::date::chinese_iso;
use crate::print::{Align, Block, Column, Document, Table};
use crate::reporting::report::{ReportForm, ReportStatus};
use crate::sheet::{SheetColumn, SheetSpan, SheetTable};
use crate::BodySettings;

/// (header, Excel width, filled in by the unit); the PDF sizes its columns by their text.
pub(crate) const COLUMNS: [(&str, f64, bool); 5] = [
    ("工作内容", 30.0, false),
    ("牵头领导", 10.0, false),
    ("工作推进情况", 38.0, true),
    ("未完成原因及下一步打算", 27.0, true),
    ("困难问题", 22.0, true),
];
/// Points: 小四 for the lines around the table and in the sheet.
const TEXT_SIZE: f32 = 12.0;
/// 五号 in the printed table, as dense 公文 tables are set, so a month's text stays on few pages.
const TABLE_SIZE: f32 = 10.5;

pub(crate) const DEPARTMENT_LABEL: &str = "填报科室（单位）：";
pub(crate) const MONTH_LABEL: &str = "所属月份：";
pub(crate) const FILLED_BY_LABEL: &str = "填报人：";
pub(crate) const FILLED_ON_LABEL: &str = "填报日期：";
/// Put on every sent-out form; the take-back reads it to tell a form from any workbook.
pub(crate) const SEND_OUT_HINT: &str = "3、请只在浅黄色格内填写";
/// As wide as “备注：”.
const NOTE_INDENT: &str = "\u{3000}\u{3000}\u{3000}";

pub(crate) fn form_title(settings: &BodySettings) -> String {
    format!("{}信息收集汇总表", settings.body_name)
}

fn notes(settings: &BodySettings, blank: bool) -> Vec<String> {
    let mut notes = vec![
        format!(
            "备注：1、本表由各责任科室（单位）收集汇总后于每月{}日前报{}。",
            settings.monthly_deadline_day, settings.office_name
        ),
        // Each later note lines up under “1、”, after the width of “备注：”.
        format!("{NOTE_INDENT}2、工作完成情况既要有文字描述，又要有数据印证，必要时可附文字材料及影像资料。"),
    ];
    if blank {
        notes.push(format!(
            "{NOTE_INDENT}{SEND_OUT_HINT}（工作推进情况、未完成原因及下一步打算、困难问题，以及填报人、填报日期）；\
             灰色格为办公室预填内容，请勿修改，也不要增删行或改动工作表名称。填好后保存为 Excel 文件（.xlsx）报回。"
        ));
    }
    notes
}

fn filled_on_text(form: &ReportForm) -> String {
    chinese_iso(form.filled_on.as_deref())
}

fn cells(form: &ReportForm, blank: bool) -> Vec<Vec<String>> {
    form.rows
        .iter()
        .map(|l| {
            let text = |s: &String| if blank { String::new() } else { s.clone() };
            vec![
                l.content.clone(),
                l.lead_leader.clone(),
                text(&l.progress),
                text(&l.reasons_next),
                text(&l.difficulties),
            ]
        })
        .collect()
}

/// The form's blocks, appended to `doc` (the summary puts several forms in one document).
/// The month, marked when the return is not submitted so a draft never passes for a return.
fn month_text(form: &ReportForm) -> String {
    match form.status {
        ReportStatus::Late => format!("{}　逾期报送", form.period_label),
        s if s.is_submitted() => form.period_label.clone(),
        _ => format!("{}　{DRAFT_MARK}", form.period_label),
    }
}

pub(crate) const DRAFT_MARK: &str = "草稿，尚未报送";

pub(crate) fn push_blocks(doc: &mut Document, settings: &BodySettings, form: &ReportForm) {
    doc.push(Block::Title(form_title(settings)));
    doc.push(Block::Subtitle(format!("（{}）", month_text(form))));
    let by = if form.filled_by.is_empty() {
        String::new()
    } else {
        format!("　　{FILLED_BY_LABEL}{}", form.filled_by)
    };
    doc.push(Block::Line {
        left: format!("{DEPARTMENT_LABEL}{}{by}", form.filled_department),
        right: format!("{FILLED_ON_LABEL}{}", filled_on_text(form)),
        size: TEXT_SIZE,
    });
    doc.push(Block::Table(Table {
        columns: COLUMNS
            .iter()
            .map(|(h, _, _)| match *h {
                "牵头领导" => Column::new(h, 0.0, Align::Center),
                _ => Column::new(h, 0.0, Align::Left).prose(),
            })
            .collect(),
        rows: cells(form, false),
        size: TABLE_SIZE,
        row_height: 0.0,
    }));
    doc.push(Block::Space(0.3));
    for note in notes(settings, false) {
        doc.push(Block::Note {
            text: note,
            size: TEXT_SIZE,
        });
    }
}

/// The form as a sheet; `blank` makes the send-out version with input cells unlocked.
pub(crate) fn sheet(settings: &BodySettings, form: &ReportForm, sheet_name: &str, blank: bool) -> SheetTable {
    let span = |text: String, first, last, input| SheetSpan {
        text,
        first,
        last,
        input,
    };
    let (by, on) = if blank {
        (String::new(), String::new())
    } else {
        (form.filled_by.clone(), filled_on_text(form))
    };
    SheetTable {
        sheet_name: sheet_name.to_owned(),
        title: form_title(settings),
        columns: COLUMNS
            .iter()
            .map(|(h, w, input)| {
                let c = SheetColumn::new(h, *w, *h == "牵头领导");
                if blank && *input {
                    c.input()
                } else {
                    c
                }
            })
            .collect(),
        rows: cells(form, blank),
        landscape: true,
        ruled: true,
        size: f64::from(TEXT_SIZE),
        above: vec![
            span(format!("{DEPARTMENT_LABEL}{}", form.filled_department), 0, 1, false),
            span(
                format!(
                    "{MONTH_LABEL}{}",
                    if blank {
                        form.period_label.clone()
                    } else {
                        month_text(form)
                    }
                ),
                2,
                2,
                false,
            ),
            span(format!("{FILLED_BY_LABEL}{by}"), 3, 3, blank),
            span(format!("{FILLED_ON_LABEL}{on}"), 4, 4, blank),
        ],
        notes: notes(settings, blank),
        min_row_height: 0.0,
    }
}
