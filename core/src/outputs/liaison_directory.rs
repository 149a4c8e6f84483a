//! 联络员名单: every member unit with its liaison officer, blank where none is set yet. Printed
//! upright with both phone numbers in one column, so a page holds twice the rows of a landscape
//! sheet; the workbook keeps them apart for dialling and sorting.

use super::{columns, ColumnSpec, ExportFormat, Output};
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{Align, Block, Column, Document, Orientation, Table};
use crate::sheet::SheetTable;
use crate::{Desk, LiaisonRow};

const HEADERS: [ColumnSpec; 7] = [
    ("序号", 0.0, 6.0, Align::Center),
    ("单位", 0.0, 28.0, Align::Left),
    ("姓名", 0.0, 10.0, Align::Center),
    ("处室", 0.0, 18.0, Align::Left),
    ("职务", 0.0, 12.0, Align::Center),
    ("办公电话", 0.0, 16.0, Align::Center),
    ("手机", 0.0, 15.0, Align::Center),
];
const PHONES: &str = "联系电话";

/// The print's rows: the two phone columns as one, office phone over mobile.
fn print_rows(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            let mut row = r[..5].to_vec();
            let phones: Vec<&str> = r[5..].iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
            row.push(phones.join("\n"));
            row
        })
        .collect()
}

fn cells(rows: &[LiaisonRow]) -> Vec<Vec<String>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![(i + 1).to_string(), r.unit_name.clone()];
            match &r.liaison {
                Some(l) => row.extend([&l.name, &l.department, &l.post, &l.office_phone, &l.mobile].map(String::clone)),
                None => row.extend(std::iter::repeat_n(String::new(), 5)),
            }
            row
        })
        .collect()
}

impl Desk {
    pub fn liaison_directory_file(&self, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let rows = cells(&self.list_liaisons()?);
        let title = format!("{}联络员名单", settings.body_name);
        let mut doc = Document::new(&title, Orientation::Portrait);
        let (mut columns, sheet_columns) = columns(&HEADERS);
        columns.truncate(5);
        columns.push(Column::new(PHONES, 0.0, Align::Center));
        doc.push(Block::Title(title.clone()));
        doc.push(Block::Table(Table {
            columns,
            rows: print_rows(&rows),
            size: size::XIAO_4,
            row_height: 0.0,
        }));
        let sheet = SheetTable {
            sheet_name: "联络员".into(),
            title,
            columns: sheet_columns,
            rows,
            landscape: false,
            ruled: true,
            size: 12.0,
            ..SheetTable::default()
        };
        self.render(
            Output {
                document: doc,
                sheets: vec![sheet],
            },
            format,
        )
    }
}
