use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet,
};

use super::{font, wrapped_lines};
use crate::common::error::Result;
use crate::common::package::rewrite_parts;

#[derive(Debug, Clone, Default)]
pub struct SheetColumn {
    pub header: String,
    /// Excel column width units (about one digit each).
    pub width: f64,
    pub center: bool,
    /// Filled in by whoever receives the sheet: tinted and left unlocked.
    pub input: bool,
    /// Counts, whatever the header says: written as numbers.
    pub numeric: bool,
    /// The heading over a run of columns, as `print::Column::group`.
    pub group: String,
}

impl SheetColumn {
    pub fn new(header: &str, width: f64, center: bool) -> Self {
        Self {
            header: header.to_owned(),
            width,
            center,
            input: false,
            numeric: false,
            group: String::new(),
        }
    }

    pub fn numeric(mut self) -> Self {
        self.numeric = true;
        self
    }

    pub fn in_group(mut self, group: &str) -> Self {
        self.group = group.to_owned();
        self
    }

    pub fn input(mut self) -> Self {
        self.input = true;
        self
    }
}

/// A piece of the line between the title and the table, over columns `first..=last`.
#[derive(Debug, Clone, Default)]
pub struct SheetSpan {
    pub text: String,
    pub first: u16,
    pub last: u16,
    /// The reader writes here (after the label), so it stays unlocked.
    pub input: bool,
}

/// One worksheet: a merged title row, an optional line of labelled spans, an optional header
/// row, the data rows, and notes under the table.
#[derive(Debug, Clone, Default)]
pub struct SheetTable {
    pub sheet_name: String,
    pub title: String,
    pub columns: Vec<SheetColumn>,
    pub rows: Vec<Vec<String>>,
    pub landscape: bool,
    /// A bordered table with a header row; without it, a borderless list such as a 名单.
    pub ruled: bool,
    pub size: f64,
    /// e.g. 填报科室（单位） … 填报日期, between the title and the table.
    pub above: Vec<SheetSpan>,
    /// e.g. the 备注 lines, each across the whole width under the table.
    pub notes: Vec<String>,
    /// The least height of a data row in points: room to sign in a 签到表.
    pub min_row_height: f64,
}

const TITLE_SIZE: f64 = 18.0;
/// Light grey for what the office fixed, light yellow for what the unit fills in.
const FIXED_FILL: u32 = 0xEDEDED;
const INPUT_FILL: u32 = 0xFFF6D5;

/// Writes the tables as the sheets of one workbook, in order.
pub fn workbook(tables: &[SheetTable]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(&table.sheet_name)?;
        table.page_setup(sheet)?;
        table.write(sheet)?;
    }
    let bytes = book.save_to_buffer()?;
    if !tables.iter().any(SheetTable::is_form) {
        return Ok(bytes);
    }
    rewrite_parts(bytes, |name, xml| {
        let n: usize = name
            .strip_prefix("xl/worksheets/sheet")?
            .strip_suffix(".xml")?
            .parse()
            .ok()?;
        let table = tables.get(n.checked_sub(1)?).filter(|t| t.is_form())?;
        Some(growing_rows(xml, table.header_row() + 2))
    })
}

/// A form's data rows (from the 1-based row `first`) keep their height as a starting size but
/// not as a fixed one, so Excel grows a row when a unit types more than fits.
fn growing_rows(xml: &str, first: u32) -> String {
    let mut out = String::with_capacity(xml.len());
    for (i, piece) in xml.split("<row ").enumerate() {
        if i > 0 {
            out.push_str("<row ");
        }
        let number = piece
            .strip_prefix("r=\"")
            .and_then(|r| r.split('"').next())
            .and_then(|r| r.parse::<u32>().ok());
        match number {
            Some(r) if r >= first => {
                let (tag, rest) = piece.split_at(piece.find('>').unwrap_or(0));
                out.push_str(&tag.replace(" customHeight=\"1\"", ""));
                out.push_str(rest);
            }
            _ => out.push_str(piece),
        }
    }
    out
}

impl SheetTable {
    pub fn to_xlsx(&self) -> Result<Vec<u8>> {
        workbook(std::slice::from_ref(self))
    }

    fn last_col(&self) -> u16 {
        self.columns.len().saturating_sub(1) as u16
    }

    /// A form to fill in: fixed cells locked and grey, input cells unlocked and yellow.
    fn is_form(&self) -> bool {
        self.columns.iter().any(|c| c.input) || self.above.iter().any(|s| s.input)
    }

