//! The files the office hands out: each output builds a print `Document` and a `SheetTable`
//! from the database, and `Desk` turns them into PDF or xlsx bytes.

mod attendance;
mod circular;
mod everything;
mod liaison_directory;
mod meeting_notice;
mod meeting_print;
mod minutes_doc;
mod print_fonts;
mod report_form;
mod report_summary;
mod roster;
mod sign_in_sheet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use meeting_print::MeetingPrint;
pub use print_fonts::{FontOption, PrintFontSetting};
pub use roster::RosterLayout;

use crate::common::error::{CoreError, Result};
use crate::print::page::size;
use crate::print::{self, Align, Block, Column, Document, FontSet, Orientation, Table};
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
            ..SheetTable::default()
        }
    }
}

impl Desk {
    pub(crate) fn font_set(&self) -> Result<FontSet> {
        FontSet::load(self.font_dirs(), &print_fonts::chosen(self.conn())?)
    }

    pub(crate) fn render(&self, output: Output, format: ExportFormat) -> Result<Vec<u8>> {
        match format {
            ExportFormat::Pdf => Ok(print::to_pdf(&output.document, &self.font_set()?)),
            ExportFormat::Xlsx => crate::sheet::workbook(&output.sheets),
            ExportFormat::Docx => print::to_docx(&output.document),
        }
    }

    /// A 公文 (notice, minutes) as PDF or as an editable Word file; it has no table to export.
    pub(crate) fn document_file(&self, doc: &Document, format: ExportFormat) -> Result<Vec<u8>> {
        match format {
            ExportFormat::Pdf => Ok(print::to_pdf(doc, &self.font_set()?)),
            ExportFormat::Docx => print::to_docx(doc),
            ExportFormat::Xlsx => Err(CoreError::invalid("format", "公文只能导出为PDF或Word")),
        }
    }
}
