//! One unit's 信息收集汇总表 as a file, in the layout `reporting::report::layout` draws.

use super::{ExportFormat, Output};
use crate::common::error::Result;
use crate::print::{Document, Orientation};
use crate::reporting::report::layout::{form_title, push_blocks, sheet};
use crate::Desk;

impl Desk {
    /// One unit's return for a period, as it stands.
    pub fn report_form_file(&self, period_id: i64, unit_id: i64, format: ExportFormat) -> Result<Vec<u8>> {
        let settings = self.settings()?;
        let form = self.report_form(period_id, unit_id)?;
        let mut document = Document::new(&form_title(&settings), Orientation::Landscape);
        push_blocks(&mut document, &settings, &form);
        let sheet = sheet(&settings, &form, &form.period_label, false);
        self.render(
            Output {
                document,
                sheets: vec![sheet],
            },
            format,
        )
    }
}
