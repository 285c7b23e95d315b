//! Questions with boxes to tick.

use super::style::{
    ACCENT, BOX, CELL, CELL_HEAD, CELL_PAD_X, CELL_PAD_Y, CONTENT_W, MARGIN_X, MUTED, RULE, WHITE,
};
use shopkeeper_l10n::msg;

use super::{Cell, Composer, Op};
use crate::pdf::text::Line;
use crate::SummaryError;

impl Composer<'_, '_> {
    /// Questions with a "yes" and a "no" box per column.
    pub(super) fn ticks(
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
        let yes = self.set(&self.words.say(&msg!("form-yes")), &CELL, col_w)?;
        let no = self.set(&self.words.say(&msg!("form-no")), &CELL, col_w)?;
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
}
