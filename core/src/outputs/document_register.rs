//! 发文登记簿: the register as the office keeps it on paper, kind by kind and number by number
//! within each year, every 作废 number in its place with its reason. The workbook has the same
//! rows, for sorting and archiving.

use std::collections::HashMap;

use super::{ColumnSpec, ExportFormat, Output, TableOutput};
use crate::common::date;
use crate::common::error::Result;
use crate::documents::register_page::{DocumentQuery, DocumentRow, DocumentState};
use crate::print::page::size;
use crate::print::{one_line_width, Align};
use crate::Desk;

/// The book on paper: what a page across can hold, the marks and recipients copied in 备注.
const PRINTED: [ColumnSpec; 8] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("文号", 0.0, 20.0, Align::Left),
    ("标题", 44.0, 40.0, Align::Left),
    ("文种", 0.0, 14.0, Align::Center),
    ("签发人", 0.0, 10.0, Align::Center),
    ("成文日期", 0.0, 16.0, Align::Center),
    ("主送", 0.0, 20.0, Align::Left),
    ("备注", 0.0, 22.0, Align::Left),
];

/// The workbook: every field in its own column.
const COLUMNS: [ColumnSpec; 10] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("文号", 0.0, 20.0, Align::Left),
    ("标题", 0.0, 40.0, Align::Left),
    ("文种", 0.0, 14.0, Align::Center),
    ("签发人", 0.0, 10.0, Align::Center),
    ("成文日期", 0.0, 16.0, Align::Center),
    ("主送", 0.0, 20.0, Align::Left),
    ("抄送", 0.0, 16.0, Align::Left),
    ("密级/缓急", 0.0, 10.0, Align::Center),
    ("备注", 0.0, 22.0, Align::Left),
];

/// 密级 and 紧急程度, where used.
fn marks(r: &DocumentRow) -> Vec<&str> {
    [r.document.secrecy.as_str(), r.document.urgency.as_str()]
        .into_iter()
        .filter(|m| !m.is_empty())
        .collect()
}

/// What the 备注 says: a cancelled number's reason, a withdrawn document's date, the meeting.
fn remark(r: &DocumentRow) -> String {
    let d = &r.document;
    let mut parts = Vec::new();
    match r.state {
        DocumentState::Voided => parts.push(format!("作废：{}", d.void_reason)),
        DocumentState::Revoked | DocumentState::Abolished => parts.push(format!(
            "{}于{}",
            r.state.label(),
            date::chinese_iso(d.revoked_on.as_deref())
        )),
        DocumentState::InForce => {}
    }
    if let Some(m) = &r.meeting_title {
        parts.push(format!("会议：{m}"));
    }
    if !d.note.is_empty() {
        parts.push(d.note.clone());
    }
    parts.join("；")
}

/// The printed row: the marks and the 抄送 go into 备注.
fn printed(i: usize, r: &DocumentRow) -> Vec<String> {
    let d = &r.document;
    let mut note: Vec<String> = marks(r).into_iter().map(str::to_owned).collect();
    if !d.copied_to.is_empty() {
        note.push(format!("抄送：{}", d.copied_to));
    }
    let remark = remark(r);
    if !remark.is_empty() {
        note.push(remark);
    }
    vec![
        (i + 1).to_string(),
        d.doc_number.clone(),
        d.title.clone(),
        r.kind_name.clone(),
        d.signer.clone(),
        date::chinese_iso(d.written_on.as_deref()),
        d.main_to.clone(),
        note.join("；"),
    ]
}

fn cells(rows: &[DocumentRow]) -> Vec<Vec<String>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let d = &r.document;
            vec![
                (i + 1).to_string(),
                d.doc_number.clone(),
                d.title.clone(),
                r.kind_name.clone(),
                d.signer.clone(),
                date::chinese_iso(d.written_on.as_deref()),
                d.main_to.clone(),
                d.copied_to.clone(),
                marks(r).join("、"),
                remark(r),
            ]
        })
        .collect()
}

fn widest<'a>(texts: impl Iterator<Item = &'a str>) -> f32 {
    texts.map(|t| one_line_width(t, size::HAO_5)).fold(0.0, f32::max)
}

/// The first seven characters: as much as a column asks to keep on one line.
fn short(text: &str) -> &str {
    text.char_indices().nth(7).map_or(text, |(i, _)| &text[..i])
}

impl Desk {
    /// The rows `q` selects as a 发文登记簿 (PDF) or a workbook.
    pub fn document_register_file(&self, q: &DocumentQuery, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let order: HashMap<i64, i64> = self.doc_kinds()?.into_iter().map(|k| (k.id, k.sort_order)).collect();
        let mut rows = self.documents(q)?;
        rows.sort_by_key(|r| {
            (
                r.document.year,
                order.get(&r.document.kind_id).copied(),
                r.document.number,
            )
        });
        let years = match q.year {
            Some(y) => format!("（{y}年）"),
            None => String::new(),
        };
        let voided = rows.iter().filter(|r| r.state == DocumentState::Voided).count();
        // A 文号 is never broken across lines: its column is as wide as the longest one.
        let mut spec = PRINTED.to_vec();
        spec[1].1 = widest(rows.iter().map(|r| r.document.doc_number.as_str()));
        // A kind's name, a signer and a recipient of up to seven characters (各成员单位) stay on
        // one line.
        spec[3].1 = widest(rows.iter().map(|r| short(&r.kind_name)));
        spec[6].1 = widest(rows.iter().map(|r| short(&r.document.main_to)));
        spec[4].1 = widest(rows.iter().map(|r| short(&r.document.signer)));
        let count = rows.len();
        let table = |spec, rows| TableOutput {
            title: format!("{}发文登记簿{years}", settings.office_name),
            lines: vec![format!(
                "共{}条，其中作废{voided}条（截至{}）",
                count,
                date::chinese(self.today())
            )],
            spec,
            rows,
            sheet_name: "发文登记",
            landscape: true,
            size: size::HAO_5,
            row_height: 0.0,
        };
        let paper: Vec<Vec<String>> = rows.iter().enumerate().map(|(i, r)| printed(i, r)).collect();
        let output = Output {
            document: table(&spec, paper).build().document,
            sheets: table(&COLUMNS, cells(&rows)).build().sheets,
        };
        self.render(output, format)
    }
}
