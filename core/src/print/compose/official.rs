//! The parts of a 公文 outside its body text, placed where GB/T 9704 puts them: a 纪要's red
//! 版头 (§10.3), the issuing body and date under a 通知 (§7.3.5.1) and the 版记 (§7.4).

use super::{rule, Composer, Rule, THICK, THIN};
use crate::print::document::{ImprintLine, Ink, Style};
use crate::print::fonts::FontRole;
use crate::print::linebreak::{break_with, Breaking, Keep};
use crate::print::page::{pt_to_mm, size};
use crate::print::title::title_lines;

/// Sizes tried for a 纪要 mark, largest first: the largest that fits one line is used.
const MARK_SIZES: [f32; 4] = [36.0, 30.0, 26.0, size::HAO_2];
/// §10.3: the mark's upper edge is 35 mm below the block's upper edge.
const MARK_DROP: f32 = 35.0;
/// Rows of a 版记, in millimetres.
const IMPRINT_PITCH: f32 = 8.0;

impl Composer<'_> {
    fn red_rule(&mut self, y: f32, weight: f32) {
        let (left, right) = (self.geo.left, self.geo.right());
        self.page().rules.push(Rule {
            weight,
            ink: Ink::Red,
            ..rule((left, y), (right, y))
        });
    }

    /// The mark two lines above the number, the issuer and date a line below it, a red rule.
    pub(super) fn masthead(&mut self, mark: &str, number: &str, issuer: &str, date: &str) {
        let grid = self.geo.grid_line();
        let width = self.geo.block_width;
        let mut style = self.style(FontRole::Title, size::HAO_2, 0.0);
        style.ink = Ink::Red;
        for size in MARK_SIZES {
            style.size = size;
            if self.measure(style, mark) <= width {
                break;
            }
        }
        style.pitch = pt_to_mm(style.size) * 1.2;
        self.y = self.geo.top + MARK_DROP;
        // A mark too long for one line at 二号 is shaped as a title is.
        for line in title_lines(mark, width, &|t| self.measure(style, t)) {
            let w = self.measure(style, &line);
            let top = self.y;
            self.place(self.geo.left + (width - w).max(0.0) / 2.0, top, style, line);
            self.y += style.pitch;
        }
        self.y += grid * 2.0;
        let body = self.body();
        if !number.is_empty() {
            let w = self.measure(body, number);
            let top = self.y;
            self.place(self.geo.left + (width - w) / 2.0, top, body, number.to_owned());
            self.y += grid * 2.0;
        }
        let one = self.grid_char();
        let top = self.y;
        self.place(self.geo.left + one, top, body, issuer.to_owned());
        let w = self.measure(body, date);
        self.place(self.geo.right() - one - w, top, body, date.to_owned());
        self.y += grid;
        let line = self.y + 2.0;
        self.red_rule(line, 1.5);
        self.y = line + grid;
    }

    /// Issuer centred over the date, the date four characters in from the right, leaving the
    /// seal's room above (it presses both, its top within a line of the text).
    pub(super) fn signature(&mut self, issuer: &str, date: &str) {
        let body = self.body();
        let one = self.grid_char();
        self.ensure(body.pitch * 4.0);
        self.y += body.pitch * 2.0;
        let date_w = self.measure(body, date);
        let date_x = self.geo.right() - 4.0 * one - date_w;
        let issuer_w = self.measure(body, issuer);
        let issuer_x = (date_x + (date_w - issuer_w) / 2.0).min(self.geo.right() - issuer_w);
        let top = self.y;
        self.place(issuer_x, top, body, issuer.to_owned());
        self.place(date_x, top + body.pitch, body, date.to_owned());
        self.y += body.pitch * 2.0;
    }

    /// §7.4: 4号 lines between a thick first rule and a thick last rule on the block's lower
    /// edge of the last page, thin rules between the lines.
    pub(super) fn imprint(&mut self, lines: &[ImprintLine]) {
        if lines.is_empty() {
            return;
        }
        let style = Style {
            pitch: IMPRINT_PITCH,
            ..self.style(FontRole::Body, size::HAO_4, IMPRINT_PITCH)
        };
        let wrapped: Vec<(f32, Vec<String>)> = lines.iter().map(|l| self.imprint_lines(l, style)).collect();
        let height: f32 = wrapped.iter().map(|(_, w)| IMPRINT_PITCH * w.len() as f32).sum();
        if self.y + height > self.geo.bottom() + 0.01 {
            self.new_page();
        }
        let one = pt_to_mm(size::HAO_4);
        let mut y = self.geo.bottom() - height;
        let (left, right) = (self.geo.left, self.geo.right());
        for (i, (line, (hang, texts))) in lines.iter().zip(wrapped).enumerate() {
            let weight = if i == 0 { THICK } else { THIN };
            self.page().rules.push(Rule {
                weight,
                ..rule((left, y), (right, y))
            });
            if !line.right.is_empty() {
                let w = self.measure(style, &line.right);
                self.place(right - one - w, y, style, line.right.clone());
            }
            for (j, text) in texts.into_iter().enumerate() {
                let x = if j == 0 { left + one } else { left + one + hang };
                self.place(x, y, style, text);
                y += IMPRINT_PITCH;
            }
        }
        self.page().rules.push(Rule {
            weight: THICK,
            ..rule((left, y), (right, y))
        });
        self.y = self.geo.bottom();
    }

    /// A 版记 line's left text broken to the room the right text leaves, continuation lines
    /// aligned after its “：” (§7.4.2); answers that indent and the lines.
    fn imprint_lines(&self, line: &ImprintLine, style: Style) -> (f32, Vec<String>) {
        let one = pt_to_mm(size::HAO_4);
        let right = if line.right.is_empty() {
            0.0
        } else {
            self.measure(style, &line.right) + one
        };
        let hang = line
            .left
            .find('：')
            .map_or(0.0, |i| self.measure(style, &line.left[..i + '：'.len_utf8()]));
        let first = self.geo.block_width - 2.0 * one - right;
        let rest = (first - hang).max(first / 2.0);
        let how = Breaking {
            keep: Keep::Words,
            squeeze: 0.0,
        };
        let texts = break_with(&line.left, first, rest, &|t| self.measure(style, t), how);
        (hang, if texts.is_empty() { vec![String::new()] } else { texts })
    }
}
