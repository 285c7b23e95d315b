//! Text setting: font fallback per character, shaping (rustybuzz), line
//! breaking (UAX #14) and right-to-left reordering (UAX #9).

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::BidiInfo;

use crate::fonts::{Family, FontSet, Script};
use crate::SummaryError;

/// A colour as red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

/// How a piece of text looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
    pub family: Family,
    pub color: Rgb,
}

impl Style {
    /// The distance between two baselines.
    pub(crate) fn line_height(&self) -> f32 {
        self.size * 1.38
    }

    /// From the top of a line box to its baseline.
    pub(crate) fn ascent(&self) -> f32 {
        self.size * 1.02
    }
}

/// Glyphs of one font, in visual order, ready for krilla.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub font: usize,
    pub size: f32,
    /// The text the glyphs' ranges point into.
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    pub width: f32,
    /// Where the run starts, from the start of its line.
    pub dx: f32,
}

/// One set line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
    /// The paragraph reads right to left (align it to the right).
    pub rtl: bool,
}

/// Shapes text with a [`FontSet`].
pub(crate) struct Shaper<'a> {
    set: &'a FontSet,
    faces: Vec<Face<'a>>,
}

impl<'a> Shaper<'a> {
    pub(crate) fn new(set: &'a FontSet) -> Shaper<'a> {
        let faces = set
            .fonts()
            .iter()
            .map(|f| Face::from_slice(&f.data, f.index).expect("checked when the font was loaded"))
            .collect();
        Shaper { set, faces }
    }

    #[cfg(test)]
    pub(crate) fn fonts(&self) -> &FontSet {
        self.set
    }

    fn covers(&self, font: usize, c: char) -> bool {
        self.faces[font].glyph_index(c).is_some()
    }

    /// Splits `text` into pieces that one font of the chain can set.
    fn itemize(
        &self,
        text: &str,
        style: &Style,
    ) -> Result<Vec<(Range<usize>, usize)>, SummaryError> {
        let chain = self.set.chain(style.family, style.bold);
        let mut items: Vec<(Range<usize>, usize)> = Vec::new();
        let mut current: Option<(usize, usize)> = None; // (start, font)
        for (i, c) in text.char_indices() {
            if let Some((_, f)) = current {
                if is_neutral(c) && self.covers(f, c) {
                    continue;
                }
            }
            let font = match chain.iter().copied().find(|&f| self.covers(f, c)) {
                Some(f) => f,
                None => match Script::of(c) {
                    Script::Arabic if !self.set.has_arabic() => {
                        return Err(SummaryError::ArabicFontMissing)
                    }
                    Script::Cjk if !self.set.has_cjk() => return Err(SummaryError::CjkFontMissing),
                    // No font has it (an emoji, a rare script): keep the current
                    // font, which draws its "missing glyph" box; the text stays
                    // searchable and copyable.
                    _ => current.map_or(chain[0], |(_, f)| f),
                },
            };
            match current {
                Some((_, f)) if f == font => {}
                Some((start, f)) => {
                    items.push((start..i, f));
                    current = Some((i, font));
                }
                None => current = Some((i, font)),
            }
        }
        if let Some((start, f)) = current {
            items.push((start..text.len(), f));
        }
        Ok(items)
    }

    fn shape(&self, text: &str, font: usize, size: f32, rtl: Option<bool>) -> Run {
        let face = &self.faces[font];
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        match rtl {
            Some(true) => buffer.set_direction(Direction::RightToLeft),
            Some(false) => buffer.set_direction(Direction::LeftToRight),
            None => {}
        }
        let output = rustybuzz::shape(face, &[], buffer);
        let upem = face.units_per_em() as f32;
        let infos = output.glyph_infos();
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let mut width = 0.0;
        let glyphs = infos
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = starts
                    .iter()
                    .copied()
                    .find(|&s| s > start)
                    .unwrap_or(text.len());
                width += pos.x_advance as f32 / upem * size;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    pos.x_advance as f32 / upem,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..end,
                    None,
                )
            })
            .collect();
        Run {
            font,
            size,
            text: text.to_owned(),
            glyphs,
            width,
            dx: 0.0,
        }
    }

    /// The width of `text` on one line.
    pub(crate) fn width(&self, text: &str, style: &Style) -> Result<f32, SummaryError> {
        Ok(self
            .itemize(text, style)?
            .into_iter()
            .map(|(r, f)| self.shape(&text[r], f, style.size, None).width)
            .sum())
    }

    /// Sets `text` into lines no wider than `max_width` (a word wider than
    /// that is broken between letters). Newlines start new paragraphs.
    pub(crate) fn lines(
        &self,
        text: &str,
        style: &Style,
        max_width: f32,
    ) -> Result<Vec<Line>, SummaryError> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let para = para.trim_end();
            if para.is_empty() {
                lines.push(Line {
                    runs: Vec::new(),
                    width: 0.0,
                    rtl: false,
                });
                continue;
            }
            for range in self.break_lines(para, style, max_width)? {
                lines.push(self.set_line(para, range, style)?);
            }
        }
        Ok(lines)
    }

    fn break_lines(
        &self,
        para: &str,
        style: &Style,
        max_width: f32,
    ) -> Result<Vec<Range<usize>>, SummaryError> {
        let breaks: Vec<usize> = unicode_linebreak::linebreaks(para)
            .map(|(i, _)| i)
            .collect();
        let mut ranges = Vec::new();
        let mut start = 0;
        while start < para.len() {
            let mut end = None;
            for &b in breaks.iter().filter(|&&b| b > start) {
                if self.width(para[start..b].trim_end(), style)? <= max_width {
                    end = Some(b);
                } else {
                    break;
                }
            }
            let end = match end {
                Some(e) => e,
                None => {
                    // The next word alone is too wide: break it between letters.
                    let word_end = breaks
                        .iter()
                        .copied()
                        .find(|&b| b > start)
                        .unwrap_or(para.len());
                    let mut cut = start + first_char_len(&para[start..]);
                    for (i, c) in para[start..word_end].char_indices().skip(1) {
                        let at = start + i;
                        if self.width(&para[start..at + c.len_utf8()], style)? > max_width {
                            break;
                        }
                        cut = at + c.len_utf8();
                    }
                    cut
                }
            };
            let trimmed = start + para[start..end].trim_end().len();
            if trimmed > start {
                ranges.push(start..trimmed);
            }
            start = end;
        }
        Ok(ranges)
    }

    /// Shapes one line in visual order.
    fn set_line(
        &self,
        para: &str,
        range: Range<usize>,
        style: &Style,
    ) -> Result<Line, SummaryError> {
        let bidi = BidiInfo::new(para, None);
        let Some(info) = bidi.paragraphs.first() else {
            return Ok(Line {
                runs: Vec::new(),
                width: 0.0,
                rtl: false,
            });
        };
        let rtl_para = info.level.is_rtl();
        let (levels, visual) = bidi.visual_runs(info, range);
        let mut runs = Vec::new();
        let mut x = 0.0;
        for v in visual {
            let rtl = levels[v.start].is_rtl();
            let mut items = self.itemize(&para[v.clone()], style)?;
            if rtl {
                items.reverse();
            }
            for (r, font) in items {
                let piece = &para[v.start + r.start..v.start + r.end];
                let mut run = self.shape(piece, font, style.size, Some(rtl));
                run.dx = x;
                x += run.width;
                runs.push(run);
            }
        }
        Ok(Line {
            runs,
            width: x,
            rtl: rtl_para,
        })
    }
}

