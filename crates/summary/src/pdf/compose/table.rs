//! Tables, their header row repeated on every page they reach.

use super::style::{
    BOTTOM, CELL, CELL_HEAD, CELL_PAD_X, CELL_PAD_Y, CONTENT_W, MARGIN_X, RULE, TINT, TOP,
};
use super::{Cell, Composer, Op};
use crate::outline::Table;
use crate::SummaryError;

impl Composer<'_, '_> {
    pub(super) fn table(&mut self, table: &Table) -> Result<(), SummaryError> {
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
                    lines: self.set(&c.title, &CELL_HEAD, w - 2.0 * CELL_PAD_X)?,
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

    pub(super) fn header_row(&mut self, header: &[Cell]) {
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
    pub(super) fn row(
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
