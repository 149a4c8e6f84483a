//! Turns composed pages into a PDF with printpdf: each line in its own text section (its
//! cursor is relative), fonts embedded and subset, real text for copy and search.

use printpdf::{
    Codepoint, Color, DateTime, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};

use super::compose::{Composed, Placed, Rule};
use super::document::{Ink, Metadata};
use super::fonts::FontSet;
use super::page::{pt_to_mm, PT_PER_MM};

fn point(x_mm: f32, y_from_top_mm: f32, page_height: f32) -> Point {
    Point {
        x: Mm(x_mm).into(),
        y: Mm(page_height - y_from_top_mm).into(),
    }
}

fn color(ink: Ink) -> Color {
    match ink {
        Ink::Black => Color::Greyscale(Greyscale {
            percent: 0.0,
            icc_profile: None,
        }),
        // The red of a 版头.
        Ink::Red => Color::Rgb(Rgb {
            r: 0.9,
            g: 0.0,
            b: 0.0,
            icc_profile: None,
        }),
    }
}

fn text_ops(placed: &Placed, fonts: &FontSet, ids: &[printpdf::FontId], page_height: f32, ops: &mut Vec<Op>) {
    let em = pt_to_mm(placed.style.size);
    let mut x = placed.x;
    ops.push(Op::SetFillColor {
        col: color(placed.style.ink),
    });
    for run in fonts.runs(placed.style.role, &placed.text) {
        ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(ids[run.face].clone()),
                size: Pt(placed.style.size),
            },
            Op::SetCharacterSpacing {
                multiplier: placed.style.tracking * PT_PER_MM,
            },
            Op::SetTextCursor {
                pos: point(x, placed.baseline, page_height),
            },
            // Glyph ids we already looked up, each with its character for copy and search:
            // printpdf would otherwise look every character up in the font's cmap again.
            Op::ShowText {
                items: vec![TextItem::GlyphIds(
                    run.glyphs
                        .iter()
                        .zip(run.text.chars())
                        .map(|(&gid, c)| Codepoint {
                            gid,
                            offset: 0.0,
                            cid: Some(c.to_string()),
                        })
                        .collect(),
                )],
            },
            Op::EndTextSection,
        ]);
        x += run.width_em * em + placed.style.tracking * run.text.chars().count() as f32;
    }
}

fn rule_ops(rule: &Rule, page_height: f32) -> [Op; 3] {
    let p = |(x, y): (f32, f32)| LinePoint {
        p: point(x, y, page_height),
        bezier: false,
    };
    [
        Op::SetOutlineColor { col: color(rule.ink) },
        Op::SetOutlineThickness { pt: Pt(rule.weight) },
        Op::DrawLine {
            line: Line {
                points: vec![p(rule.from), p(rule.to)],
                is_closed: false,
            },
        },
    ]
}

fn stamp(doc: &mut PdfDocument, meta: &Metadata) {
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.creator = meta.creator.clone();
    info.producer = meta.creator.clone();
    if let Ok(when) = DateTime::from_unix_timestamp(meta.created) {
        info.creation_date = when;
        info.modification_date = when;
        info.metadata_date = when;
    }
}

/// printpdf always writes a `GTS_PDFXVersion` key, empty for a file that claims no PDF/X
/// conformance; readers then show an empty PDF/X marker. Blanking it in place keeps every
/// byte offset of the cross-reference table valid.
fn blank_empty_pdfx_marker(bytes: &mut [u8]) {
    const KEY: &[u8] = b"/GTS_PDFXVersion()";
    if let Some(at) = bytes.windows(KEY.len()).position(|w| w == KEY) {
        bytes[at..at + KEY.len()].fill(b' ');
    }
}

/// The PDF file's bytes.
pub fn render(title: &str, meta: &Metadata, composed: &Composed, fonts: &FontSet) -> Vec<u8> {
    let mut doc = PdfDocument::new(title);
    stamp(&mut doc, meta);
    let ids: Vec<printpdf::FontId> = fonts.faces.iter().map(|f| doc.add_font(&f.font)).collect();
    let geo = composed.geometry;
    let pages = composed
        .pages
        .iter()
        .map(|page| {
            let mut ops: Vec<Op> = page.rules.iter().flat_map(|r| rule_ops(r, geo.height)).collect();
            for placed in &page.texts {
                text_ops(placed, fonts, &ids, geo.height, &mut ops);
            }
            PdfPage::new(Mm(geo.width), Mm(geo.height), ops)
        })
        .collect();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut bytes = doc.with_pages(pages).save(&options, &mut Vec::new());
    blank_empty_pdfx_marker(&mut bytes);
    bytes
}
