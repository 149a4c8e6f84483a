//! The import kit every spreadsheet import uses (the roster, the task breakdown, the returned
//! forms): the check reads the file and finds every problem by row and cell while building a
//! preview of what would be saved; nothing is written until the office confirms, and then all
//! of it is saved in one transaction, or nothing when any problem blocks.

use serde::Serialize;
use ts_rs::TS;

use crate::common::error::{CoreError, Result};
use crate::sheet::grid::column_name;

/// One problem in an imported file: where it is and whether it stops the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    /// 1-based row; 0 for the file as a whole.
    pub row: u32,
    /// Column letter, when the problem is in one cell.
    pub column: Option<String>,
    pub message: String,
    /// Blocking problems stop the import; others are notes (a skipped empty row).
    pub blocking: bool,
}

impl ImportProblem {
    /// A problem at `row` (1-based) and `column` (0-based), stopping the import or not.
    pub fn new(row: u32, column: Option<u32>, message: impl Into<String>, blocking: bool) -> Self {
        Self {
            row,
            column: column.map(column_name),
            message: message.into(),
            blocking,
        }
    }

    /// A problem that stops the import.
    pub fn blocking(row: u32, column: Option<u32>, message: impl Into<String>) -> Self {
        Self::new(row, column, message, true)
    }

    /// Something the office should know that does not stop the import.
    pub fn note(row: u32, column: Option<u32>, message: impl Into<String>) -> Self {
        Self::new(row, column, message, false)
    }
}

/// What a check found: the preview it carries, and the problems of the file.
pub trait ImportPreview {
    fn problems(&self) -> &[ImportProblem];

    fn blocking(&self) -> usize {
        self.problems().iter().filter(|p| p.blocking).count()
    }

    /// All or nothing: refused while any problem blocks. `source` names the file for the
    /// message (“表格”, “市卫健委.xlsx”), `what` what was not imported (“任务”).
    fn refuse_blocked(&self, source: &str, what: &str) -> Result<()> {
        let blocking: Vec<&ImportProblem> = self.problems().iter().filter(|p| p.blocking).collect();
        match blocking.first() {
            None => Ok(()),
            Some(first) => Err(CoreError::invalid(
                "file",
                format!(
                    "{source}中有 {} 处问题（{}），请修改后重新导入。没有导入任何{what}",
                    blocking.len(),
                    first.message
                ),
            )),
        }
    }
}

/// Saving row `row` failed after the check passed: the message names the row, and the
/// transaction it ran in leaves nothing imported.
pub fn row_failed(row: u32, what: &str, e: CoreError) -> CoreError {
    CoreError::invalid("file", format!("第{row}行：{}。没有导入任何{what}", e.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Check(Vec<ImportProblem>);

    impl ImportPreview for Check {
        fn problems(&self) -> &[ImportProblem] {
            &self.0
        }
    }

    #[test]
    fn notes_never_stop_an_import_and_blocking_problems_always_do() {
        let notes = Check(vec![ImportProblem::note(4, None, "第4行：空行，已跳过")]);
        assert!(notes.refuse_blocked("表格", "任务").is_ok());
        let bad = Check(vec![
            ImportProblem::note(4, None, "第4行：空行，已跳过"),
            ImportProblem::blocking(5, Some(1), "第5行：没有专项行动名称"),
            ImportProblem::blocking(6, None, "第6行：与第3行的工作内容相同"),
        ]);
        assert_eq!(bad.blocking(), 2);
        assert_eq!(bad.problems()[1].column.as_deref(), Some("B"));
        let e = bad.refuse_blocked("表格", "任务").unwrap_err();
        assert_eq!(
            e.message,
            "表格中有 2 处问题（第5行：没有专项行动名称），请修改后重新导入。没有导入任何任务"
        );
        assert_eq!(e.field.as_deref(), Some("file"));
    }
}