fn first_char_len(s: &str) -> usize {
    s.chars().next().map_or(0, char::len_utf8)
}

/// Characters that may stay in the font of the text around them.
fn is_neutral(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(u32::from(c),
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200C..=0x200F | 0x2010..=0x2027)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaper_test(f: impl FnOnce(&Shaper)) {
        match FontSet::system() {
            Ok(set) => f(&Shaper::new(&set)),
            Err(e) => eprintln!("skipped: {e}"),
        }
    }

    const BODY: Style = Style {
        size: 10.0,
        bold: false,
        family: Family::Sans,
        color: Rgb(0, 0, 0),
    };

    #[test]
    fn long_text_wraps_within_the_width() {
        shaper_test(|s| {
            let text =
                "The Yirgacheffe you like is back in, and a bag is put aside until Saturday.";
            let lines = s.lines(text, &BODY, 120.0).unwrap();
            assert!(lines.len() > 2);
            assert!(lines.iter().all(|l| l.width <= 120.0));
            let joined: String = lines
                .iter()
                .flat_map(|l| l.runs.iter().map(|r| r.text.as_str()))
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(joined, text);
        });
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken() {
        shaper_test(|s| {
            let lines = s.lines(&"W".repeat(60), &BODY, 100.0).unwrap();
            assert!(lines.len() > 3);
            assert!(lines.iter().all(|l| l.width <= 100.0));
        });
    }

    #[test]
    fn mixed_scripts_use_one_font_each() {
        shaper_test(|s| {
            if !s.fonts().has_cjk() || !s.fonts().has_arabic() {
                eprintln!("skipped: CJK or Arabic font missing");
                return;
            }
            let items = s.itemize("Bruce 李小龙 محمد", &BODY).unwrap();
            assert_eq!(items.len(), 3, "{items:?}");
            let line = &s.lines("محمد", &BODY, 300.0).unwrap()[0];
            assert!(line.rtl);
        });
    }
}
