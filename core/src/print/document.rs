//! What an output asks the engine to print: a list of blocks on A4 pages. Outputs describe
//! content only; `compose` decides where every line goes.

use super::fonts::FontRole;
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
    /// Width in millimetres; the columns of a table should add up to the text block's width.
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn new(header: &str, width: f32, align: Align) -> Self {
        Self {
            header: header.to_owned(),
            width,
            align,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Text size in points (the header uses the same size in the 黑体 role).
    pub size: f32,
}

#[derive(Debug, Clone)]
pub enum Block {
    /// The document title: 2号, centred, in the title font; long titles wrap.
    Title(String),
    /// A line under the title (date, issuing office), 3号 楷体, centred.
    Subtitle(String),
    Heading1(String),
    Heading2(String),
    /// Body text with a two-character first-line indent.
    Paragraph(String),
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
    /// Vertical space in lines of the 22-line grid.
    Space(f32),
}

#[derive(Debug, Clone)]
pub struct Document {
    /// Stored in the PDF's metadata.
    pub title: String,
    pub orientation: Orientation,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn new(title: &str, orientation: Orientation) -> Self {
        Self {
            title: title.to_owned(),
            orientation,
            blocks: Vec::new(),
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
}
