//! Lays an [`Outline`] out on A4 pages as a list of drawing operations.
//!
//! Everything is measured before it is placed, so nothing is clipped: a block
//! that does not fit moves to the next page, where its section heading is
//! repeated ("… (continued)") and so is a table's header row. A block taller
//! than a whole page is split between its lines.

use crate::fonts::Family;
use crate::outline::{Badge, Block, Outline, PrefView, Table};
use crate::pdf::text::{Line, Rgb, Run, Shaper, Style};
use crate::SummaryError;

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
/// 20 mm.
pub(crate) const MARGIN_X: f32 = 56.7;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Below the running header.
const TOP: f32 = 78.0;
/// Above the running footer.
const BOTTOM: f32 = PAGE_H - 62.0;

pub(crate) const INK: Rgb = Rgb(0x2b, 0x25, 0x20);
pub(crate) const MUTED: Rgb = Rgb(0x6f, 0x64, 0x5a);
pub(crate) const ACCENT: Rgb = Rgb(0x8a, 0x4b, 0x1f);
pub(crate) const TINT: Rgb = Rgb(0xf5, 0xea, 0xde);
pub(crate) const RULE: Rgb = Rgb(0xe0, 0xd3, 0xc3);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

pub(crate) const fn sans(size: f32, bold: bool, color: Rgb) -> Style {
    Style {
        size,
        bold,
        family: Family::Sans,
        color,
    }
}

const fn serif(size: f32, bold: bool, color: Rgb) -> Style {
    Style {
        size,
        bold,
        family: Family::Serif,
        color,
    }
}

const TITLE: Style = serif(24.0, true, INK);
const SUBTITLE: Style = sans(10.5, false, MUTED);
const HEADING: Style = serif(13.5, true, ACCENT);
const BODY: Style = sans(10.5, false, INK);
const BODY_BOLD: Style = sans(10.5, true, INK);
const LABEL: Style = sans(9.5, false, MUTED);
const GROUP: Style = sans(10.5, true, ACCENT);
const META: Style = sans(8.5, false, MUTED);
const CELL: Style = sans(9.5, false, INK);
const CELL_HEAD: Style = sans(8.5, true, MUTED);
const BADGE: Style = sans(8.0, true, WHITE);

/// Width of the label column of label–value fields.
const LABEL_W: f32 = 132.0;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 3.5;
/// Height of a line to write on by hand.
const WRITE_H: f32 = 17.0;
/// Side of a box to tick.
const BOX: f32 = 9.0;

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
}

