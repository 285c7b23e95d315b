//! One remembered preference, with its badge.

use super::style::{
    ACCENT, BADGE, BODY, BODY_BOLD, BOTTOM, CONTENT_W, MARGIN_X, META, TINT, TOP, WHITE,
};
use super::{Composer, Op};
use crate::outline::{Badge, PrefView};
use crate::pdf::text::Style;
use crate::SummaryError;

impl Composer<'_, '_> {
    pub(super) fn pref(&mut self, item: &PrefView) -> Result<(), SummaryError> {
        let badge = match item.badge {
            Some(b) => {
                let lines = self.set(&b.label(self.words), &BADGE, CONTENT_W)?;
                // One width for every label, so the values line up.
                let widest = [Badge::Allergy, Badge::Dislike]
                    .iter()
                    .map(|b| self.sh.width(&b.label(self.words), &BADGE))
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
}
