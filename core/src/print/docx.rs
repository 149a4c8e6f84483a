//! The same documents as editable Word files: offices revise a 纪要 or a 通知 in WPS or Word
//! before it is issued. The page follows GB/T 9704 as the PDF does (A4, the 156 × 225 mm block,
//! 22 lines of 3号, “— N —” page numbers outside); fonts are named as Word and WPS name them
//! (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体), so the file opens in the office's own fonts.

use docx_rs::{
    AlignmentType, BorderType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer, FrameProperty, HeightRule,
    InstrPAGE, InstrText, LineSpacing, LineSpacingType, PageMargin, PageOrientationType, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, RunProperty, Shading, ShdType, SpecialIndentType, Tab,
    TabValueType, TableCell, TableRow, WidthType,
};

use super::document::{Align, Block, Document, ImprintLine, Table};
use super::docx_package;
use super::fonts::FontRole;
use super::page::{pt_to_mm, size, Orientation, PageGeometry};
use super::table_fit::ems;
use super::title::title_lines;
use crate::common::error::{CoreError, Result};

/// A 版记 line's height, as in the PDF.
const IMPRINT_ROW_MM: f32 = 8.0;
/// The red of a 版头, as in the PDF.
const RED: &str = "E60000";

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

/// 3号 text is set 0.25 pt tighter, so 28 characters fill the 156 mm line as GB/T 9704 asks
/// (28 × 15.75 pt = 441 pt of the block's 442 pt); Word, WPS and LibreOffice all honour run
/// spacing, where only Word and WPS squeeze characters into a document grid.
const BODY_SPACING_TWENTIETHS: i32 = -5;

