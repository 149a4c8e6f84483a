//! Turns composed pages into a PDF with printpdf: each line in its own text section (its
//! cursor is relative), fonts embedded and subset, real text for copy and search.

use printpdf::{
    Codepoint, Color, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point,
    Pt, TextItem,
};

use super::compose::{Composed, Placed, Rule};
use super::fonts::FontSet;
use super::page::{pt_to_mm, PT_PER_MM};

fn point(x_mm: f32, y_from_top_mm: f32, page_height: f32) -> Point {
    Point {
        x: Mm(x_mm).into(),
        y: Mm(page_height - y_from_top_mm).into(),
    }
}

fn text_ops(placed: &Placed, fonts: &FontSet, ids: &[printpdf::FontId], page_height: f32, ops: &mut Vec<Op>) {
    let em = pt_to_mm(placed.style.size);
    let mut x = placed.x;
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

fn rule_op(rule: &Rule, page_height: f32) -> Op {
    let p = |(x, y): (f32, f32)| LinePoint {
        p: point(x, y, page_height),
        bezier: false,
    };
    Op::DrawLine {
        line: Line {
            points: vec![p(rule.from), p(rule.to)],
            is_closed: false,
        },
    }
}

/// The PDF file's bytes.
pub fn render(title: &str, composed: &Composed, fonts: &FontSet) -> Vec<u8> {
    let mut doc = PdfDocument::new(title);
    let ids: Vec<printpdf::FontId> = fonts.faces.iter().map(|f| doc.add_font(&f.font)).collect();
    let geo = composed.geometry;
    let pages = composed
        .pages
        .iter()
        .map(|page| {
            let mut ops = vec![
                Op::SetOutlineColor {
                    col: Color::Greyscale(Greyscale {
                        percent: 0.0,
                        icc_profile: None,
                    }),
                },
                Op::SetOutlineThickness { pt: Pt(0.6) },
            ];
            ops.extend(page.rules.iter().map(|r| rule_op(r, geo.height)));
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
    doc.with_pages(pages).save(&options, &mut Vec::new())
}