impl Composer<'_, '_> {
    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) -> Result<(), SummaryError> {
        self.pages.push(Vec::new());
        self.y = TOP;
        if let Some(heading) = self.section.clone() {
            self.heading(&format!("{heading} (continued)"), true)?;
        }
        self.fresh = true;
        Ok(())
    }

    /// Makes room for `h` points, starting a new page when needed; says
    /// whether it did.
    fn ensure(&mut self, h: f32) -> Result<bool, SummaryError> {
        if self.y + h > BOTTOM && !self.fresh {
            self.new_page()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn set(&self, text: &str, style: &Style, width: f32) -> Result<Vec<Line>, SummaryError> {
        self.sh.lines(text, style, width)
    }

    fn draw_line(&mut self, line: &Line, x: f32, top: f32, w: f32, style: &Style, right: bool) {
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
    fn flow_dir(
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

    fn flow(&mut self, text: &str, style: &Style, x: f32, w: f32) -> Result<(), SummaryError> {
        self.flow_dir(text, style, x, w, false)
    }

    fn rule(&mut self, x: f32, y: f32, w: f32, thickness: f32, color: Rgb) {
        self.ops().push(Op::Rect {
            x,
            y,
            w,
            h: thickness,
            r: 0.0,
            color,
        });
    }

    fn title(&mut self, o: &Outline) -> Result<(), SummaryError> {
        self.flow(&o.title, &TITLE, MARGIN_X, CONTENT_W)?;
        self.y += 2.0;
        self.flow(&o.subtitle, &SUBTITLE, MARGIN_X, CONTENT_W)?;
        if let Some(intro) = &o.intro {
            self.y += 10.0;
            self.flow(intro, &BODY, MARGIN_X, CONTENT_W)?;
        }
        self.y += 4.0;
        Ok(())
    }

    fn heading(&mut self, text: &str, continued: bool) -> Result<(), SummaryError> {
        let lines = self.set(text, &HEADING, CONTENT_W)?;
        let h = lines.len() as f32 * HEADING.line_height() + 8.0;
        if !continued {
            self.y += 16.0;
            // Keep the heading with the start of what follows.
            self.ensure(h + 48.0)?;
        }
        for line in &lines {
            let y = self.y;
            self.draw_line(line, MARGIN_X, y, CONTENT_W, &HEADING, false);
            self.y += HEADING.line_height();
        }
        self.y += 1.5;
        let y = self.y;
        self.rule(MARGIN_X, y, CONTENT_W, 0.8, RULE);
        self.y += 6.5;
        self.fresh = false;
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), SummaryError> {
        match block {
            Block::Fields(fields) => {
                for (label, value) in fields {
                    let cells = vec![
                        Cell {
                            x: MARGIN_X,
                            w: LABEL_W - 10.0,
                            lines: self.set(label, &LABEL, LABEL_W - 10.0)?,
                            style: LABEL,
                            right: false,
                        },
                        Cell {
                            x: MARGIN_X + LABEL_W,
                            w: CONTENT_W - LABEL_W,
                            lines: self.set(value, &BODY, CONTENT_W - LABEL_W)?,
                            style: BODY,
                            right: false,
                        },
                    ];
                    self.row(cells, 2.0, None)?;
                }
            }
            Block::Prefs { label, items } => {
                if let Some(label) = label {
                    self.y += 2.0;
                    self.ensure(GROUP.line_height() + 2.0 * BODY.line_height())?;
                    self.flow(label, &GROUP, MARGIN_X, CONTENT_W)?;
                    self.y += 1.0;
                }
                for item in items {
                    self.pref(item)?;
                }
            }
            Block::Table(table) => self.table(table)?,
            Block::Paragraphs(paras) => {
                for (i, p) in paras.iter().enumerate() {
                    if i > 0 {
                        self.y += 5.0;
                    }
                    self.flow_dir(p, &BODY, MARGIN_X, CONTENT_W, true)?;
                }
            }
            Block::Empty(text) => self.flow(text, &LABEL, MARGIN_X, CONTENT_W)?,
            Block::WriteIn(fields) => {
                for (label, value) in fields {
                    self.write_in(label, value)?;
                }
            }
            Block::Ticks { columns, rows } => self.ticks(columns, rows)?,
        }
        Ok(())
    }

    /// A label and a line to write on, with what is known already above it.
    fn write_in(&mut self, label: &str, value: &str) -> Result<(), SummaryError> {
        let labels = self.set(label, &LABEL, LABEL_W - 10.0)?;
        let values = if value.is_empty() {
            Vec::new()
        } else {
            self.set(value, &BODY, CONTENT_W - LABEL_W)?
        };
        let h = (labels.len() as f32 * LABEL.line_height())
            .max(values.len() as f32 * BODY.line_height())
            .max(WRITE_H);
        self.ensure(h + 6.0)?;
        let top = self.y;
        for (lines, style, x, w) in [
            (&labels, LABEL, MARGIN_X, LABEL_W - 10.0),
            (&values, BODY, MARGIN_X + LABEL_W, CONTENT_W - LABEL_W),
        ] {
            // Set on the line, as handwriting would be.
            let start = top + h - lines.len() as f32 * style.line_height();
            for (i, line) in lines.iter().enumerate() {
                self.draw_line(
                    line,
                    x,
                    start + i as f32 * style.line_height(),
                    w,
                    &style,
                    false,
                );
            }
        }
        self.rule(
            MARGIN_X + LABEL_W,
            top + h + 1.0,
            CONTENT_W - LABEL_W,
            0.7,
            MUTED,
        );
        self.y = top + h + 6.0;
        self.fresh = false;
        Ok(())
    }

    /// Questions with a "yes" and a "no" box per column.
    fn ticks(
        &mut self,
        columns: &[String],
        rows: &[(String, Vec<Option<bool>>)],
    ) -> Result<(), SummaryError> {
        let question_w = CONTENT_W * 0.4;
        let col_w = (CONTENT_W - question_w) / columns.len().max(1) as f32;
        let col_x = |i: usize| MARGIN_X + question_w + i as f32 * col_w;
        let header: Vec<Cell> = columns
            .iter()
            .enumerate()
            .map(|(i, title)| {
                Ok(Cell {
                    x: col_x(i) + CELL_PAD_X,
                    w: col_w - 2.0 * CELL_PAD_X,
                    lines: self.set(title, &CELL_HEAD, col_w - 2.0 * CELL_PAD_X)?,
                    style: CELL_HEAD,
                    right: false,
                })
            })
            .collect::<Result<_, SummaryError>>()?;
        self.ensure(80.0)?;
        self.header_row(&header);
        let yes = self.set("Yes", &CELL, col_w)?;
        let no = self.set("No", &CELL, col_w)?;
        let word_w = |w: &[Line]| w.first().map_or(0.0, |l| l.width);
        let pair_w = 2.0 * (BOX + 4.0) + word_w(&yes) + 8.0 + word_w(&no);
        // "Yes" and "No" side by side when the column is wide enough.
        let side_by_side = pair_w <= col_w - 2.0 * CELL_PAD_X;
        let lh = CELL.line_height() + 1.5;
        for (question, answers) in rows {
            let lines = self.set(question, &CELL, question_w - 2.0 * CELL_PAD_X)?;
            let boxes_h = if side_by_side { lh } else { 2.0 * lh };
            let h = (lines.len() as f32 * CELL.line_height()).max(boxes_h) + 2.0 * CELL_PAD_Y;
            if self.ensure(h)? {
                self.header_row(&header);
            }
            let top = self.y + CELL_PAD_Y;
            for (i, line) in lines.iter().enumerate() {
                let y = top + i as f32 * CELL.line_height();
                self.draw_line(line, MARGIN_X + CELL_PAD_X, y, question_w, &CELL, false);
            }
            for (i, answer) in answers.iter().enumerate().take(columns.len()) {
                let mut x = col_x(i) + CELL_PAD_X;
                let mut y = top;
                for (word, ticked) in [(&yes, *answer == Some(true)), (&no, *answer == Some(false))]
                {
                    self.tick_box(x, y + (CELL.line_height() - BOX) / 2.0, ticked);
                    if let Some(line) = word.first() {
                        self.draw_line(line, x + BOX + 4.0, y, col_w, &CELL, false);
                    }
                    if side_by_side {
                        x += BOX + 4.0 + word_w(word) + 8.0;
                    } else {
                        y += lh;
                    }
                }
            }
            self.y += h;
            let y = self.y;
            self.rule(MARGIN_X, y, CONTENT_W, 0.5, RULE);
        }
        self.y += 8.0;
        self.fresh = false;
        Ok(())
    }

    /// An empty square to tick, or one already ticked.
    fn tick_box(&mut self, x: f32, y: f32, ticked: bool) {
        let ops = self.ops();
        ops.push(Op::Rect {
            x,
            y,
            w: BOX,
            h: BOX,
            r: 1.0,
            color: MUTED,
        });
        ops.push(Op::Rect {
            x: x + 0.8,
            y: y + 0.8,
            w: BOX - 1.6,
            h: BOX - 1.6,
            r: 0.6,
            color: WHITE,
        });
        if ticked {
            ops.push(Op::Rect {
                x: x + 2.0,
                y: y + 2.0,
                w: BOX - 4.0,
                h: BOX - 4.0,
                r: 0.4,
                color: ACCENT,
            });
        }
    }

    fn pref(&mut self, item: &PrefView) -> Result<(), SummaryError> {
        let badge = match item.badge {
            Some(b) => {
                let lines = self.set(b.label(), &BADGE, CONTENT_W)?;
                // One width for every label, so the values line up.
                let widest = [Badge::Allergy, Badge::Dislike]
                    .iter()
                    .map(|b| self.sh.width(b.label(), &BADGE))
                    .try_fold(0.0f32, |m, w| w.map(|w| m.max(w)))?;
                Some((b, lines, widest + 12.0))
            }
            None => None,
        };
        let indent = badge.as_ref().map_or(0.0, |(_, _, w)| w + 7.0);
        let x = MARGIN_X + indent;
        let w = CONTENT_W - indent;
        let value_style = if item.badge.is_some() {
            BODY_BOLD
        } else {
            BODY
        };
        let value = self.set(&item.value, &value_style, w)?;
        let meta_text = item.meta.join("  ·  ");
        let mut meta = if item.meta.is_empty() {
            Vec::new()
        } else {
            self.set(&meta_text, &META, w)?
        };
        // Short enough: the small print goes on the value's line.
        let mut inline = None;
        if let ([v], [m]) = (value.as_slice(), meta.as_slice()) {
            if v.width + 12.0 + m.width <= w {
                inline = Some((v.width + 12.0, m.clone()));
                meta.clear();
            }
        }
        let h = value.len() as f32 * value_style.line_height()
            + meta.len() as f32 * META.line_height()
            + 4.0;
        if h <= BOTTOM - TOP - 40.0 {
            self.ensure(h)?;
        }
        if let Some((b, lines, bw)) = badge {
            self.ensure(value_style.line_height())?;
            let bh = BADGE.size + 5.0;
            let top = self.y + (value_style.line_height() - bh) / 2.0;
            let (fill, text) = match b {
                Badge::Allergy => (ACCENT, WHITE),
                Badge::Dislike => (TINT, ACCENT),
            };
            self.ops().push(Op::Rect {
                x: MARGIN_X,
                y: top,
                w: bw,
                h: bh,
                r: bh / 2.0,
                color: fill,
            });
            let style = Style {
                color: text,
                ..BADGE
            };
            let text_top = top + (bh - BADGE.size) / 2.0 - 0.6;
            for line in &lines {
                let dx = (bw - line.width) / 2.0;
                self.draw_line(line, MARGIN_X + dx, text_top, bw, &style, false);
            }
        }
        if let Some((dx, m)) = inline {
            let top = self.y + value_style.ascent() - META.ascent();
            self.draw_line(&m, x + dx, top, w - dx, &META, false);
        }
        for (lines, style) in [(value, value_style), (meta, META)] {
            for line in &lines {
                self.ensure(style.line_height())?;
                let y = self.y;
                self.draw_line(line, x, y, w, &style, false);
                self.y += style.line_height();
                self.fresh = false;
            }
        }
        self.y += 4.0;
        Ok(())
    }

    fn table(&mut self, table: &Table) -> Result<(), SummaryError> {
        let total: f32 = table.columns.iter().map(|c| c.weight).sum();
        let mut x = MARGIN_X;
        let cols: Vec<(f32, f32, bool)> = table
            .columns
            .iter()
            .map(|c| {
                let w = CONTENT_W * c.weight / total;
                let col = (x, w, c.right);
                x += w;
                col
            })
            .collect();
        let header: Vec<Cell> = table
            .columns
            .iter()
            .zip(&cols)
            .map(|(c, &(x, w, right))| {
                Ok(Cell {
                    x: x + CELL_PAD_X,
                    w: w - 2.0 * CELL_PAD_X,
                    lines: self.set(c.title, &CELL_HEAD, w - 2.0 * CELL_PAD_X)?,
                    style: CELL_HEAD,
                    right,
                })
            })
            .collect::<Result<_, SummaryError>>()?;
        let rows: Vec<Vec<Cell>> = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&cols)
                    .map(|(text, &(x, w, right))| {
                        Ok(Cell {
                            x: x + CELL_PAD_X,
                            w: w - 2.0 * CELL_PAD_X,
                            lines: self.set(text, &CELL, w - 2.0 * CELL_PAD_X)?,
                            style: CELL,
                            right,
                        })
                    })
                    .collect::<Result<Vec<_>, SummaryError>>()
            })
            .collect::<Result<_, SummaryError>>()?;
        // Keep the header with the first two rows.
        let head_h = header.iter().map(Cell::height).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y;
        let start_h: f32 = rows
            .iter()
            .take(2)
            .map(|r| r.iter().map(Cell::height).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y)
            .sum();
        self.ensure(head_h + start_h)?;
        self.header_row(&header);
        for cells in rows {
            self.row(cells, CELL_PAD_Y, Some(&header))?;
            let y = self.y;
            self.rule(MARGIN_X, y, CONTENT_W, 0.5, RULE);
        }
        Ok(())
    }

    fn header_row(&mut self, header: &[Cell]) {
        let h = header.iter().map(Cell::height).fold(0.0, f32::max) + 2.0 * CELL_PAD_Y;
        let top = self.y;
        self.ops().push(Op::Rect {
            x: MARGIN_X,
            y: top,
            w: CONTENT_W,
            h,
            r: 0.0,
            color: TINT,
        });
        for cell in header {
            for (i, line) in cell.lines.iter().enumerate() {
                let y = top + CELL_PAD_Y + i as f32 * cell.style.line_height();
                self.draw_line(line, cell.x, y, cell.w, &cell.style, cell.right);
            }
        }
        self.y += h;
        self.fresh = false;
    }

    /// Cells side by side; the row moves to the next page whole when it fits
    /// on one page, else it is split between lines. `header` is repeated
    /// after a page break.
    fn row(
        &mut self,
        cells: Vec<Cell>,
        pad: f32,
        header: Option<&[Cell]>,
    ) -> Result<(), SummaryError> {
        let h = cells.iter().map(Cell::height).fold(0.0, f32::max) + 2.0 * pad;
        if h <= BOTTOM - TOP - 60.0 {
            if self.ensure(h)? {
                if let Some(header) = header {
                    self.header_row(header);
                }
            }
            let top = self.y + pad;
            for cell in &cells {
                for (i, line) in cell.lines.iter().enumerate() {
                    let y = top + i as f32 * cell.style.line_height();
                    self.draw_line(line, cell.x, y, cell.w, &cell.style, cell.right);
                }
            }
            self.y += h;
        } else {
            self.y += pad;
            let n = cells.iter().map(|c| c.lines.len()).max().unwrap_or(0);
            for k in 0..n {
                let lh = cells
                    .iter()
                    .filter(|c| k < c.lines.len())
                    .map(|c| c.style.line_height())
                    .fold(0.0, f32::max);
                if self.ensure(lh)? {
                    if let Some(header) = header {
                        self.header_row(header);
                    }
                }
                let y = self.y;
                for cell in &cells {
                    if let Some(line) = cell.lines.get(k) {
                        self.draw_line(line, cell.x, y, cell.w, &cell.style, cell.right);
                    }
                }
                self.y += lh;
            }
            self.y += pad;
        }
        self.fresh = false;
        Ok(())
    }
}
