//! Plain data sheets, one record per row: the export of everything and the history. Numbers are
//! written as numbers and dates as dates, the header row is frozen and filtered, and the sheet
//! prints on A4 landscape with the header repeated — a sheet to sort and look things up in,
//! unlike the printed forms of `table.rs`.

use chrono::{NaiveDate, NaiveDateTime};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::font;
use crate::common::error::Result;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Date(NaiveDate),
    /// Office time.
    Time(NaiveDateTime),
    Empty,
}

#[derive(Debug, Clone, Default)]
pub struct DataSheet {
    pub name: String,
    /// Each column's header and width (Excel units, about one digit each).
    pub columns: Vec<(&'static str, f64)>,
    pub rows: Vec<Vec<Cell>>,
}

/// The sheets as one workbook, in order.
pub fn data_workbook(sheets: &[DataSheet]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    for sheet in sheets {
        sheet.write(book.add_worksheet())?;
    }
    Ok(book.save_to_buffer()?)
}

impl DataSheet {
    fn write(&self, ws: &mut Worksheet) -> Result<()> {
        ws.set_name(&self.name)?;
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0)?;
        ws.set_footer("&C— &P —");
        ws.set_freeze_panes(1, 0)?;
        let base = Format::new()
            .set_font_name(font::BODY)
            .set_font_size(11)
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::VerticalCenter);
        let head = base
            .clone()
            .set_bold()
            .set_background_color(0xEDEDED)
            .set_align(FormatAlign::Center);
        let text = base.clone().set_text_wrap();
        let number = base.clone().set_align(FormatAlign::Right);
        let day = base.clone().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Center);
        let time = base.set_num_format("yyyy-mm-dd hh:mm").set_align(FormatAlign::Center);
        for (c, (header, width)) in self.columns.iter().enumerate() {
            ws.set_column_width(c as u16, *width)?;
            ws.write_string_with_format(0, c as u16, *header, &head)?;
        }
        for (r, cells) in self.rows.iter().enumerate() {
            let row = r as u32 + 1;
            for (c, cell) in cells.iter().enumerate() {
                let col = c as u16;
                match cell {
                    Cell::Text(s) => ws.write_string_with_format(row, col, s, &text)?,
                    Cell::Int(n) => ws.write_number_with_format(row, col, *n as f64, &number)?,
                    Cell::Date(d) => ws.write_datetime_with_format(row, col, excel_date(*d)?, &day)?,
                    Cell::Time(t) => ws.write_datetime_with_format(row, col, excel_time(*t)?, &time)?,
                    Cell::Empty => ws.write_blank(row, col, &text)?,
                };
            }
        }
        let last_col = self.columns.len().saturating_sub(1) as u16;
        ws.autofilter(0, 0, self.rows.len() as u32, last_col)?;
        Ok(())
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime> {
    use chrono::Datelike;
    Ok(ExcelDateTime::from_ymd(
        d.year() as u16,
        d.month() as u8,
        d.day() as u8,
    )?)
}

fn excel_time(t: NaiveDateTime) -> Result<ExcelDateTime> {
    use chrono::Timelike;
    Ok(excel_date(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, t.second() as f64)?)
}

/// A stored ISO date as a date cell; anything else stays text, as stored.
pub fn date_cell(value: Option<String>) -> Cell {
    match value {
        None => Cell::Empty,
        Some(s) if s.is_empty() => Cell::Empty,
        Some(s) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
            Ok(d) => Cell::Date(d),
            Err(_) => Cell::Text(s),
        },
    }
}

/// A stored RFC 3339 time (UTC) as the office's time (UTC+8).
pub fn time_cell(value: Option<String>) -> Cell {
    match value.as_deref().map(chrono::DateTime::parse_from_rfc3339) {
        None => Cell::Empty,
        Some(Ok(t)) => Cell::Time((t.to_utc() + chrono::Duration::hours(8)).naive_utc()),
        Some(Err(_)) => Cell::Text(value.unwrap_or_default()),
    }
}

pub fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}
