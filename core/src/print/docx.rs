//! The same documents as editable Word files: offices revise a 纪要 or a 通知 in WPS or Word
//! before it is issued. The page follows GB/T 9704 as the PDF does (A4, the 156 × 225 mm block,
//! 22 lines of 3号, “— N —” page numbers outside); fonts are named as Word and WPS name them
//! (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体), so the file opens in the office's own fonts.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, LineSpacing, LineSpacingType, PageMargin, PageNum, PageOrientationType,
    Paragraph, Run, RunFonts, SpecialIndentType, Tab, TabValueType, TableCell, TableRow, WidthType,
};

use super::document::{Align, Block, Document, Table};
use super::fonts::FontRole;
use super::page::{pt_to_mm, size, Orientation, PageGeometry};
use crate::common::error::{CoreError, Result};

const TWIPS_PER_MM: f32 = 1440.0 / 25.4;

fn twips(mm: f32) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

/// Word measures characters in half-points.
fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

/// `n` characters of `pt` points, in twips (a point is 20 twips).
fn chars(n: f32, pt: f32) -> i32 {
    (n * pt * 20.0).round() as i32
}

fn run(text: &str, role: FontRole, pt: f32) -> Run {
    let name = role.word_name();
    Run::new()
        .add_text(text)
        .fonts(RunFonts::new().east_asia(name).ascii(name).hi_ansi(name))
        .size(half_points(pt))
}

/// A paragraph on the grid: exact line height, `after_mm` below it.
fn spaced_paragraph(height_mm: f32, after_mm: f32) -> Paragraph {
    Paragraph::new().line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(twips(height_mm))
            .before(0)
            .after(twips(after_mm) as u32),
    )
}

fn line_paragraph(height_mm: f32) -> Paragraph {
    spaced_paragraph(height_mm, 0.0)
}

fn alignment(align: Align) -> AlignmentType {
    match align {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
    }
}

/// Body text or a heading: indented two characters on its first line.
fn indented(text: &str, role: FontRole, grid: f32) -> Paragraph {
    line_paragraph(grid)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(chars(2.0, size::HAO_3))),
            None,
            None,
        )
        .add_run(run(text, role, size::HAO_3))
}

/// A label then text whose wrapped lines align after the label, as in a 名单 or 出席 line.
/// The tab after the label stops where the wrapped lines start; with no label there is no tab,
/// which would jump to Word's next default stop instead.
fn hanging(start: i32, label_width: i32, label: Option<Run>, text: &str, grid: f32) -> Paragraph {
    let p = line_paragraph(grid).indent(
        Some(start + label_width),
        Some(SpecialIndentType::Hanging(label_width)),
        None,
        None,
    );
    let p = match label {
        Some(label) => p.add_run(label).add_run(Run::new().add_tab()),
        None => p,
    };
    p.add_run(run(text, FontRole::Body, size::HAO_3))
}

fn block(block: &Block, geo: &PageGeometry) -> Option<Paragraph> {
    let grid = geo.grid_line();
    let body = |text: &str| run(text, FontRole::Body, size::HAO_3);
    Some(match block {
        Block::Title(t) => spaced_paragraph(grid * 1.25, grid * 0.5)
            .align(AlignmentType::Center)
            .add_run(run(t, FontRole::Title, size::HAO_2)),
        Block::Subtitle(t) => {
            line_paragraph(grid)
                .align(AlignmentType::Center)
                .add_run(run(t, FontRole::Heading2, size::HAO_3))
        }
        Block::Heading1(t) => indented(t, FontRole::Heading1, grid).keep_next(true),
        Block::Heading2(t) => indented(t, FontRole::Heading2, grid).keep_next(true),
        Block::Paragraph(t) => indented(t, FontRole::Body, grid),
        Block::Entry {
            label,
            label_chars,
            text,
        } => {
            let label = (!label.is_empty()).then(|| body(label));
            hanging(0, chars(*label_chars, size::HAO_3), label, text, grid)
        }
        Block::Roll { label, text } => {
            let width = chars(label.chars().count() as f32, size::HAO_3);
            let label = run(label, FontRole::Heading1, size::HAO_3);
            hanging(chars(2.0, size::HAO_3), width, Some(label), text, grid)
        }
        Block::Line { left, right, size } => line_paragraph(pt_to_mm(*size) * 1.8)
            .add_tab(Tab::new().val(TabValueType::Right).pos(twips(geo.block_width) as usize))
            .add_run(run(left, FontRole::Body, *size))
            .add_run(Run::new().add_tab())
            .add_run(run(right, FontRole::Body, *size)),
        Block::Note { text, size } => line_paragraph(pt_to_mm(*size) * 1.5).add_run(run(text, FontRole::Body, *size)),
        Block::PageBreak => Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
        Block::Space(lines) => line_paragraph(grid * lines),
        Block::Table(_) => return None,
    })
}

