//! Flows a `Document` onto pages: every line gets its place, tables continue across pages with
//! their header row repeated, and each page gets its number.

use super::document::{Align, Block, Document, Ink, Style, Table};
use super::fonts::{FontRole, FontSet};
use super::linebreak::{break_text, Breaking, Keep};
use super::page::{page_number_text, pt_to_mm, size, PageGeometry};
use super::table_fit::CELL_PAD_X;
use super::title::title_lines;

mod official;

/// A line of text at its place: `x` is its left edge, `baseline` is measured from the top of
/// the sheet, both in millimetres.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub x: f32,
    pub baseline: f32,
    pub style: Style,
    pub text: String,
}

/// A ruled line from one point to another, in millimetres from the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub from: (f32, f32),
    pub to: (f32, f32),
    /// Thickness in points.
    pub weight: f32,
    pub ink: Ink,
}

/// Table lines, and the thin rules inside a 版记.
const THIN: f32 = 0.6;
/// GB/T 9704 §7.4.1: the 版记's first and last rules are thick (0.35 mm recommended).
const THICK: f32 = 1.0;

fn rule(from: (f32, f32), to: (f32, f32)) -> Rule {
    Rule {
        from,
        to,
        weight: THIN,
        ink: Ink::Black,
    }
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub texts: Vec<Placed>,
    pub rules: Vec<Rule>,
}

pub struct Composed {
    pub geometry: PageGeometry,
    pub pages: Vec<Page>,
}

const CELL_PAD_Y: f32 = 1.2;

struct Composer<'a> {
    fonts: &'a FontSet,
    geo: PageGeometry,
    pages: Vec<Page>,
    /// Top of the next line, in mm from the top of the sheet.
    y: f32,
}

pub fn compose(doc: &Document, fonts: &FontSet) -> Composed {
    let geo = PageGeometry::a4(doc.orientation);
    let mut c = Composer {
        fonts,
        geo,
        pages: vec![Page::default()],
        y: geo.top,
    };
    // Each table's columns are fitted to its content once, before anything is placed.
    let blocks: Vec<Block> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Table(t) => Block::Table(t.fitted(geo.block_width)),
            other => other.clone(),
        })
        .collect();
    for (i, block) in blocks.iter().enumerate() {
        // A heading, or a line that introduces what follows (“会议议定以下事项：”), never ends a page.
        let leads_in = matches!(block, Block::Paragraph(t) if t.ends_with('：'));
        if leads_in || matches!(block, Block::Heading1(_) | Block::Heading2(_)) {
            c.keep_with_next(blocks.get(i + 1));
        }
        c.block(block);
    }
    if doc.numbered {
        c.number_pages();
    }
    Composed {
        geometry: geo,
        pages: c.pages,
    }
}

