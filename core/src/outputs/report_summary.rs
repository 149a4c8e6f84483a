//! 汇总: the office's summary of a period — an overview of every unit's status, then each
//! unit's form in the 附件3 layout (a sheet per unit in Excel, a page-started section in PDF).

use super::{columns, ColumnSpec, ExportFormat, Output};
use crate::common::date::{chinese_iso, from_iso};
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{Align, Block, Document, Orientation, Table};
use crate::reporting::period::deadline_text;
use crate::reporting::report::layout::{form_title, push_blocks, sheet};
use crate::reporting::report::{BoardRow, ReportBoard, ReportStatus};
use crate::sheet::{numbered_sheet_name, SheetSpan, SheetTable};
use crate::Desk;

const OVERVIEW: [ColumnSpec; 8] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 34.0, Align::Left),
    ("任务数", 0.0, 8.0, Align::Center),
    ("状态", 0.0, 11.0, Align::Center),
    ("填报人", 0.0, 11.0, Align::Center),
    ("报送日期", 0.0, 14.0, Align::Center),
    ("逾期天数", 0.0, 10.0, Align::Center),
    ("附件数", 0.0, 9.0, Align::Center),
];

fn overview_cells(rows: &[BoardRow]) -> Vec<Vec<String>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                r.unit_name.clone(),
                r.task_count.to_string(),
                r.status.label().to_owned(),
                r.filled_by.clone(),
                chinese_iso(r.submitted_on.as_deref()),
                r.days_late.map(|d| d.to_string()).unwrap_or_default(),
                r.attachments.to_string(),
            ]
        })
        .collect()
}

/// 应报送单位 36 个：已报送 20 个（其中逾期报送 2 个），草稿 3 个，未填报 13 个，with the
/// deadline and the day the figures (and the days late of returns still out) are counted to.
fn tally(board: &ReportBoard, today: chrono::NaiveDate) -> String {
    let count = |f: &dyn Fn(ReportStatus) -> bool| board.rows.iter().filter(|r| f(r.status)).count();
    let deadline = from_iso(&board.period.period.deadline)
        .map(deadline_text)
        .unwrap_or_default();
    format!(
        "应报送单位{}个：已报送{}个（其中逾期报送{}个），草稿{}个，未填报{}个。截止日期：{deadline}。统计截至{}。",
        board.rows.len(),
        count(&|s| s.is_submitted()),
        count(&|s| s == ReportStatus::Late),
        count(&|s| s == ReportStatus::Draft),
        count(&|s| s == ReportStatus::NotFiled),
        crate::common::date::chinese(today),
    )
}

impl Desk {
    /// The period's summary; units with no return at all appear only in the overview.
    pub fn report_summary_file(&self, period_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let board = self.report_board(period_id)?;
        let title = form_title(&settings);
        let label = board.period.label.clone();
        let summary = tally(&board, self.today());
        let rows = overview_cells(&board.rows);
        let (print_columns, sheet_columns) = columns(&OVERVIEW);

        let mut document = Document::new(&format!("{title}（{label}汇总）"), Orientation::Landscape);
        document.push(Block::Title(title.clone()));
        document.push(Block::Subtitle(format!("（{label}汇总）")));
        document.push(Block::Note {
            text: summary.clone(),
            size: size::XIAO_4,
        });
        document.push(Block::Space(0.3));
        document.push(Block::Table(Table {
            columns: print_columns,
            rows: rows.clone(),
            size: size::XIAO_4,
            row_height: 0.0,
        }));
        let last_col = OVERVIEW.len() as u16 - 1;
        let mut sheets = vec![SheetTable {
            sheet_name: "汇总".into(),
            title: format!("{title}（{label}汇总）"),
            columns: sheet_columns,
            rows,
            landscape: true,
            ruled: true,
            size: 12.0,
            above: vec![SheetSpan {
                text: summary,
                first: 0,
                last: last_col,
                input: false,
            }],
            notes: Vec::new(),
            min_row_height: 0.0,
        }];
        let filed = board.rows.iter().filter(|r| r.status != ReportStatus::NotFiled);
        for (i, row) in filed.enumerate() {
            let form = self.report_form(period_id, row.unit_id)?;
            document.push(Block::PageBreak);
            push_blocks(&mut document, &settings, &form);
            sheets.push(sheet(
                &settings,
                &form,
                &numbered_sheet_name(i + 1, &row.unit_name),
                false,
            ));
        }
        self.render(Output { document, sheets }, format)
    }
}
