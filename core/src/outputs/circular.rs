//! 督办事项落实情况通报 (云南 rules 第二十条): a month's items grouped by status — 逾期 first — and by
//! responsible unit, with the progress reported that month.

use chrono::NaiveDate;

use super::{ColumnSpec, ExportFormat, Output, TableOutput};
use crate::common::date;
use crate::common::error::{CoreError, Result};
use crate::meetings::follow_up::{FollowUpRow, FollowUpStatus};
use crate::print::page::size;
use crate::print::page::PageGeometry;
use crate::print::{Align, Block, Document, Orientation, Table};
use crate::sheet::SheetTable;
use crate::Desk;

/// The PDF sizes the columns by their text; 督办事项 and 落实情况 are running text.
const COLUMNS: [ColumnSpec; 7] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("督办事项", 0.0, 40.0, Align::Left),
    ("来源", 0.0, 10.0, Align::Center),
    ("责任单位", 0.0, 18.0, Align::Left),
    ("完成时限", 0.0, 14.0, Align::Center),
    ("状态", 0.0, 8.0, Align::Center),
    ("落实情况", 0.0, 44.0, Align::Left),
];
const PROSE: [&str; 2] = ["督办事项", "落实情况"];

/// The circular's groups, in the order they are read.
const GROUPS: [&str; 4] = ["逾期", "推进中", "未开始", "已完成"];

fn group_of(r: &FollowUpRow) -> usize {
    match r.item.status {
        _ if r.overdue => 0,
        FollowUpStatus::InProgress => 1,
        FollowUpStatus::NotStarted => 2,
        FollowUpStatus::Done => 3,
    }
}

fn month_bounds(year: i32, month: u32) -> Result<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(|| CoreError::invalid("month", "请选择通报月份"))?;
    let last = (first + chrono::Months::new(1)).pred_opt().expect("a day before");
    Ok((first, last))
}

impl Desk {
    /// Items open during the month: made by its end, and not finished before it began.
    fn circular_rows(&self, first: NaiveDate, last: NaiveDate) -> Result<Vec<(usize, FollowUpRow, String)>> {
        let (first, last) = (date::iso(first), date::iso(last));
        let mut progress_of = crate::meetings::follow_up::progress_by_item(self.conn())?;
        let mut rows = Vec::new();
        for r in self.list_follow_ups()? {
            let progress = progress_of.remove(&r.item.id).unwrap_or_default();
            let finished_before =
                r.item.status == FollowUpStatus::Done && progress.first().is_none_or(|p| p.on_date < first);
            if r.item.created_on > last || finished_before {
                continue;
            }
            let this_month: Vec<String> = progress
                .iter()
                .rev()
                .filter(|p| p.on_date >= first && p.on_date <= last)
                .map(|p| format!("{}：{}", date::chinese_iso(Some(&p.on_date)), p.text))
                .collect();
            let text = if this_month.is_empty() {
                "本月无反馈".to_owned()
            } else {
                this_month.join("\n")
            };
            rows.push((group_of(&r), r, text));
        }
        rows.sort_by(|a, b| (a.0, &a.1.item.units).cmp(&(b.0, &b.1.item.units)));
        Ok(rows)
    }

    pub fn circular_file(&self, year: i32, month: u32, format: ExportFormat) -> Result<Vec<u8>> {
        let s = self.settings()?;
        let (first, last) = month_bounds(year, month)?;
        let rows = self.circular_rows(first, last)?;
        let count = |g: usize| rows.iter().filter(|r| r.0 == g).count();
        let summary = format!(
            "{}年{}月共督办事项{}项：逾期{}项，推进中{}项，未开始{}项，已完成{}项。",
            year,
            month,
            rows.len(),
            count(0),
            count(1),
            count(2),
            count(3)
        );
        let cells: Vec<Vec<String>> = rows
            .iter()
            .enumerate()
            .map(|(i, (g, r, text))| {
                // The source's note (which instruction, which meeting) goes with the item, so the
                // 来源 cell stays one short word.
                let note = r.item.source_note.trim();
                let content = if note.is_empty() {
                    r.item.content.clone()
                } else {
                    format!("{}（{note}）", r.item.content)
                };
                vec![
                    (i + 1).to_string(),
                    content,
                    r.item.source.label().to_owned(),
                    r.item.units.clone(),
                    date::chinese_iso(r.item.deadline.as_deref()),
                    GROUPS[*g].to_owned(),
                    text.clone(),
                ]
            })
            .collect();
        let title = format!("{}督办事项落实情况通报", s.body_name);
        // A monthly circular: issue N of the year is the circular for month N.
        let number = format!("（{year}年第{month}期）");
        let sheet = TableOutput {
            title: title.clone(),
            lines: vec![number.clone(), summary.clone()],
            spec: &COLUMNS,
            rows: cells.clone(),
            sheet_name: "督办通报",
            landscape: true,
            size: size::XIAO_4,
            row_height: 0.0,
        }
        .sheet();
        let signed = format!("{}　{}", s.office_name, date::chinese(self.today()));
        let sheet = SheetTable {
            notes: vec![signed],
            ..sheet
        };
        // In print, each status is its own section with a heading and its own table.
        let mut document = Document::new(&title, Orientation::Landscape);
        document.push(Block::Title(title));
        document.push(Block::Subtitle(number));
        document.push(Block::Paragraph(summary));
        let (mut columns, _) = super::columns(&COLUMNS);
        for c in columns.iter_mut().filter(|c| PROSE.contains(&c.header.as_str())) {
            *c = c.clone().prose();
        }
        // Every section's table has the same columns: fitted once to all the month's items.
        let columns = Table {
            columns,
            rows: cells.clone(),
            size: size::XIAO_4,
            row_height: 0.0,
        }
        .fitted(PageGeometry::a4(Orientation::Landscape).block_width)
        .columns;
        let mut n = 0;
        for (g, name) in GROUPS.iter().enumerate() {
            let group: Vec<Vec<String>> = cells
                .iter()
                .zip(&rows)
                .filter(|(_, r)| r.0 == g)
                .map(|(c, _)| c.clone())
                .collect();
            if group.is_empty() {
                continue;
            }
            n += 1;
            document.push(Block::Heading1(format!(
                "{}、{}事项（{}项）",
                ["一", "二", "三", "四"][n - 1],
                name,
                group.len()
            )));
            document.push(Block::Table(Table {
                columns: columns.clone(),
                rows: group,
                size: size::XIAO_4,
                row_height: 0.0,
            }));
        }
        document.push(Block::Signature {
            issuer: s.office_name.clone(),
            date: date::chinese(self.today()),
        });
        self.render(
            Output {
                document,
                sheets: vec![sheet],
            },
            format,
        )
    }
}
