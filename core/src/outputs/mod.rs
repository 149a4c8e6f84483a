//! The files the office hands out: each output builds a print `Document` and a `SheetTable`
//! from the database, and `Desk` turns them into PDF or xlsx bytes.

mod action_groups;
mod appointment_letter;
mod attendance;
mod circular;
mod document_register;
mod everything;
mod expert_panel;
mod liaison_directory;
mod meeting_notice;
mod meeting_print;
mod minutes_doc;
mod output_file;
mod print_fonts;
mod reminder_list;
mod report_form;
mod report_summary;
mod roster;
mod sign_in_sheet;
mod unit_record;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use meeting_print::MeetingPrint;
pub use output_file::{OutputFile, Printable};
pub use print_fonts::{FontOption, PrintFontSetting};
pub use roster::RosterLayout;

use crate::common::error::{CoreError, Result};
use crate::print::page::size;
use crate::print::{self, Align, Block, Column, Document, FontSet, Metadata, Orientation, Table};
use crate::sheet::{SheetColumn, SheetSpan, SheetTable};
use crate::Desk;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Pdf,
    Xlsx,
    /// An editable Word file, for documents the office revises before issuing.
    Docx,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Docx => "docx",
        }
    }
}

/// A table column as both outputs need it: (header, PDF width in mm, Excel width, alignment).
pub(crate) type ColumnSpec = (&'static str, f32, f64, Align);

/// The print columns and the sheet columns of one table, from one list.
pub(crate) fn columns(spec: &[ColumnSpec]) -> (Vec<Column>, Vec<SheetColumn>) {
    spec.iter()
        .map(|&(h, mm, w, a)| (Column::new(h, mm, a), SheetColumn::new(h, w, a == Align::Center)))
        .unzip()
}

/// The unit and post of a person once: “市卫健委主任”, or “市卫健委党组成员、副主任” when
/// the post does not already name the unit. A post that names its own place (“市三级调研员”)
/// stands alone.
pub(crate) fn unit_and_post(unit: &str, post: &str) -> String {
    const PLACES: &str = "省市县区镇乡";
    let qualified = post.contains(unit) || post.chars().next().is_some_and(|c| PLACES.contains(c));
    if unit.is_empty() || post.is_empty() || qualified {
        (if post.is_empty() { unit } else { post }).to_owned()
    } else {
        format!("{unit}{post}")
    }
}

/// 1 → 一, 12 → 十二, 21 → 二十一: the numbers of 一、 headings (GB/T 9704 §7.3.3).
pub(crate) fn chinese_ordinal(n: usize) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n - 10] }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) { "" } else { DIGITS[n % 10] }
        ),
        _ => n.to_string(),
    }
}

/// An output in both forms; only the asked-for one is rendered.
pub(crate) struct Output {
    pub document: Document,
    /// The sheets of the workbook, in order.
    pub sheets: Vec<SheetTable>,
}

/// A titled table, the same in both forms: the common shape of a 签到表 or a 情况表.
pub(crate) struct TableOutput<'a> {
    pub title: String,
    /// Lines under the title (time and place, a count).
    pub lines: Vec<String>,
    pub spec: &'a [ColumnSpec],
    pub rows: Vec<Vec<String>>,
    pub sheet_name: &'a str,
    pub landscape: bool,
    /// Text size in points.
    pub size: f32,
    /// The least height of a row in millimetres (0 for as tall as its text).
    pub row_height: f32,
}

impl TableOutput<'_> {
    pub(crate) fn build(self) -> Output {
        Output {
            document: self.document(),
            sheets: vec![self.sheet()],
        }
    }

    fn document(&self) -> Document {
        let orientation = if self.landscape {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        };
        let mut doc = Document::new(&self.title, orientation);
        doc.push(Block::Title(self.title.clone()));
        for line in &self.lines {
            doc.push(Block::Note {
                text: line.clone(),
                size: size::HAO_4,
            });
        }
        doc.push(Block::Space(0.3));
        doc.push(Block::Table(Table {
            columns: columns(self.spec).0,
            rows: self.rows.clone(),
            size: self.size,
            row_height: self.row_height,
        }));
        doc
    }

    pub(crate) fn sheet(self) -> SheetTable {
        SheetTable {
            sheet_name: self.sheet_name.into(),
            title: self.title,
            columns: columns(self.spec).1,
            rows: self.rows,
            landscape: self.landscape,
            ruled: true,
            size: f64::from(self.size),
            // The sheet has one line above the table: the lines go on it side by side.
            above: vec![SheetSpan {
                text: self.lines.join("　　"),
                first: 0,
                last: self.spec.len().saturating_sub(1) as u16,
                input: false,
            }],
            min_row_height: f64::from(self.row_height) * f64::from(print::page::PT_PER_MM),
            ..SheetTable::default()
        }
    }
}

impl Desk {
    pub(crate) fn font_set(&self) -> Result<FontSet> {
        FontSet::load(self.font_dirs(), &print_fonts::chosen(self.conn())?)
    }

    /// The office as the file's author and the desk's clock as its date.
    fn stamped(&self, mut doc: Document) -> Result<Document> {
        doc.meta = Metadata {
            author: self.settings()?.office_name,
            creator: format!("推进委员会办公室工作台 {}", env!("CARGO_PKG_VERSION")),
            created: self.clock().now().timestamp(),
        };
        Ok(doc)
    }

    pub(crate) fn render(&self, output: Output, format: ExportFormat) -> Result<Vec<u8>> {
        match format {
            ExportFormat::Xlsx => crate::sheet::workbook(&output.sheets),
            _ => self.document_file(output.document, format),
        }
    }

    /// A 公文 (notice, minutes) as PDF or as an editable Word file; it has no table to export.
    pub(crate) fn document_file(&self, doc: Document, format: ExportFormat) -> Result<Vec<u8>> {
        let doc = self.stamped(doc)?;
        match format {
            ExportFormat::Pdf => Ok(print::to_pdf(&doc, &self.font_set()?)),
            ExportFormat::Docx => print::to_docx(&doc),
            ExportFormat::Xlsx => Err(CoreError::invalid("format", "公文只能导出为PDF或Word")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unit_and_post;

    #[test]
    fn headings_are_numbered_in_chinese() {
        let got: Vec<String> = [1, 9, 10, 11, 16, 20, 23].map(super::chinese_ordinal).to_vec();
        assert_eq!(got, ["一", "九", "十", "十一", "十六", "二十", "二十三"]);
    }

    #[test]
    fn a_person_is_named_with_unit_and_post_once() {
        assert_eq!(unit_and_post("市卫健委", "市卫健委主任"), "市卫健委主任");
        assert_eq!(
            unit_and_post("市卫健委", "党组成员、副主任"),
            "市卫健委党组成员、副主任"
        );
        assert_eq!(unit_and_post("市融媒体中心", ""), "市融媒体中心");
        assert_eq!(unit_and_post("", "副主任"), "副主任");
        assert_eq!(unit_and_post("市人民政府", "市三级调研员"), "市三级调研员");
    }
}
