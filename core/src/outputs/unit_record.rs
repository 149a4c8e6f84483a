//! 成员单位履职情况通报表: a year's figures per member unit, landscape, the figures under their
//! group headings (信息报送, 参加会议, 督办事项) and the rule behind each group printed under the
//! table; the workbook adds the month-by-month detail.

use super::{ExportFormat, Output};
use crate::common::date;
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{one_line_width, Align, Block, Column, Document, Orientation, Table};
use crate::sheet::{SheetColumn, SheetTable};
use crate::unit_record::{AttendanceTally, FollowUpTally, ReturnTally, UnitMonth, UnitRecord, UnitRecordYear};
use crate::Desk;

const RETURNS: &str = "信息报送（月）";
const MEETINGS: &str = "参加会议（人次）";
const FOLLOW_UPS: &str = "督办事项（项）";

/// (header, group, Excel width): every figure column is a centred count.
type Figure = (&'static str, &'static str, f64);

const FIGURES: [Figure; 15] = [
    ("应报", RETURNS, 6.0),
    ("按时", RETURNS, 6.0),
    ("逾期", RETURNS, 6.0),
    ("未报", RETURNS, 6.0),
    ("催报次数", "", 9.0),
    ("应参会", MEETINGS, 7.0),
    ("出席", MEETINGS, 6.0),
    ("代会", MEETINGS, 6.0),
    ("请假", MEETINGS, 6.0),
    ("缺席", MEETINGS, 6.0),
    ("承办", FOLLOW_UPS, 6.0),
    ("按期完成", FOLLOW_UPS, 9.0),
    ("逾期完成", FOLLOW_UPS, 9.0),
    ("逾期未完成", FOLLOW_UPS, 9.0),
    ("未到期", FOLLOW_UPS, 7.0),
];

/// The leading text columns, then the figures after `skip` of them (the month sheet has no
/// 应报 … 未报 counts, only the month's 信息报送).
fn columns(lead: &[(&str, f32, f64, Align)], skip: usize) -> (Vec<Column>, Vec<SheetColumn>) {
    let text = lead
        .iter()
        .map(|&(h, mm, w, a)| (Column::new(h, mm, a), SheetColumn::new(h, w, a == Align::Center)));
    let figures = FIGURES.iter().skip(skip).map(|&(h, g, w)| {
        (
            Column::new(h, 0.0, Align::Center).in_group(g),
            SheetColumn::new(h, w, true).numeric().in_group(g),
        )
    });
    text.chain(figures).unzip()
}

/// The fifteen figures in the order of `FIGURES`.
fn figures_of(r: &ReturnTally, reminders: i64, m: &AttendanceTally, f: &FollowUpTally) -> Vec<String> {
    [
        r.due,
        r.on_time,
        r.late,
        r.missing,
        reminders,
        m.invited,
        m.present,
        m.stand_in,
        m.leave,
        m.absent,
        f.assigned,
        f.done_on_time,
        f.done_late,
        f.overdue,
        f.open,
    ]
    .iter()
    .map(i64::to_string)
    .collect()
}

fn summary_row(i: usize, u: &UnitRecord) -> Vec<String> {
    let mut row = vec![(i + 1).to_string(), u.unit_name.clone()];
    row.extend(figures_of(&u.returns, u.reminders, &u.meetings, &u.follow_ups));
    row
}

/// A month is listed when it holds any figure; its 信息报送 in words, then its counts.
fn month_row(unit: &str, m: &UnitMonth) -> Option<Vec<String>> {
    let (a, f) = (&m.meetings, &m.follow_ups);
    if m.return_status.is_none() && m.reminders == 0 && a.invited == 0 && f.assigned == 0 {
        return None;
    }
    let status = m.return_status.map_or("—".to_owned(), |s| s.label().to_owned());
    let mut row = vec![unit.to_owned(), m.month.to_string(), status];
    // A month has one return, told in words: its counts start after the year's four.
    row.extend(
        figures_of(&ReturnTally::default(), m.reminders, a, f)
            .into_iter()
            .skip(4),
    );
    Some(row)
}

fn notes(record: &UnitRecordYear) -> Vec<String> {
    let mut lines = vec!["说明：".to_owned()];
    lines.extend(
        record
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| format!("{}. {}：{}", i + 1, r.label, r.rule)),
    );
    lines
}

impl Desk {
    pub fn unit_record_file(&self, year: i32, format: ExportFormat) -> Result<Vec<u8>> {
        let record = self.unit_records(year)?;
        let as_of = date::from_iso(&record.as_of).map(date::chinese).unwrap_or_default();
        let title = format!("{year}年度成员单位履职情况");
        let counted_to = format!("统计截至{as_of}");
        let notes = notes(&record);
        // Every unit's name on one line: the row is read across from it.
        let longest = record
            .units
            .iter()
            .map(|u| u.unit_name.as_str())
            .max_by_key(|n| n.chars().count());
        let unit_mm = longest.map_or(0.0, |n| one_line_width(n, size::XIAO_5));
        let (print_columns, sheet_columns) = columns(
            &[("序号", 0.0, 6.0, Align::Center), ("单位", unit_mm, 26.0, Align::Left)],
            0,
        );
        let rows: Vec<Vec<String>> = record
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| summary_row(i, u))
            .collect();

        let mut document = Document::new(&title, Orientation::Landscape);
        document.push(Block::Title(title.clone()));
        document.push(Block::Note {
            text: counted_to.clone(),
            size: size::HAO_4,
        });
        document.push(Block::Space(0.3));
        document.push(Block::Table(Table {
            columns: print_columns,
            rows: rows.clone(),
            size: size::XIAO_5,
            row_height: 0.0,
        }));
        document.push(Block::Space(0.5));
        for text in &notes {
            document.push(Block::Note {
                text: text.clone(),
                size: size::XIAO_5,
            });
        }

        let summary = SheetTable {
            sheet_name: "年度汇总".into(),
            title: title.clone(),
            columns: sheet_columns,
            rows,
            landscape: true,
            ruled: true,
            size: 10.0,
            notes: std::iter::once(counted_to.clone()).chain(notes).collect(),
            ..SheetTable::default()
        };
        let (_, month_columns) = columns(
            &[
                ("单位", 0.0, 26.0, Align::Left),
                ("月份", 0.0, 6.0, Align::Center),
                ("信息报送", 0.0, 10.0, Align::Center),
            ],
            4,
        );
        let mut months = SheetTable {
            sheet_name: "逐月明细".into(),
            title: format!("{title}（逐月明细）"),
            columns: month_columns,
            rows: record
                .units
                .iter()
                .flat_map(|u| u.months.iter().filter_map(|m| month_row(&u.unit_name, m)))
                .collect(),
            landscape: true,
            ruled: true,
            size: 10.0,
            notes: vec![
                counted_to,
                "信息报送“—”：该月未开启报送期，或该单位当月无须报送。督办事项按完成时限所在月份计入，故可有统计日以后的月份。".into(),
            ],
            ..SheetTable::default()
        };
        months.columns[1] = months.columns[1].clone().numeric();
        self.render(
            Output {
                document,
                sheets: vec![summary, months],
            },
            format,
        )
    }
}
