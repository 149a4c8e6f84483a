//! Column widths from a table's content, as a word processor's automatic table layout does: each
//! column gets at least what its longest unbreakable run needs (a name, a date, a unit where the
//! column can hold it), and the room left goes to the columns whose text would otherwise wrap
//! most, so a 工作推进情况 gets the width and a 序号 does not.
//!
//! Widths are estimated with the metrics every Chinese office font shares (a Han character is
//! one em, Latin letters and digits half), so the PDF and the Word file get the same columns.

use super::document::{Column, Table};
use super::linebreak::{tokens, Keep, LONGEST_WORD};
use super::page::pt_to_mm;

/// Padding inside a cell on each side, in millimetres.
pub const CELL_PAD_X: f32 = 1.5;
/// A word longer than this many characters may break, so one long unit name cannot take a
/// whole table.
const LONGEST_KEPT_WORD: f32 = LONGEST_WORD as f32;
/// The least width of a column of running text, in characters.
const PROSE_MIN: f32 = 6.0;
/// Words up to this many characters (a name, a post) stay whole even when the table is too
/// narrow for every longer word to: a unit's name wraps before a person's does.
const SHORT_WORD: f32 = 4.0;

/// Width of `text` in ems.
pub fn ems(text: &str) -> f32 {
    text.chars().map(|c| if c.is_ascii() { 0.55 } else { 1.0 }).sum()
}

/// The width a cell needs to hold `text` at `size` points on one line, padding included: the
/// least width to ask of a column whose entries must not wrap (a 文号).
pub fn one_line_width(text: &str, size: f32) -> f32 {
    ems(text) * pt_to_mm(size) + 2.0 * CELL_PAD_X + 0.6
}

struct Need {
    /// What the column cannot do without: its numbers, dates and short words whole.
    hard: f32,
    /// Every word (up to `LONGEST_KEPT_WORD`) whole.
    min: f32,
    natural: f32,
}

fn longest_token(text: &str, keep: Keep) -> f32 {
    tokens(text, keep).iter().map(|t| ems(t)).fold(0.0, f32::max)
}

fn need(column: &Column, cells: &[&str], em: f32) -> Need {
    let pad = 2.0 * CELL_PAD_X + 0.6;
    // A header may take two lines; it is never cut inside a character pair.
    let header = ems(&column.header);
    // A header of up to four characters stays on one line; a longer one may take two.
    let mut min = if header <= SHORT_WORD {
        header
    } else {
        (header / 2.0).ceil()
    };
    let mut hard = min;
    let mut natural = header;
    for cell in cells {
        for line in cell.split('\n') {
            natural = natural.max(ems(line));
            let numbers = longest_token(line, Keep::Numbers);
            let words = longest_token(line, column.keep);
            min = min.max(words.min(LONGEST_KEPT_WORD.max(numbers)));
            hard = hard.max(words.min(SHORT_WORD.max(numbers)));
        }
    }
    if column.keep == Keep::Numbers && natural > PROSE_MIN {
        // Running text needs room for a phrase a line, or it reads a word at a time.
        min = min.max(PROSE_MIN);
    }
    let given = column.width;
    let mm = |ems: f32| (ems * em + pad).max(given);
    Need {
        hard: mm(hard),
        min: mm(min),
        natural: mm(natural),
    }
}

/// Shares `width` among columns: each gets the lower of its two limits it can have, and the
/// room above that goes where the next limit is furthest away.
fn share(needs: &[Need], width: f32) -> Vec<f32> {
    let sum = |f: fn(&Need) -> f32| needs.iter().map(f).sum::<f32>();
    let (natural, min, hard) = (sum(|n| n.natural), sum(|n| n.min), sum(|n| n.hard));
    if natural <= width {
        return needs.iter().map(|n| n.natural * width / natural).collect();
    }
    let between = |low: fn(&Need) -> f32, high: fn(&Need) -> f32, total_low: f32, total_high: f32| {
        let room = width - total_low;
        let wanted = (total_high - total_low).max(f32::EPSILON);
        needs
            .iter()
            .map(|n| low(n) + room * (high(n) - low(n)) / wanted)
            .collect()
    };
    if min <= width {
        return between(|n| n.min, |n| n.natural, min, natural);
    }
    if hard <= width {
        return between(|n| n.hard, |n| n.min, hard, min);
    }
    needs.iter().map(|n| n.hard * width / hard).collect()
}

impl Table {
    /// The table with every column's final width, together exactly `block_width`.
    pub fn fitted(&self, block_width: f32) -> Table {
        let em = pt_to_mm(self.size);
        let needs: Vec<Need> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let cells: Vec<&str> = self.rows.iter().map(|r| r.get(i).map_or("", String::as_str)).collect();
                need(col, &cells, em)
            })
            .collect();
        let mut table = self.clone();
        for (col, width) in table.columns.iter_mut().zip(share(&needs, block_width)) {
            col.width = width;
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::{Align, Column};

    fn table(columns: Vec<Column>, rows: &[&[&str]]) -> Table {
        Table {
            columns,
            rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(),
            size: 12.0,
            row_height: 0.0,
        }
    }

    #[test]
    fn columns_fill_the_block_and_the_long_text_gets_the_room() {
        let long = "各专项行动牵头单位按照年度目标任务分解，扎实推进各项工作，健康知识普及、合理膳食、全民健身等行动进展顺利。";
        let t = table(
            vec![
                Column::new("序号", 0.0, Align::Center),
                Column::new("单位", 0.0, Align::Left),
                Column::new("工作推进情况", 0.0, Align::Left).prose(),
            ],
            &[&["1", "市重点项目服务中心", long], &["12", "市卫健委", long]],
        )
        .fitted(225.0);
        let w: Vec<f32> = t.columns.iter().map(|c| c.width).collect();
        assert!((w.iter().sum::<f32>() - 225.0).abs() < 0.01, "{w:?}");
        assert!(w[2] > w[1] && w[1] > w[0], "{w:?}");
        // The unit name fits on one line of its column.
        assert!(
            w[1] >= ems("市重点项目服务中心") * pt_to_mm(12.0) + 2.0 * CELL_PAD_X,
            "{w:?}"
        );
    }

    #[test]
    fn a_narrow_table_wraps_units_before_names() {
        let t = table(
            vec![
                Column::new("单位", 0.0, Align::Left),
                Column::new("姓名", 0.0, Align::Center),
                Column::new("签名", 100.0, Align::Left),
            ],
            &[&["市平安建设事务服务中心", "彭淑敏", ""]],
        )
        .fitted(156.0);
        assert!(
            t.columns[1].width >= ems("彭淑敏") * pt_to_mm(12.0) + 2.0 * CELL_PAD_X,
            "{:?}",
            t.columns
        );
        assert!(t.columns[0].width < ems("市平安建设事务服务中心") * pt_to_mm(12.0));
    }

    #[test]
    fn a_column_asking_for_room_gets_it() {
        let t = table(
            vec![
                Column::new("姓名", 0.0, Align::Left),
                Column::new("签名", 60.0, Align::Left),
            ],
            &[&["彭淑敏", ""]],
        )
        .fitted(156.0);
        assert!(t.columns[1].width >= 60.0);
    }
}
