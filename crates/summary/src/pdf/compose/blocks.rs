//! The title, section headings, the outline's blocks and lines to write on.

use super::style::{
    BODY, CONTENT_W, GROUP, HEADING, LABEL, LABEL_W, MARGIN_X, MUTED, RULE, SUBTITLE, TITLE,
    WRITE_H,
};
use super::{Cell, Composer};
use crate::outline::{Block, Outline};
use crate::SummaryError;

impl Composer<'_, '_> {
    pub(super) fn title(&mut self, o: &Outline) -> Result<(), SummaryError> {
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

    pub(super) fn heading(&mut self, text: &str, continued: bool) -> Result<(), SummaryError> {
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

    pub(super) fn block(&mut self, block: &Block) -> Result<(), SummaryError> {
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
}