fn cell(text: &str, role: FontRole, pt: f32, width: f32, align: Align) -> TableCell {
    let mut cell = TableCell::new().width(twips(width) as usize, WidthType::Dxa);
    // A cell holds one paragraph per line of its text, as the PDF breaks it.
    for line in text.split('\n') {
        cell = cell.add_paragraph(
            line_paragraph(pt_to_mm(pt) * 1.5)
                .align(alignment(align))
                .add_run(run(line, role, pt)),
        );
    }
    cell
}

fn table(t: &Table) -> docx_rs::Table {
    let header = TableRow::new(
        t.columns
            .iter()
            .map(|c| cell(&c.header, FontRole::Heading1, t.size, c.width, Align::Center))
            .collect(),
    );
    let rows = t.rows.iter().map(|row| {
        TableRow::new(
            t.columns
                .iter()
                .zip(row)
                .map(|(c, text)| cell(text, FontRole::Body, t.size, c.width, c.align))
                .collect(),
        )
    });
    docx_rs::Table::new(std::iter::once(header).chain(rows).collect())
        .set_grid(t.columns.iter().map(|c| twips(c.width) as usize).collect())
}

/// “— N —” in 4号, one character in from the block's outer edge: right on odd pages, left on even.
fn page_number(odd: bool) -> Footer {
    let em = chars(1.0, size::HAO_4);
    let (align, indent) = if odd {
        (AlignmentType::Right, (None, Some(em)))
    } else {
        (AlignmentType::Left, (Some(em), None))
    };
    let dash = |t: &str| run(t, FontRole::Body, size::HAO_4).fonts(RunFonts::new().ascii("宋体").east_asia("宋体"));
    Footer::new().add_paragraph(
        Paragraph::new()
            .align(align)
            .indent(indent.0, None, indent.1, None)
            .add_run(dash("— "))
            .add_page_num(PageNum::new())
            .add_run(dash(" —")),
    )
}

fn page_setup(docx: Docx, orientation: Orientation, geo: &PageGeometry) -> Docx {
    let docx = docx.page_size(twips(geo.width) as u32, twips(geo.height) as u32);
    let docx = match orientation {
        Orientation::Portrait => docx.page_orient(PageOrientationType::Portrait),
        Orientation::Landscape => docx.page_orient(PageOrientationType::Landscape),
    };
    docx.page_margin(PageMargin {
        top: twips(geo.top),
        left: twips(geo.left),
        bottom: twips(geo.height - geo.bottom()),
        right: twips(geo.width - geo.right()),
        header: twips(15.0),
        // The page number's line sits 7 mm below the block, as in the PDF.
        footer: twips(geo.height - geo.bottom() - 7.0 - pt_to_mm(size::HAO_4) * 1.3),
        gutter: 0,
    })
}

/// Renders `doc` to the bytes of a .docx file.
pub fn render(doc: &Document) -> Result<Vec<u8>> {
    let geo = PageGeometry::a4(doc.orientation);
    let mut docx = page_setup(Docx::new(), doc.orientation, &geo)
        .default_fonts(RunFonts::new().east_asia(FontRole::Body.word_name()))
        .default_size(half_points(size::HAO_3))
        .footer(page_number(true))
        .even_footer(page_number(false));
    for b in &doc.blocks {
        docx = match (b, block(b, &geo)) {
            (Block::Table(t), _) => docx.add_table(table(t)),
            (_, Some(p)) => docx.add_paragraph(p),
            (_, None) => docx,
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.pack(&mut out)
        .map_err(|e| CoreError::storage(format!("无法生成Word文件：{e}")))?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::print::Column;

    fn document_xml(doc: &Document) -> String {
        let bytes = render(doc).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn only_an_entry_with_a_label_has_a_tab_before_its_text() {
        let mut doc = Document::new("名单", Orientation::Portrait);
        doc.push(Block::Entry {
            label: String::new(),
            label_chars: 0.0,
            text: "各成员单位：".into(),
        });
        doc.push(Block::Entry {
            label: "主　任：".into(),
            label_chars: 4.0,
            text: "王海彦（市三级调研员）".into(),
        });
        let xml = document_xml(&doc);
        assert_eq!(xml.matches("<w:tab />").count(), 1, "{xml}");
        // Four characters of 3号 (16 pt) hang: 4 × 16 × 20 twips.
        assert!(xml.contains("w:hanging=\"1280\""), "{xml}");
    }

    #[test]
    fn a_table_keeps_its_column_widths_and_header() {
        let mut doc = Document::new("签到表", Orientation::Landscape);
        doc.push(Block::Table(Table {
            columns: vec![
                Column::new("序号", 15.0, Align::Center),
                Column::new("签名", 60.0, Align::Left),
            ],
            rows: vec![vec!["1".into(), String::new()]],
            size: size::XIAO_4,
        }));
        let xml = document_xml(&doc);
        assert!(xml.contains("w:orient=\"landscape\""), "{xml}");
        assert!(xml.contains("<w:gridCol w:w=\"850\""), "{xml}");
        assert!(xml.contains(">序号</w:t>") && xml.contains(">签名</w:t>"));
    }
}