impl Composer<'_> {
    fn body(&self) -> Style {
        let em = pt_to_mm(size::HAO_3);
        Style {
            role: FontRole::Body,
            size: size::HAO_3,
            pitch: self.geo.grid_line(),
            tracking: (156.0 / 28.0 - em).min(0.0),
            ink: Ink::Black,
        }
    }

    /// One character of the 28-character grid.
    fn grid_char(&self) -> f32 {
        let body = self.body();
        pt_to_mm(body.size) + body.tracking
    }

    fn style(&self, role: FontRole, size: f32, pitch: f32) -> Style {
        Style {
            role,
            size,
            pitch,
            tracking: 0.0,
            ink: Ink::Black,
        }
    }

    /// How a block of running text breaks: full-width marks may give up half their width.
    fn running(&self, keep: Keep) -> Breaking {
        Breaking {
            keep,
            squeeze: pt_to_mm(size::HAO_3) * 0.5,
        }
    }

    fn block(&mut self, block: &Block) {
        let grid = self.geo.grid_line();
        match block {
            Block::Masthead {
                mark,
                number,
                issuer,
                date,
            } => self.masthead(mark, number, issuer, date),
            Block::Imprint(lines) => self.imprint(lines),
            Block::Signature { issuer, date } => self.signature(issuer, date),
            Block::Title(t) => self.title(t),
            Block::Subtitle(t) => self.lines(
                t,
                Style {
                    role: FontRole::Heading2,
                    ..self.body()
                },
                Align::Center,
                0.0,
            ),
            Block::Heading1(t) => self.lines(
                t,
                Style {
                    role: FontRole::Heading1,
                    ..self.body()
                },
                Align::Left,
                2.0,
            ),
            Block::Heading2(t) => self.lines(
                t,
                Style {
                    role: FontRole::Heading2,
                    ..self.body()
                },
                Align::Left,
                2.0,
            ),
            Block::Paragraph(t) => self.lines(t, self.body(), Align::Left, 2.0),
            Block::Names(t) => self.lines_kept(t, self.body(), Align::Left, 2.0, Keep::Names),
            Block::Entry {
                label,
                label_chars,
                text,
            } => self.entry(label, *label_chars, text),
            Block::Roll { label, text } => self.roll(label, text),
            Block::Table(t) => self.table(t),
            Block::Line { left, right, size } => self.split_line(left, right, *size),
            Block::Note { text, size } => {
                let style = self.style(FontRole::Body, *size, pt_to_mm(*size) * 1.5);
                self.lines(text, style, Align::Left, 0.0);
            }
            Block::PageBreak => {
                if self.y > self.geo.top {
                    self.new_page();
                }
            }
            Block::Space(lines) => self.y += grid * lines,
            Block::Together(lines) => self.ensure(grid * lines),
        }
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("at least one page")
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.geo.top;
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.geo.bottom() + 0.01 && self.y > self.geo.top {
            self.new_page();
        }
    }

    fn measure(&self, style: Style, text: &str) -> f32 {
        let em = pt_to_mm(style.size);
        self.fonts.width_em(style.role, text) * em + style.tracking * text.chars().count() as f32
    }

    /// The lines of `text`, each with whether it ends a paragraph (and so is not justified).
    fn wrap(&self, text: &str, style: Style, first_width: f32, width: f32, how: Breaking) -> Vec<(String, bool)> {
        break_text(text, first_width, width, &|t| self.measure(style, t), how)
    }

    /// `style` with its character spacing opened or closed so `line` spans exactly `width`,
    /// as Word and WPS justify Chinese text to the grid. A line that would open by more than a
    /// third of a character between letters (a long name moved down whole) stays as set.
    fn justified(&self, style: Style, line: &str, width: f32) -> Style {
        let gaps = line.chars().count().saturating_sub(1);
        if gaps == 0 {
            return style;
        }
        let bare = self.measure(Style { tracking: 0.0, ..style }, line);
        let tracking = (width - bare) / gaps as f32;
        if tracking - style.tracking > pt_to_mm(style.size) / 3.0 {
            return style;
        }
        Style { tracking, ..style }
    }

    fn place(&mut self, x: f32, top: f32, style: Style, text: String) {
        let baseline = top + style.pitch / 2.0 + pt_to_mm(style.size) * 0.35;
        self.page().texts.push(Placed {
            x,
            baseline,
            style,
            text,
        });
    }

    /// Wrapped lines across the text block; `indent_chars` (of the grid) indents the first line.
    /// Left-aligned lines are justified to the block except the last of each paragraph.
    fn lines(&mut self, text: &str, style: Style, align: Align, indent_chars: f32) {
        self.lines_kept(text, style, align, indent_chars, Keep::Numbers);
    }

    fn lines_kept(&mut self, text: &str, style: Style, align: Align, indent_chars: f32, keep: Keep) {
        let indent = indent_chars * self.grid_char();
        let width = self.geo.block_width;
        let how = self.running(keep);
        for (i, (line, last)) in self
            .wrap(text, style, width - indent, width, how)
            .into_iter()
            .enumerate()
        {
            self.ensure(style.pitch);
            let w = self.measure(style, &line);
            let left = self.geo.left;
            let (x, style) = match align {
                Align::Left => {
                    let x = if i == 0 { left + indent } else { left };
                    let fill = left + width - x;
                    // A squeezed line is always closed up to the block, even a paragraph's last.
                    let open = last && w <= fill + 0.01;
                    (
                        x,
                        if open {
                            style
                        } else {
                            self.justified(style, &line, fill)
                        },
                    )
                }
                Align::Center => (left + (width - w) / 2.0, style),
                Align::Right => (left + width - w, style),
            };
            let top = self.y;
            self.place(x, top, style, line);
            self.y += style.pitch;
        }
    }

    /// A title in the title font, shaped as GB/T 9704 §7.3.1 asks, with half a line under it.
    fn title(&mut self, text: &str) {
        let grid = self.geo.grid_line();
        let style = self.style(FontRole::Title, size::HAO_2, grid * 1.25);
        let width = self.geo.block_width;
        for line in title_lines(text, width, &|t| self.measure(style, t)) {
            self.ensure(style.pitch);
            let w = self.measure(style, &line);
            let top = self.y;
            self.place(self.geo.left + (width - w) / 2.0, top, style, line);
            self.y += style.pitch;
        }
        self.y += grid * 0.5;
    }

    fn split_line(&mut self, left: &str, right: &str, size: f32) {
        let style = self.style(FontRole::Body, size, pt_to_mm(size) * 1.8);
        self.ensure(style.pitch);
        let top = self.y;
        self.place(self.geo.left, top, style, left.to_owned());
        let w = self.measure(style, right);
        self.place(self.geo.left + self.geo.block_width - w, top, style, right.to_owned());
        self.y += style.pitch;
    }

    fn entry(&mut self, label: &str, label_chars: f32, text: &str) {
        let style = self.body();
        let label_width = label_chars * self.grid_char();
        self.hanging(label, style, 0.0, label_width, text);
    }

    /// GB/T 9704 §10.3: indented two characters, the label in 黑体, the names after it.
    fn roll(&mut self, label: &str, text: &str) {
        let body = self.body();
        let label_style = Style {
            role: FontRole::Heading1,
            ..body
        };
        let indent = 2.0 * self.grid_char();
        let label_width = self.measure(label_style, label);
        self.hanging(label, label_style, indent, label_width, text);
    }

    /// A label at `indent` and text after it whose wrapped lines align under its first line.
    fn hanging(&mut self, label: &str, label_style: Style, indent: f32, label_width: f32, text: &str) {
        let style = self.body();
        let width = self.geo.block_width - indent - label_width;
        let lines = self.wrap(text, style, width, width, self.running(Keep::Names));
        // Keep an entry's lines together when it is short: a name should not lose its post.
        if lines.len() <= 3 {
            self.ensure(style.pitch * lines.len() as f32);
        }
        for (i, (line, last)) in lines.into_iter().enumerate() {
            self.ensure(style.pitch);
            let top = self.y;
            if i == 0 && !label.is_empty() {
                self.place(self.geo.left + indent, top, label_style, label.to_owned());
            }
            let open = last && self.measure(style, &line) <= width + 0.01;
            let line_style = if open {
                style
            } else {
                self.justified(style, &line, width)
            };
            self.place(self.geo.left + indent + label_width, top, line_style, line);
            self.y += style.pitch;
        }
    }

    /// A heading never ends a page: it moves to the next one unless what follows it starts here too.
    fn keep_with_next(&mut self, next: Option<&Block>) {
        let line = self.geo.grid_line();
        let lead = match next {
            Some(Block::Table(t)) => self.table_lead(t),
            Some(_) => line,
            None => 0.0,
        };
        self.ensure(line + lead);
    }

    fn table_styles(&self, table: &Table) -> (Style, Style) {
        let pitch = pt_to_mm(table.size) * 1.45;
        (
            self.style(FontRole::Body, table.size, pitch),
            self.style(FontRole::Heading1, table.size, pitch),
        )
    }

    fn header_lines(&self, table: &Table, head: Style) -> Vec<Vec<String>> {
        let headers: Vec<String> = table.columns.iter().map(|c| c.header.clone()).collect();
        self.cell_lines(table, &headers, head)
    }

    /// The runs of columns under one group heading, as (first, past the last, the heading's
    /// lines); a column in no group is a run of its own with no lines.
    fn column_groups(&self, table: &Table, head: Style) -> Vec<(usize, usize, Vec<String>)> {
        let cols = &table.columns;
        let mut runs = Vec::new();
        let mut first = 0;
        while first < cols.len() {
            let group = &cols[first].group;
            let mut end = first + 1;
            while !group.is_empty() && end < cols.len() && cols[end].group == *group {
                end += 1;
            }
            let lines = if group.is_empty() {
                Vec::new()
            } else {
                let width = cols[first..end].iter().map(|c| c.width).sum::<f32>() - 2.0 * CELL_PAD_X;
                let how = Breaking {
                    keep: Keep::Words,
                    squeeze: 0.0,
                };
                self.wrap(group, head, width, width, how)
                    .into_iter()
                    .map(|(l, _)| l)
                    .collect()
            };
            runs.push((first, end, lines));
            first = end;
        }
        runs
    }

    /// The height of the group headings' row; none when no column has a group.
    fn group_height(&self, table: &Table, head: Style) -> f32 {
        let runs = self.column_groups(table, head);
        let most = runs.iter().map(|(_, _, l)| l.len()).max().unwrap_or(0);
        if most == 0 {
            0.0
        } else {
            most as f32 * head.pitch + 2.0 * CELL_PAD_Y
        }
    }

    /// The whole header: the group headings' row, when there is one, and the column headers.
    fn header_height(&self, table: &Table, lines: &[Vec<String>], head: Style) -> f32 {
        self.group_height(table, head) + row_height(lines, head.pitch)
    }

    /// The header row and the first row, which moves whole to the next page unless it is taller
    /// than a page: a table never starts with its header alone.
    fn table_lead(&self, table: &Table) -> f32 {
        let (body, head) = self.table_styles(table);
        let header = self.header_height(table, &self.header_lines(table, head), head);
        let first = match table.rows.first() {
            Some(row) => row_height(&self.cell_lines(table, row, body), body.pitch).max(table.row_height),
            None => 0.0,
        };
        let one_line = body.pitch + 2.0 * CELL_PAD_Y;
        header + first.clamp(one_line, (self.geo.block_height - header).max(one_line))
    }

    /// A table whose columns are already fitted.
    fn table(&mut self, table: &Table) {
        let (body, head) = self.table_styles(table);
        let header_lines = self.header_lines(table, head);
        let header_height = self.header_height(table, &header_lines, head);
        self.ensure(self.table_lead(table));
        self.table_header(table, &header_lines, head);
        for row in &table.rows {
            let mut lines = self.cell_lines(table, row, body);
            loop {
                let height = row_height(&lines, body.pitch).max(table.row_height);
                if self.y + height <= self.geo.bottom() + 0.01 {
                    self.table_row(table, &lines, body, height, false);
                    break;
                }
                // A row taller than what is left breaks across the page, as Word lets rows
                // break, keeping at least two lines on each side; shorter rows move whole.
                let room = self.geo.bottom() - self.y - 2.0 * CELL_PAD_Y;
                let most = lines.iter().map(Vec::len).max().unwrap_or(0);
                let fits = ((room / body.pitch).floor().max(0.0) as usize).min(most.saturating_sub(2));
                let too_tall = height > self.geo.block_height - header_height;
                if (too_tall && fits > 0) || fits >= 2 {
                    let rest = split_lines(&mut lines, fits);
                    let h = row_height(&lines, body.pitch);
                    self.table_row(table, &lines, body, h, false);
                    lines = rest;
                }
                self.new_page();
                self.table_header(table, &header_lines, head);
            }
        }
    }

    fn cell_lines(&self, table: &Table, cells: &[String], style: Style) -> Vec<Vec<String>> {
        table
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let text = cells.get(i).map(String::as_str).unwrap_or("");
                let width = col.width - 2.0 * CELL_PAD_X;
                let how = Breaking {
                    keep: col.keep,
                    squeeze: 0.0,
                };
                self.wrap(text, style, width, width, how)
                    .into_iter()
                    .map(|(l, _)| l)
                    .collect()
            })
            .collect()
    }

    /// The header at the top of the table and of each page it runs onto. Under a group heading
    /// the columns' headers share the lower row; a column in no group fills both rows.
    fn table_header(&mut self, table: &Table, lines: &[Vec<String>], head: Style) {
        let group_height = self.group_height(table, head);
        if group_height == 0.0 {
            let height = row_height(lines, head.pitch);
            self.table_row(table, lines, head, height, true);
            return;
        }
        let top = self.y;
        let total = group_height + row_height(lines, head.pitch);
        let left = self.geo.left;
        let right = left + table.columns.iter().map(|c| c.width).sum::<f32>();
        self.page().rules.push(rule((left, top), (right, top)));
        let mut x = left;
        for (first, end, label) in self.column_groups(table, head) {
            let width: f32 = table.columns[first..end].iter().map(|c| c.width).sum();
            self.page().rules.push(rule((x, top), (x, top + total)));
            if label.is_empty() {
                self.centred_lines(&lines[first], head, x, width, top, total);
            } else {
                self.centred_lines(&label, head, x, width, top, group_height);
                self.page()
                    .rules
                    .push(rule((x, top + group_height), (x + width, top + group_height)));
                let mut cx = x;
                for (col, cell) in table.columns[first..end].iter().zip(&lines[first..end]) {
                    if cx > x {
                        self.page()
                            .rules
                            .push(rule((cx, top + group_height), (cx, top + total)));
                    }
                    self.centred_lines(cell, head, cx, col.width, top + group_height, total - group_height);
                    cx += col.width;
                }
            }
            x += width;
        }
        let page = self.page();
        page.rules.push(rule((right, top), (right, top + total)));
        page.rules.push(rule((left, top + total), (right, top + total)));
        self.y += total;
    }

    /// `lines` centred across `width` from `x` and down `height` from `top`.
    fn centred_lines(&mut self, lines: &[String], style: Style, x: f32, width: f32, top: f32, height: f32) {
        let start = top + (height - lines.len() as f32 * style.pitch) / 2.0;
        for (i, line) in lines.iter().enumerate() {
            let w = self.measure(style, line);
            self.place(
                x + (width - w) / 2.0,
                start + i as f32 * style.pitch,
                style,
                line.clone(),
            );
        }
    }

    fn table_row(&mut self, table: &Table, lines: &[Vec<String>], style: Style, height: f32, header: bool) {
        let top = self.y;
        let left = self.geo.left;
        let right = left + table.columns.iter().map(|c| c.width).sum::<f32>();
        if header {
            self.page().rules.push(rule((left, top), (right, top)));
        }
        let mut x = left;
        for (col, cell) in table.columns.iter().zip(lines) {
            let start = top + (height - cell.len() as f32 * style.pitch) / 2.0;
            for (i, line) in cell.iter().enumerate() {
                let w = self.measure(style, line);
                let align = if header { Align::Center } else { col.align };
                let lx = match align {
                    Align::Left => x + CELL_PAD_X,
                    Align::Center => x + (col.width - w) / 2.0,
                    Align::Right => x + col.width - CELL_PAD_X - w,
                };
                self.place(lx, start + i as f32 * style.pitch, style, line.clone());
            }
            self.page().rules.push(rule((x, top), (x, top + height)));
            x += col.width;
        }
        let page = self.page();
        page.rules.push(rule((right, top), (right, top + height)));
        page.rules.push(rule((left, top + height), (right, top + height)));
        self.y += height;
    }

    fn number_pages(&mut self) {
        let style = self.style(FontRole::Body, size::HAO_4, pt_to_mm(size::HAO_4));
        for n in 1..=self.pages.len() {
            let text = page_number_text(n);
            let w = self.measure(style, &text);
            let (x, baseline) = self.geo.page_number_at(n, w);
            self.pages[n - 1].texts.push(Placed {
                x,
                baseline,
                style,
                text,
            });
        }
    }
}

fn row_height(lines: &[Vec<String>], pitch: f32) -> f32 {
    let most = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    most as f32 * pitch + 2.0 * CELL_PAD_Y
}

/// Keeps the first `n` lines of every cell in `lines` and returns the rest.
fn split_lines(lines: &mut [Vec<String>], n: usize) -> Vec<Vec<String>> {
    lines
        .iter_mut()
        .map(|cell| if cell.len() > n { cell.split_off(n) } else { Vec::new() })
        .collect()
}
