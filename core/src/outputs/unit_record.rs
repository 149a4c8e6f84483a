//! 成员单位履职情况通报表: a year's figures per member unit, landscape, with the rule behind
//! each figure printed under the table; the workbook adds the month-by-month detail.

use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::date;
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{one_line_width, Align, Block};
use crate::unit_record::{UnitMonth, UnitRecord, UnitRecordYear};
use crate::Desk;

const fn figure(header: &'static str) -> ColumnSpec {
    (header, 0.0, 9.0, Align::Center)
}

const SUMMARY: [ColumnSpec; 16] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 26.0, Align::Left),
    figure("应报月数"),
    figure("按时报送"),
    figure("逾期报送"),
    figure("未报送"),
    figure("催报次数"),
    figure("应参会人次"),
    figure("本人出席"),
    figure("派人代会"),
    figure("请假"),
    figure("缺席"),
    figure("督办事项"),
    figure("按期完成"),
    figure("逾期完成"),
    figure("逾期未完成"),
];

const MONTHLY: [ColumnSpec; 14] = [
    ("单位", 0.0, 26.0, Align::Left),
    ("月份", 0.0, 7.0, Align::Center),
    ("信息报送", 0.0, 11.0, Align::Center),
    figure("催报次数"),
    figure("应参会人次"),
    figure("本人出席"),
    figure("派人代会"),
    figure("请假"),
    figure("缺席"),
    figure("督办事项"),
    figure("按期完成"),
    figure("逾期完成"),
    figure("逾期未完成"),
    figure("未到期"),
];

fn numbers(values: &[i64]) -> Vec<String> {
    values.iter().map(i64::to_string).collect()
}

fn summary_row(i: usize, u: &UnitRecord) -> Vec<String> {
    let (r, m, f) = (&u.returns, &u.meetings, &u.follow_ups);
    let mut row = vec![(i + 1).to_string(), u.unit_name.clone()];
    row.extend(numbers(&[
        r.due,
        r.on_time,
        r.late,
        r.missing,
        u.reminders,
        m.invited,
        m.present,
        m.stand_in,
        m.leave,
        m.absent,
        f.assigned,
        f.done_on_time,
        f.done_late,
        f.overdue,
    ]));
    row
}

/// A month is listed when it holds any figure.
fn month_row(unit: &str, m: &UnitMonth) -> Option<Vec<String>> {
    let (a, f) = (&m.meetings, &m.follow_ups);
    if m.return_status.is_none() && m.reminders == 0 && a.invited == 0 && f.assigned == 0 {
        return None;
    }
    let mut row = vec![
        unit.to_owned(),
        format!("{}月", m.month),
        m.return_status.map(|s| s.label().to_owned()).unwrap_or_default(),
    ];
    row.extend(numbers(&[
        m.reminders,
        a.invited,
        a.present,
        a.stand_in,
        a.leave,
        a.absent,
        f.assigned,
        f.done_on_time,
        f.done_late,
        f.overdue,
        f.open,
    ]));
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
        let lines = vec![format!("统计截至{as_of}")];
        // Every unit's name on one line: the row is read across from it.
        let longest = record
            .units
            .iter()
            .map(|u| u.unit_name.as_str())
            .max_by_key(|n| n.chars().count());
        let mut summary_spec = SUMMARY.to_vec();
        summary_spec[1].1 = longest.map_or(0.0, |n| one_line_width(n, size::XIAO_5));
        let summary = TableOutput {
            title: title.clone(),
            lines: lines.clone(),
            spec: &summary_spec,
            rows: record
                .units
                .iter()
                .enumerate()
                .map(|(i, u)| summary_row(i, u))
                .collect(),
            sheet_name: "年度汇总",
            landscape: true,
            size: size::XIAO_5,
            row_height: 0.0,
        };
        let monthly = TableOutput {
            title: format!("{title}（逐月明细）"),
            lines,
            spec: &MONTHLY,
            rows: record
                .units
                .iter()
                .flat_map(|u| u.months.iter().filter_map(|m| month_row(&u.unit_name, m)))
                .collect(),
            sheet_name: "逐月明细",
            landscape: true,
            size: size::XIAO_5,
            row_height: 0.0,
        };
        let notes = notes(&record);
        let mut output = summary.build();
        output.document.push(Block::Space(0.5));
        for text in &notes {
            output.document.push(Block::Note {
                text: text.clone(),
                size: size::XIAO_5,
            });
        }
        output.sheets[0].notes = notes;
        output.sheets.push(monthly.sheet());
        self.render(output, format)
    }
}
