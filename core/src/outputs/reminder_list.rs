//! 催报名单: the units that owe the month's return, with the liaison to phone and how often
//! they have been reminded, for the office to work down on paper or to hand to a leader.

use super::{ColumnSpec, ExportFormat, TableOutput};
use crate::common::clock::office_time;
use crate::common::date;
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{one_line_width, Align};
use crate::reporting::period::deadline_text;
use crate::Desk;

const COLUMNS: [ColumnSpec; 7] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 26.0, Align::Left),
    ("状态", 0.0, 10.0, Align::Center),
    ("联络员", 0.0, 10.0, Align::Center),
    ("联系电话", 0.0, 16.0, Align::Center),
    ("已催报", 0.0, 8.0, Align::Center),
    ("最近催报", 0.0, 18.0, Align::Center),
];

/// `11月24日 15:30` in office time.
fn when(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339).map_or_else(
        |_| rfc3339.to_owned(),
        |at| office_time(at.to_utc()).format("%-m月%-d日 %H:%M").to_string(),
    )
}

impl Desk {
    pub fn reminder_list_file(&self, period_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let board = self.report_board(period_id)?;
        let owing: Vec<_> = board.rows.iter().filter(|r| !r.status.is_submitted()).collect();
        let rows = owing
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (i + 1).to_string(),
                    r.unit_name.clone(),
                    r.status.label().to_owned(),
                    if r.liaison_name.is_empty() {
                        "未设联络员".to_owned()
                    } else {
                        r.liaison_name.clone()
                    },
                    r.liaison_phone.clone(),
                    if r.reminders > 0 {
                        format!("{}次", r.reminders)
                    } else {
                        String::new()
                    },
                    r.last_reminded_at.as_deref().map(when).unwrap_or_default(),
                ]
            })
            .collect();
        let period = &board.period;
        let mut spec = COLUMNS.to_vec();
        spec[6].1 = one_line_width("11月25日 12:00", size::HAO_5);
        let output = TableOutput {
            title: format!("{}信息收集汇总表催报名单", period.label),
            lines: vec![
                format!("报送截止：{}", deadline_text(period.period.deadline_date())),
                format!(
                    "未报{}个，共{}个（截至{}）",
                    owing.len(),
                    period.expected,
                    date::chinese(self.today())
                ),
            ],
            spec: &spec,
            rows,
            sheet_name: "催报名单",
            landscape: false,
            size: size::HAO_5,
            // Room to note the answer by hand beside each unit.
            row_height: 9.0,
        };
        self.render(output.build(), format)
    }
}
