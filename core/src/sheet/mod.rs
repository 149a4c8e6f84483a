//! Spreadsheets. Writing (rust_xlsxwriter): a titled table laid out for A4 printing in
//! Excel and WPS — paper size, margins, header rows repeated on every page, fit to one page
//! wide, page numbers in the footer, Chinese font names, and row heights worked out for
//! wrapped text (no library autofits them). Reading: `grid` (calamine) and the `import` kit
//! every spreadsheet import is built on.

pub mod data;
pub mod grid;
pub mod import;
pub mod intake;
mod table;

pub use table::{workbook, SheetColumn, SheetSpan, SheetTable};

use crate::common::error::CoreError;

impl From<rust_xlsxwriter::XlsxError> for CoreError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        CoreError::storage(format!("生成 Excel 文件失败：{e}")).caused_by(e)
    }
}

/// Font names Excel and WPS on an office PC know; they substitute a near font elsewhere.
pub mod font {
    pub const TITLE: &str = "方正小标宋简体";
    pub const HEADING: &str = "黑体";
    pub const BODY: &str = "仿宋_GB2312";
}

/// Width of `text` in Excel's column units at `size` points: a Chinese character is about two
/// digits wide, a digit or Latin letter about one.
pub fn text_units(text: &str, size: f64) -> f64 {
    let units: f64 = text.chars().map(|c| if c.is_ascii() { 1.0 } else { 1.9 }).sum();
    units * size / 11.0
}

/// Lines `text` takes in a column `width` units wide when wrapped.
pub fn wrapped_lines(text: &str, width: f64, size: f64) -> usize {
    let usable = (width - 0.5).max(1.0);
    text.split('\n')
        .map(|line| (text_units(line, size) / usable).ceil().max(1.0) as usize)
        .sum()
}

/// A worksheet name Excel accepts (at most 31 characters, none of `[]:*?/\`), kept unique by
/// the number in front.
pub fn numbered_sheet_name(n: usize, name: &str) -> String {
    let clean: String = name.chars().filter(|c| !r"[]:*?/\'".contains(*c)).collect();
    let prefix = format!("{n}.");
    let room = 31 - prefix.chars().count();
    format!("{prefix}{}", clean.chars().take(room).collect::<String>())
}
