//! Page geometry after GB/T 9704-2012: A4, top margin 37 mm, left 28 mm, a 156 × 225 mm text
//! block of 22 lines; page numbers 4号 as “— N —”, 7 mm below the block, odd pages on the
//! right and even pages on the left, each one character in from the edge of the block.

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

pub fn pt_to_mm(pt: f32) -> f32 {
    pt / PT_PER_MM
}

/// Font sizes by their Chinese names.
pub mod size {
    pub const HAO_2: f32 = 22.0;
    pub const HAO_3: f32 = 16.0;
    pub const HAO_4: f32 = 14.0;
    pub const XIAO_4: f32 = 12.0;
    pub const HAO_5: f32 = 10.5;
    pub const XIAO_5: f32 = 9.0;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub top: f32,
    pub block_width: f32,
    pub block_height: f32,
}

impl PageGeometry {
    pub fn a4(orientation: Orientation) -> Self {
        match orientation {
            Orientation::Portrait => Self {
                width: 210.0,
                height: 297.0,
                left: 28.0,
                top: 37.0,
                block_width: 156.0,
                block_height: 225.0,
            },
            // The same block turned on its side, centred on the sheet.
            Orientation::Landscape => Self {
                width: 297.0,
                height: 210.0,
                left: 36.0,
                top: 24.0,
                block_width: 225.0,
                block_height: 156.0,
            },
        }
    }

    pub fn bottom(&self) -> f32 {
        self.top + self.block_height
    }

    pub fn right(&self) -> f32 {
        self.left + self.block_width
    }

    /// One line of the 22-line grid.
    pub fn grid_line(&self) -> f32 {
        225.0 / 22.0
    }

    /// Where “— N —” goes on page `number` (1-based): its left edge and baseline, in mm from the
    /// top-left corner, given the text's width.
    pub fn page_number_at(&self, number: usize, text_width: f32) -> (f32, f32) {
        let em = pt_to_mm(size::HAO_4);
        let baseline = self.bottom() + 7.0 + em * 0.88;
        let x = if number % 2 == 1 {
            self.right() - em - text_width
        } else {
            self.left + em
        };
        (x, baseline)
    }
}

pub fn page_number_text(number: usize) -> String {
    format!("— {number} —")
}
