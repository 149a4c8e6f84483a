//! 联络员名单: every member unit with its liaison officer, blank where none is set yet.

use super::{columns, ColumnSpec, ExportFormat, Output};
use crate::common::error::Result;
use crate::print::page::size;
use crate::print::{Align, Block, Document, Orientation, Table};
use crate::sheet::SheetTable;
use crate::{Desk, LiaisonRow};

const HEADERS: [ColumnSpec; 7] = [
    ("序号", 13.0, 6.0, Align::Center),
    ("单位", 50.0, 28.0, Align::Left),
    ("姓名", 24.0, 10.0, Align::Center),
    ("处室", 36.0, 18.0, Align::Left),
    ("职务", 28.0, 12.0, Align::Center),
    ("办公电话", 38.0, 16.0, Align::Center),
    ("手机", 36.0, 15.0, Align::Center),
];

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
        let mut doc = Document::new(&title, Orientation::Landscape);
        let (columns, sheet_columns) = columns(&HEADERS);
        doc.push(Block::Title(title.clone()));
        doc.push(Block::Table(Table {
            columns,
            rows: rows.clone(),
            size: size::XIAO_4,
        }));
        let sheet = SheetTable {
            sheet_name: "联络员".into(),
            title,
            columns: sheet_columns,
            rows,
            landscape: true,
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