    /// The first row of the header: the group headings' row when there is one.
    fn header_top(&self) -> u32 {
        if self.above.is_empty() {
            1
        } else {
            2
        }
    }

    fn grouped(&self) -> bool {
        self.ruled && self.columns.iter().any(|c| !c.group.is_empty())
    }

    /// The row of the column headers.
    fn header_row(&self) -> u32 {
        self.header_top() + u32::from(self.grouped())
    }

    fn page_setup(&self, sheet: &mut Worksheet) -> Result<()> {
        if self.ruled {
            // The header row stays in view while the rows scroll under it.
            sheet.set_freeze_panes(self.header_row() + 1, 0)?;
        }
        sheet.set_paper_size(9); // A4
        if self.landscape {
            sheet.set_landscape();
        }
        // Inches: GB/T 9704's 28 mm left and 37 mm top margins, a little less at the bottom.
        sheet.set_margins(1.1, 0.8, 1.0, 0.9, 0.3, 0.4);
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_print_center_horizontally(true);
        sheet.set_footer("&C— &P —");
        if self.ruled {
            sheet.set_repeat_rows(self.header_top(), self.header_row())?;
        }
        for (i, col) in self.columns.iter().enumerate() {
            sheet.set_column_width(i as u16, col.width)?;
        }
        if self.is_form() {
            // Units may resize rows and columns to read long text, but not change fixed cells.
            let options = ProtectionOptions {
                format_rows: true,
                format_columns: true,
                ..ProtectionOptions::default()
            };
            sheet.protect_with_options(&options);
        }
        Ok(())
    }

    fn cell_format(&self, center: bool, input: bool) -> Format {
        let mut f = Format::new()
            .set_font_name(font::BODY)
            .set_font_size(self.size)
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter)
            .set_align(if center { FormatAlign::Center } else { FormatAlign::Left });
        if self.ruled {
            f = f.set_border(FormatBorder::Thin);
        }
        match (self.is_form(), input) {
            (true, true) => f.set_unlocked().set_background_color(Color::RGB(INPUT_FILL)),
            (true, false) => f.set_background_color(Color::RGB(FIXED_FILL)),
            _ => f,
        }
    }

    fn write(&self, sheet: &mut Worksheet) -> Result<()> {
        let title = Format::new()
            .set_font_name(font::TITLE)
            .set_font_size(TITLE_SIZE)
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        sheet.merge_range(0, 0, 0, self.last_col(), &self.title, &title)?;
        let total: f64 = self.columns.iter().map(|c| c.width).sum();
        let title_lines = wrapped_lines(&self.title, total, TITLE_SIZE);
        sheet.set_row_height(0, TITLE_SIZE * (1.2 * title_lines as f64 + 1.0))?;
        if !self.above.is_empty() {
            self.write_above(sheet, 1)?;
        }
        let mut row = self.header_row();
        if self.ruled {
            let head = Format::new()
                .set_font_name(font::HEADING)
                .set_font_size(self.size)
                .set_text_wrap()
                .set_border(FormatBorder::Thin)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter);
            if self.grouped() {
                self.write_groups(sheet, row - 1, &head)?;
            }
            let headers: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
            let formats = vec![head; self.columns.len()];
            self.write_row(sheet, row, &headers, &formats)?;
            if self.grouped() {
                // A column in no group has its header run down through both rows.
                for (i, c) in self.columns.iter().enumerate().filter(|(_, c)| c.group.is_empty()) {
                    sheet.merge_range(row - 1, i as u16, row, i as u16, &c.header, &formats[i])?;
                }
            }
            row += 1;
        }
        let formats: Vec<Format> = self
            .columns
            .iter()
            .map(|c| self.cell_format(c.center, c.input))
            .collect();
        for cells in &self.rows {
            self.write_row(sheet, row, cells, &formats)?;
            row += 1;
        }
        self.write_notes(sheet, row, total)
    }

    /// The group headings' row: each run of columns with one group under one merged cell.
    fn write_groups(&self, sheet: &mut Worksheet, row: u32, head: &Format) -> Result<()> {
        let mut first = 0;
        while first < self.columns.len() {
            let group = &self.columns[first].group;
            let mut last = first;
            while !group.is_empty() && last + 1 < self.columns.len() && self.columns[last + 1].group == *group {
                last += 1;
            }
            if !group.is_empty() {
                if last == first {
                    sheet.write_string_with_format(row, first as u16, group, head)?;
                } else {
                    sheet.merge_range(row, first as u16, row, last as u16, group, head)?;
                }
            }
            first = last + 1;
        }
        sheet.set_row_height(row, self.size * 2.2)?;
        Ok(())
    }

    fn write_above(&self, sheet: &mut Worksheet, row: u32) -> Result<()> {
        let mut lines = 1;
        for span in &self.above {
            let width: f64 = self.columns[span.first as usize..=span.last as usize]
                .iter()
                .map(|c| c.width)
                .sum();
            lines = lines.max(wrapped_lines(&span.text, width, self.size));
            let mut f = Format::new()
                .set_font_name(font::BODY)
                .set_font_size(self.size)
                .set_text_wrap()
                .set_align(FormatAlign::Left)
                .set_align(FormatAlign::VerticalCenter);
            if span.input {
                f = f.set_unlocked().set_background_color(Color::RGB(INPUT_FILL));
            }
            if span.first == span.last {
                sheet.write_string_with_format(row, span.first, &span.text, &f)?;
            } else {
                sheet.merge_range(row, span.first, row, span.last, &span.text, &f)?;
            }
        }
        // A line longer than its cells wraps onto a taller row instead of running off the page.
        sheet.set_row_height(row, self.size * (2.0 + 1.4 * (lines - 1) as f64))?;
        Ok(())
    }

    fn write_notes(&self, sheet: &mut Worksheet, first: u32, width: f64) -> Result<()> {
        let f = Format::new()
            .set_font_name(font::BODY)
            .set_font_size(self.size)
            .set_text_wrap()
            .set_align(FormatAlign::Left)
            .set_align(FormatAlign::VerticalCenter);
        for (i, note) in self.notes.iter().enumerate() {
            let row = first + i as u32;
            sheet.merge_range(row, 0, row, self.last_col(), note, &f)?;
            let lines = wrapped_lines(note, width, self.size);
            sheet.set_row_height(row, lines as f64 * self.size * 1.4 + 6.0)?;
        }
        Ok(())
    }

    fn write_row(&self, sheet: &mut Worksheet, row: u32, cells: &[String], formats: &[Format]) -> Result<()> {
        let mut lines = 1;
        for (i, (col, format)) in self.columns.iter().zip(formats).enumerate() {
            let text = cells.get(i).map(String::as_str).unwrap_or("");
            write_cell(sheet, row, i as u16, col, text, format)?;
            lines = lines.max(wrapped_lines(text, col.width, self.size));
        }
        // Excel caps a row at 409 points; longer text still shows when the row is opened.
        let height = (lines as f64 * self.size * 1.4 + 6.0).max(self.min_row_height);
        sheet.set_row_height(row, height.min(409.0))?;
        Ok(())
    }
}

