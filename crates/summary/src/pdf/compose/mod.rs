//! Lays an [`Outline`] out on A4 pages as a list of drawing operations.
//!
//! Everything is measured before it is placed, so nothing is clipped: a block
//! that does not fit moves to the next page, where its section heading is
//! repeated ("… (continued)") and so is a table's header row. A block taller
//! than a whole page is split between its lines.
mod blocks;
mod pref;
mod style;
mod table;
mod ticks;

use shopkeeper_l10n::{msg, Words};

use crate::outline::Outline;
use crate::pdf::text::{Line, Rgb, Run, Shaper, Style};
use crate::SummaryError;

pub(crate) use style::{sans, ACCENT, CONTENT_W, MARGIN_X, MUTED, PAGE_H, PAGE_W, RULE};
use style::{BOTTOM, TOP};

/// One thing to draw.
#[derive(Debug, Clone)]
pub(crate) enum Op {
    /// A shaped run with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        run: Run,
        color: Rgb,
    },
    /// A filled rectangle with rounded corners of radius `r`.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        r: f32,
        color: Rgb,
    },
}

/// Lines set in one style, placed in a column.
struct Cell {
    x: f32,
    w: f32,
    lines: Vec<Line>,
    style: Style,
    right: bool,
}

impl Cell {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.style.line_height()
    }
}

/// Lays out one customer's summary; returns its pages.
pub(crate) fn compose(sh: &Shaper<'_>, outline: &Outline) -> Result<Vec<Vec<Op>>, SummaryError> {
    let mut c = Composer {
        sh,
        pages: vec![Vec::new()],
        y: TOP,
        fresh: true,
        section: None,
        words: outline.words,
    };
    c.title(outline)?;
    for section in &outline.sections {
        c.heading(&section.heading, false)?;
        c.section = Some(section.heading.clone());
        for (i, block) in section.blocks.iter().enumerate() {
            if i > 0 {
                c.y += 8.0;
            }
            c.block(block)?;
        }
        c.section = None;
    }
    Ok(c.pages)
}
struct Composer<'s, 'a> {
    sh: &'s Shaper<'a>,
    pages: Vec<Vec<Op>>,
    /// Top of the free space on the current page.
    y: f32,
    /// Nothing but a continued heading is on the current page yet.
    fresh: bool,
    /// The section being laid out, repeated on a new page.
    section: Option<String>,
    /// The document's words ("(continued)", "Yes", "No").
    words: Words,
}
impl Composer<'_, '_> {
    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) -> Result<(), SummaryError> {
        self.pages.push(Vec::new());
        self.y = TOP;
        if let Some(heading) = self.section.clone() {
            let continued = self
                .words
                .say(&msg!("summary-continued", heading = heading));
            self.heading(&continued, true)?;
        }
        self.fresh = true;
        Ok(())
    }

    /// Makes room for `h` points, starting a new page when needed; says
    /// whether it did.
    pub(super) fn ensure(&mut self, h: f32) -> Result<bool, SummaryError> {
        if self.y + h > BOTTOM && !self.fresh {
            self.new_page()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub(super) fn set(
        &self,
        text: &str,
        style: &Style,
        width: f32,
    ) -> Result<Vec<Line>, SummaryError> {
        self.sh.lines(text, style, width)
    }

    pub(super) fn draw_line(
        &mut self,
        line: &Line,
        x: f32,
        top: f32,
        w: f32,
        style: &Style,
        right: bool,
    ) {
        let x = if right { x + w - line.width } else { x };
        let y = top + style.ascent();
        for run in &line.runs {
            self.ops().push(Op::Text {
                x,
                y,
                run: run.clone(),
                color: style.color,
            });
        }
    }

    /// Text that may flow over a page break between its lines. Names and
    /// values keep to the left edge of the (English) page whatever their
    /// script; a paragraph (`own_direction`) written right to left is set
    /// flush right.
    pub(super) fn flow_dir(
        &mut self,
        text: &str,
        style: &Style,
        x: f32,
        w: f32,
        own_direction: bool,
    ) -> Result<(), SummaryError> {
        for line in self.set(text, style, w)? {
            self.ensure(style.line_height())?;
            let y = self.y;
            let right = own_direction && line.rtl;
            self.draw_line(&line, x, y, w, style, right);
            self.y += style.line_height();
            self.fresh = false;
        }
        Ok(())
    }

    pub(super) fn flow(
        &mut self,
        text: &str,
        style: &Style,
        x: f32,
        w: f32,
    ) -> Result<(), SummaryError> {
        self.flow_dir(text, style, x, w, false)
    }

    pub(super) fn rule(&mut self, x: f32, y: f32, w: f32, thickness: f32, color: Rgb) {
        self.ops().push(Op::Rect {
            x,
            y,
            w,
            h: thickness,
            r: 0.0,
            color,
        });
    }
}
