//! The one layout engine every printed output uses: GB/T 9704 pages, Chinese line breaking,
//! tables that continue across pages, fonts with fallback, PDF with subset fonts.

mod compose;
mod document;
mod docx;
mod docx_package;
pub mod fonts;
mod linebreak;
pub mod page;
mod pdf;
mod table_fit;
mod title;

pub use compose::{compose, Composed, Page, Placed, Rule};
pub use document::{Align, Block, Column, Document, ImprintLine, Ink, Metadata, Style, Table};
pub use fonts::{FontDirs, FontRole, FontSet};
pub use linebreak::{break_paragraph, break_text, break_with, Breaking, Keep};
pub use page::Orientation;
pub use table_fit::one_line_width;

/// Writes `doc` as an editable Word file; Word lays it out in the office's fonts.
pub fn to_docx(doc: &Document) -> crate::common::error::Result<Vec<u8>> {
    docx::render(doc)
}

/// Lays out and renders `doc` to PDF bytes.
pub fn to_pdf(doc: &Document, fonts: &FontSet) -> Vec<u8> {
    pdf::render(&doc.title, &doc.meta, &compose(doc, fonts), fonts)
}
