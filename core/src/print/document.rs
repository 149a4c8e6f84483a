//! What an output asks the engine to print: a list of blocks on A4 pages. Outputs describe
//! content only; `compose` decides where every line goes.

use super::fonts::FontRole;
use super::linebreak::Keep;
use super::page::Orientation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    /// Width in millimetres: at least this much as given, the final width once the table is
    /// `fitted` to its content (a 签名 column asks for room nobody has written in yet).
    pub width: f32,
    pub align: Align,
    /// What stays whole in this column's cells: words (names, units, posts) by default, only
    /// numbers and dates in a column of running text.
    pub keep: Keep,
    /// The heading over a run of columns (信息报送（月） over 应报, 按时 …): neighbours with the
    /// same group share one cell above their headers; a column in none has its header run
    /// down through both rows.
    pub group: String,
}

impl Column {
    pub fn new(header: &str, width: f32, align: Align) -> Self {
        Self {
            header: header.to_owned(),
            width,
            align,
            keep: Keep::Words,
            group: String::new(),
        }
    }

    pub fn in_group(mut self, group: &str) -> Self {
        self.group = group.to_owned();
        self
    }

    /// A column of running text (a 工作推进情况, a 备注): its lines fill the cell.
    pub fn prose(mut self) -> Self {
        self.keep = Keep::Numbers;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Text size in points (the header uses the same size in the 黑体 role).
    pub size: f32,
    /// The least height of a body row in millimetres: room to sign in a 签到表.
    pub row_height: f32,
}

/// One line of a 版记 (GB/T 9704 §7.4): text one character in from the left, optionally text one
/// character in from the right (the 印发 date).
#[derive(Debug, Clone, PartialEq)]
pub struct ImprintLine {
    pub left: String,
    pub right: String,
}

#[derive(Debug, Clone)]
pub enum Block {
    /// The red 版头 of a 纪要 (GB/T 9704 §10.3): the mark “…会议纪要” in red, the 期号 under it,
    /// the issuing office and date on one line, and a red rule across the block.
    Masthead {
        mark: String,
        number: String,
        issuer: String,
        date: String,
    },
    /// The 版记 at the foot of the last page: a thick rule, the lines with thin rules between
    /// them, a thick rule on the block's lower edge.
    Imprint(Vec<ImprintLine>),
    /// The issuing body and date under a 通知 without a seal (GB/T 9704 §7.3.5.2): the date
    /// four characters in from the right, the body centred over it.
    Signature {
        issuer: String,
        date: String,
    },
    /// The document title: 2号, centred, in the title font; long titles wrap.
    Title(String),
    /// A line under the title (date, issuing office), 3号 楷体, centred.
    Subtitle(String),
    Heading1(String),
    Heading2(String),
    /// Body text with a two-character first-line indent.
    Paragraph(String),
    /// A paragraph that lists people (“张三（市卫健委主任）、李四（…）”): set as body text, but
    /// no name or unit is broken across lines.
    Names(String),
    /// A label followed by text that wraps under itself, as in a 名单:
    /// “主　任：王海彦（市三级调研员）”. `label_chars` keeps entries without a label aligned.
    Entry {
        label: String,
        label_chars: f32,
        text: String,
    },
    /// A 出席/请假/列席 line under minutes (GB/T 9704 §10.3): indented two characters, `label`
    /// (with its full-width colon) in 黑体, the names in the body font aligned after the colon.
    Roll {
        label: String,
        text: String,
    },
    Table(Table),
    /// One line with text at the left edge and text at the right edge, e.g.
    /// “填报科室（单位）：…” and “填报日期：…” above a form. `size` in points.
    Line {
        left: String,
        right: String,
        size: f32,
    },
    /// Small text across the block with no indent, e.g. the 备注 under a form.
    Note {
        text: String,
        size: f32,
    },
    /// What follows starts on a new page.
    PageBreak,
    /// The next this many grid lines stay on one page: a group of a 名单 starts a new page
    /// rather than leave its last line alone on the next.
    Together(f32),
    /// Vertical space in lines of the 22-line grid.
    Space(f32),
}

/// Who made a file and when, for the PDF's and the Word file's properties.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    /// The office that issues the document.
    pub author: String,
    /// The program, named in the file's “creator” and “producer”.
    pub creator: String,
    /// Seconds since 1970, UTC.
    pub created: i64,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// Stored in the PDF's metadata.
    pub title: String,
    pub orientation: Orientation,
    pub blocks: Vec<Block>,
    pub meta: Metadata,
    /// Page numbers at the foot (GB/T 9704 §7.5); a certificate such as a 聘书 has none.
    pub numbered: bool,
}

impl Document {
    pub fn new(title: &str, orientation: Orientation) -> Self {
        Self {
            title: title.to_owned(),
            orientation,
            blocks: Vec::new(),
            meta: Metadata::default(),
            numbered: true,
        }
    }

    pub fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }
}

/// How one kind of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub role: FontRole,
    /// Points.
    pub size: f32,
    /// Line pitch in millimetres.
    pub pitch: f32,
    /// Extra space after each character in millimetres (negative to fit 28 characters of 3号
    /// on a 156 mm line, as GB/T 9704 asks).
    pub tracking: f32,
    pub ink: Ink,
}

/// The colour text and rules are printed in: red only for a 版头.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ink {
    #[default]
    Black,
    Red,
}
