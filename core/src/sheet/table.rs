use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::{font, wrapped_lines};
use crate::error::Result;

#[derive(Debug, Clone)]
pub struct SheetColumn {
    pub header: String,
    /// Excel column width units (about one digit each).
    pub width: f64,
    pub center: bool,
}

impl SheetColumn {
    pub fn new(header: &str, width: f64, center: bool) -> Self {
        Self {
            header: header.to_owned(),
            width,
            center,
        }
    }
}

/// One worksheet: a merged title row, an optional header row, and the data rows.
#[derive(Debug, Clone)]
pub struct SheetTable {
    pub sheet_name: String,
    pub title: String,
    pub columns: Vec<SheetColumn>,
    pub rows: Vec<Vec<String>>,
    pub landscape: bool,
    /// A bordered table with a header row; without it, a borderless list such as a 名单.
    pub ruled: bool,
    pub size: f64,
}

const TITLE_SIZE: f64 = 18.0;

impl SheetTable {
    pub fn to_xlsx(&self) -> Result<Vec<u8>> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(&self.sheet_name)?;
        self.page_setup(sheet)?;
        self.write(sheet)?;
        Ok(book.save_to_buffer()?)
    }

    fn last_col(&self) -> u16 {
        self.columns.len().saturating_sub(1) as u16
    }

    fn page_setup(&self, sheet: &mut Worksheet) -> Result<()> {
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
            sheet.set_repeat_rows(1, 1)?;
        }
        for (i, col) in self.columns.iter().enumerate() {
            sheet.set_column_width(i as u16, col.width)?;
        }
        Ok(())
    }

    fn cell_format(&self, center: bool) -> Format {
        let f = Format::new()
            .set_font_name(font::BODY)
            .set_font_size(self.size)
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter)
            .set_align(if center { FormatAlign::Center } else { FormatAlign::Left });
        if self.ruled {
            f.set_border(FormatBorder::Thin)
        } else {
            f
        }
    }

    fn write(&self, sheet: &mut Worksheet) -> Result<()> {
        let title = Format::new()
            .set_font_name(font::TITLE)
            .set_font_size(TITLE_SIZE)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        sheet.merge_range(0, 0, 0, self.last_col(), &self.title, &title)?;
        sheet.set_row_height(0, TITLE_SIZE * 2.2)?;
        let mut row = 1;
        if self.ruled {
            let head = Format::new()
                .set_font_name(font::HEADING)
                .set_font_size(self.size)
                .set_text_wrap()
                .set_border(FormatBorder::Thin)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter);
            let headers: Vec<String> = self.columns.iter().map(|c| c.header.clone()).collect();
            self.write_row(sheet, row, &headers, &head, &head)?;
            row += 1;
        }
        let (left, center) = (self.cell_format(false), self.cell_format(true));
        for cells in &self.rows {
            self.write_row(sheet, row, cells, &left, &center)?;
            row += 1;
        }
        Ok(())
    }

    fn write_row(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        cells: &[String],
        left: &Format,
        center: &Format,
    ) -> Result<()> {
        let mut lines = 1;
        for (i, col) in self.columns.iter().enumerate() {
            let text = cells.get(i).map(String::as_str).unwrap_or("");
            let format = if col.center { center } else { left };
            sheet.write_string_with_format(row, i as u16, text, format)?;
            lines = lines.max(wrapped_lines(text, col.width, self.size));
        }
        sheet.set_row_height(row, lines as f64 * self.size * 1.4 + 6.0)?;
        Ok(())
    }
}