fn run(text: &str, role: FontRole, pt: f32) -> Run {
    let name = role.word_name();
    let run = Run::new()
        .add_text(text)
        .fonts(RunFonts::new().east_asia(name).ascii(name).hi_ansi(name))
        .size(half_points(pt));
    if pt == size::HAO_3 {
        run.character_spacing(BODY_SPACING_TWENTIETHS)
    } else {
        run
    }
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

/// A list of people (“张三（市卫健委）、李四”) with each name's characters joined by U+2060
/// WORD JOINER, which asks a word processor not to break a name across lines. Word processors
/// lay a Word file out themselves and not all honour it (LibreOffice 7.4 does not between Han
/// characters); the PDF is the print whose lines are certain.
fn names_kept(text: &str) -> String {
    text.split('、')
        .map(|item| {
            let (name, rest) = item.split_at(item.find('（').unwrap_or(item.len()));
            if name.chars().count() <= 4 {
                let joined: Vec<String> = name.chars().map(String::from).collect();
                format!("{}{rest}", joined.join("\u{2060}"))
            } else {
                item.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("、")
}

/// Body text or a heading: indented two characters on its first line.
fn indented(text: &str, role: FontRole, grid: f32) -> Paragraph {
    line_paragraph(grid)
        .align(AlignmentType::Both)
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
    let p = line_paragraph(grid).align(AlignmentType::Both).indent(
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

/// The title broken where the PDF breaks it (GB/T 9704 §7.3.1), with line breaks Word keeps.
fn title(text: &str, geo: &PageGeometry) -> Paragraph {
    let em = pt_to_mm(size::HAO_2);
    let grid = geo.grid_line();
    let mut p = spaced_paragraph(grid * 1.25, grid * 0.5).align(AlignmentType::Center);
    for (i, line) in title_lines(text, geo.block_width, &|t| ems(t) * em).iter().enumerate() {
        if i > 0 {
            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
        p = p.add_run(run(line, FontRole::Title, size::HAO_2));
    }
    p
}

fn border(position: ParagraphBorderPosition, eighths: usize, color: &str) -> ParagraphBorder {
    ParagraphBorder::new(position)
        .val(BorderType::Single)
        .size(eighths)
        .space(1)
        .color(color)
}

/// A line with text one character in from the left and, after a right tab one character in
/// from the right, more text: the 版头's issuer and date, a 版记 line. The paragraph spans the
/// block (its rule or frame is full width); a full-width space makes the left one character.
fn two_sided(left: &str, right: &str, pt: f32, height_mm: f32, geo: &PageGeometry) -> Paragraph {
    let one = chars(1.0, pt);
    let p = line_paragraph(height_mm)
        .add_tab(
            Tab::new()
                .val(TabValueType::Right)
                .pos((twips(geo.block_width) - one) as usize),
        )
        .add_run(run(&format!("\u{3000}{left}"), FontRole::Body, pt));
    if right.is_empty() {
        return p;
    }
    p.add_run(Run::new().add_tab()).add_run(run(right, FontRole::Body, pt))
}

/// §10.3: the red mark 35 mm below the block's top, the number two lines under it, the issuer
/// and date a line under that, a red rule.
fn masthead(mark: &str, number: &str, issuer: &str, date: &str, geo: &PageGeometry) -> Vec<Paragraph> {
    let grid = geo.grid_line();
    let pt = [36.0, 30.0, 26.0, size::HAO_2]
        .into_iter()
        .find(|&pt| ems(mark) * pt_to_mm(pt) <= geo.block_width)
        .unwrap_or(size::HAO_2);
    let mark = Paragraph::new()
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(twips(pt_to_mm(pt) * 1.2))
                .before(twips(35.0) as u32)
                .after(twips(grid * 2.0) as u32),
        )
        .align(AlignmentType::Center)
        .add_run(run(mark, FontRole::Title, pt).color(RED));
    let mut out = vec![mark];
    if !number.is_empty() {
        out.push(spaced_paragraph(grid, grid).align(AlignmentType::Center).add_run(run(
            number,
            FontRole::Body,
            size::HAO_3,
        )));
    }
    let rule = ParagraphBorders::with_empty().set(border(ParagraphBorderPosition::Bottom, 12, RED));
    out.push(two_sided(issuer, date, size::HAO_3, grid, geo).set_borders(rule));
    out.push(line_paragraph(grid));
    out
}

/// §7.4's rules: thick (0.35 mm) first and last, thin (0.25 mm) between, in twips.
const THICK_RULE: i32 = 20;
const THIN_RULE: i32 = 14;

/// A rule across the frame: an empty paragraph exactly as tall as the rule, filled black.
/// (Word and WPS would draw paragraph borders too, but LibreOffice then drops the frame.)
fn rule_paragraph(height: i32, frame: &FrameProperty) -> Paragraph {
    let mut p = Paragraph::new().line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Exact)
            .line(height)
            .before(0)
            .after(0),
    );
    p.property = p
        .property
        .frame_property(frame.clone())
        .shading(Shading::new().shd_type(ShdType::Clear).color("auto").fill("000000"))
        .run_property(RunProperty::new().size(2));
    p
}

/// How many lines Word will need for a 版记 line, estimated from the metrics every office font
/// shares: the frame is placed by its height, so a long 分送 must not push it past the block.
fn imprint_rows(line: &ImprintLine, geo: &PageGeometry) -> usize {
    let em = pt_to_mm(size::HAO_4);
    let right = if line.right.is_empty() {
        0.0
    } else {
        (ems(&line.right) + 1.0) * em
    };
    let room = geo.block_width - 2.0 * em - right;
    let text = (ems(&line.left) + 1.0) * em;
    (text / room).ceil().max(1.0) as usize
}

/// §7.4: a frame at the foot of the page, placed by its distance from the page's corner so its
/// last rule lies on the block's lower edge: thick rules first and last, thin rules between.
fn imprint(lines: &[ImprintLine], geo: &PageGeometry) -> Vec<Paragraph> {
    let rules = 2 * THICK_RULE + THIN_RULE * (lines.len() as i32 - 1).max(0);
    let rows: usize = lines.iter().map(|l| imprint_rows(l, geo)).sum();
    let height = twips(IMPRINT_ROW_MM) * rows as i32 + rules;
    let frame = FrameProperty {
        w: Some(twips(geo.block_width) as u32),
        h_anchor: Some("page".into()),
        v_anchor: Some("page".into()),
        x: Some(twips(geo.left)),
        y: Some(twips(geo.bottom()) - height),
        wrap: Some("around".into()),
        ..FrameProperty::new()
    };
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        out.push(rule_paragraph(if i == 0 { THICK_RULE } else { THIN_RULE }, &frame));
        let mut p = two_sided(&line.left, &line.right, size::HAO_4, IMPRINT_ROW_MM, geo);
        p.property = p.property.frame_property(frame.clone());
        out.push(p);
    }
    out.push(rule_paragraph(THICK_RULE, &frame));
    out
}

/// §7.3.5.1: the date four characters in from the right, the issuer centred over it.
fn signature(issuer: &str, date: &str, geo: &PageGeometry) -> Vec<Paragraph> {
    let grid = geo.grid_line();
    let em = chars(1.0, size::HAO_3) as f32;
    let date_right = 4.0 * em;
    let issuer_right = date_right + (ems(date) - ems(issuer)) * em / 2.0;
    let line = |text: &str, right: f32, before: f32| {
        spaced_paragraph(grid, 0.0)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Exact)
                    .line(twips(grid))
                    .before(twips(before) as u32),
            )
            .align(AlignmentType::Right)
            .indent(None, None, Some(right.max(em).round() as i32), None)
            .add_run(run(text, FontRole::Body, size::HAO_3))
    };
    vec![line(issuer, issuer_right, grid * 2.0), line(date, date_right, 0.0)]
}

fn blocks(b: &Block, geo: &PageGeometry) -> Vec<Paragraph> {
    match b {
        Block::Masthead {
            mark,
            number,
            issuer,
            date,
        } => masthead(mark, number, issuer, date, geo),
        Block::Signature { issuer, date } => signature(issuer, date, geo),
        Block::Imprint(lines) => imprint(lines, geo),
        Block::Title(t) => vec![title(t, geo)],
        other => block(other, geo).into_iter().collect(),
    }
}

fn block(block: &Block, geo: &PageGeometry) -> Option<Paragraph> {
    let grid = geo.grid_line();
    let body = |text: &str| run(text, FontRole::Body, size::HAO_3);
    Some(match block {
        Block::Subtitle(t) => {
            line_paragraph(grid)
                .align(AlignmentType::Center)
                .add_run(run(t, FontRole::Heading2, size::HAO_3))
        }
        Block::Heading1(t) => indented(t, FontRole::Heading1, grid).keep_next(true),
        Block::Heading2(t) => indented(t, FontRole::Heading2, grid).keep_next(true),
        Block::Paragraph(t) => indented(t, FontRole::Body, grid),
        Block::Names(t) => indented(&names_kept(t), FontRole::Body, grid),
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
            hanging(chars(2.0, size::HAO_3), width, Some(label), &names_kept(text), grid)
        }
        Block::Line { left, right, size } => line_paragraph(pt_to_mm(*size) * 1.8)
            .add_tab(Tab::new().val(TabValueType::Right).pos(twips(geo.block_width) as usize))
            .add_run(run(left, FontRole::Body, *size))
            .add_run(Run::new().add_tab())
            .add_run(run(right, FontRole::Body, *size)),
        Block::Note { text, size } => line_paragraph(pt_to_mm(*size) * 1.5).add_run(run(text, FontRole::Body, *size)),
        Block::PageBreak => Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
        Block::Space(lines) => line_paragraph(grid * lines),
        // Word keeps its own lines together; the PDF's page breaks are not the Word file's.
        Block::Together(_) => return None,
        Block::Table(_) | Block::Masthead { .. } | Block::Imprint(_) | Block::Signature { .. } | Block::Title(_) => {
            return None
        }
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

fn table(t: &Table, geo: &PageGeometry) -> docx_rs::Table {
    let t = &t.fitted(geo.block_width);
    let header = TableRow::new(
        t.columns
            .iter()
            .map(|c| cell(&c.header, FontRole::Heading1, t.size, c.width, Align::Center))
            .collect(),
    );
    let rows = t.rows.iter().map(|row| {
        let row = TableRow::new(
            t.columns
                .iter()
                .zip(row)
                .map(|(c, text)| cell(text, FontRole::Body, t.size, c.width, c.align))
                .collect(),
        )
        .cant_split();
        if t.row_height > 0.0 {
            // Twips, at least this tall.
            row.row_height(twips(t.row_height) as f32)
                .height_rule(HeightRule::AtLeast)
        } else {
            row
        }
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
    // The digit is a PAGE field whose runs carry the dashes' font and size, so Word does not
    // fall back to its default size for it.
    let styled = |r: Run| {
        r.fonts(RunFonts::new().ascii("宋体").hi_ansi("宋体").east_asia("宋体"))
            .size(half_points(size::HAO_4))
    };
    let field = [
        styled(Run::new().add_field_char(FieldCharType::Begin, false)),
        styled(Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new()))),
        styled(Run::new().add_field_char(FieldCharType::Separate, false)),
        styled(Run::new().add_text("1")),
        styled(Run::new().add_field_char(FieldCharType::End, false)),
    ];
    let mut p = Paragraph::new()
        .align(align)
        .indent(indent.0, None, indent.1, None)
        .add_run(styled(Run::new().add_text("— ")));
    for r in field {
        p = p.add_run(r);
    }
    Footer::new().add_paragraph(p.add_run(styled(Run::new().add_text(" —"))))
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

/// GB/T 9704's 22 lines as the document's line grid (225/22 mm a line); the 28 characters a
/// line come from the body runs' spacing, which every word processor honours alike.
fn document_grid(docx: Docx, geo: &PageGeometry) -> Docx {
    let grid = DocGrid::new()
        .grid_type(DocGridType::Lines)
        .line_pitch(twips(geo.grid_line()) as usize);
    let mut docx = docx;
    docx.document.section_property = docx.document.section_property.clone().doc_grid(grid);
    docx
}

/// Renders `doc` to the bytes of a .docx file.
pub fn render(doc: &Document) -> Result<Vec<u8>> {
    let geo = PageGeometry::a4(doc.orientation);
    let mut docx = page_setup(Docx::new(), doc.orientation, &geo)
        .default_fonts(RunFonts::new().east_asia(FontRole::Body.word_name()))
        .default_size(half_points(size::HAO_3));
    if doc.numbered {
        docx = docx.footer(page_number(true)).even_footer(page_number(false));
    }
    let mut docx = document_grid(docx, &geo);
    for b in &doc.blocks {
        docx = match b {
            Block::Table(t) => docx.add_table(table(t, &geo)),
            _ => blocks(b, &geo).into_iter().fold(docx, Docx::add_paragraph),
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.pack(&mut out)
        .map_err(|e| CoreError::storage(format!("无法生成Word文件：{e}")))?;
    docx_package::finish(out.into_inner(), &doc.meta)
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
    fn names_in_a_list_are_joined_and_units_left_breakable() {
        assert_eq!(
            names_kept("彭淑敏（市平安建设事务服务中心）、各专项行动牵头单位"),
            "彭\u{2060}淑\u{2060}敏（市平安建设事务服务中心）、各专项行动牵头单位"
        );
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
            row_height: 0.0,
        }));
        let xml = document_xml(&doc);
        assert!(xml.contains("w:orient=\"landscape\""), "{xml}");
        // The columns are fitted to the landscape block; 签名 keeps the room it asked for.
        let widths: Vec<i32> = xml
            .split("<w:gridCol w:w=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(widths.len(), 2, "{xml}");
        assert!((widths.iter().sum::<i32>() - twips(225.0)).abs() <= 2, "{widths:?}");
        assert!(widths[1] >= twips(60.0), "{widths:?}");
        assert!(xml.contains(">序号</w:t>") && xml.contains(">签名</w:t>"));
    }
}