/// What a column holds, from its header: counts and days are numbers, dates are dates.
fn kind(header: &str) -> CellKind {
    const NUMBER_ENDINGS: [&str; 5] = ["序号", "数", "天数", "（天）", "（人）"];
    if NUMBER_ENDINGS.iter().any(|e| header.ends_with(e)) {
        CellKind::Number
    } else if header.contains("日期") || header.contains("时限") {
        CellKind::Date
    } else {
        CellKind::Text
    }
}

enum CellKind {
    Text,
    Number,
    Date,
}

/// `2026-11-20` or `2026年11月20日` as a date.
fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%Y年%m月%d日"))
        .ok()
}

/// A cell as a number or a date where its column holds them and the text is one, so it can be
/// summed, sorted and filtered; anything else as the text it is.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    column: &SheetColumn,
    text: &str,
    format: &Format,
) -> Result<()> {
    use chrono::Datelike;
    let kind = if column.numeric {
        CellKind::Number
    } else {
        kind(&column.header)
    };
    match kind {
        CellKind::Number => {
            if let Some(n) = text.trim().parse::<f64>().ok().filter(|n| n.is_finite()) {
                sheet.write_number_with_format(row, col, n, format)?;
                return Ok(());
            }
        }
        CellKind::Date => {
            // Excel's calendar starts in 1900; an earlier or odd year stays the text it is.
            let in_range = |d: &chrono::NaiveDate| (1900..=9999).contains(&d.year());
            let when = parse_date(text.trim())
                .filter(in_range)
                .and_then(|d| ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).ok());
            if let Some(when) = when {
                let format = format.clone().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
                sheet.write_datetime_with_format(row, col, &when, &format)?;
                return Ok(());
            }
        }
        CellKind::Text => {}
    }
    sheet.write_string_with_format(row, col, text, format)?;
    Ok(())
}
