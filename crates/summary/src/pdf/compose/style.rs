//! The page's measures, colours and text styles.

use crate::fonts::Family;
use crate::pdf::text::{Rgb, Style};

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
/// 20 mm.
pub(crate) const MARGIN_X: f32 = 56.7;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Below the running header.
pub(super) const TOP: f32 = 78.0;
/// Above the running footer.
pub(super) const BOTTOM: f32 = PAGE_H - 62.0;

pub(crate) const INK: Rgb = Rgb(0x2b, 0x25, 0x20);
pub(crate) const MUTED: Rgb = Rgb(0x6f, 0x64, 0x5a);
pub(crate) const ACCENT: Rgb = Rgb(0x8a, 0x4b, 0x1f);
pub(crate) const TINT: Rgb = Rgb(0xf5, 0xea, 0xde);
pub(crate) const RULE: Rgb = Rgb(0xe0, 0xd3, 0xc3);
pub(super) const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

pub(crate) const fn sans(size: f32, bold: bool, color: Rgb) -> Style {
    Style {
        size,
        bold,
        family: Family::Sans,
        color,
    }
}

pub(super) const fn serif(size: f32, bold: bool, color: Rgb) -> Style {
    Style {
        size,
        bold,
        family: Family::Serif,
        color,
    }
}

pub(super) const TITLE: Style = serif(24.0, true, INK);
pub(super) const SUBTITLE: Style = sans(10.5, false, MUTED);
pub(super) const HEADING: Style = serif(13.5, true, ACCENT);
pub(super) const BODY: Style = sans(10.5, false, INK);
pub(super) const BODY_BOLD: Style = sans(10.5, true, INK);
pub(super) const LABEL: Style = sans(9.5, false, MUTED);
pub(super) const GROUP: Style = sans(10.5, true, ACCENT);
pub(super) const META: Style = sans(8.5, false, MUTED);
pub(super) const CELL: Style = sans(9.5, false, INK);
pub(super) const CELL_HEAD: Style = sans(8.5, true, MUTED);
pub(super) const BADGE: Style = sans(8.0, true, WHITE);

/// Width of the label column of label–value fields.
pub(super) const LABEL_W: f32 = 132.0;
pub(super) const CELL_PAD_X: f32 = 5.0;
pub(super) const CELL_PAD_Y: f32 = 3.5;
/// Height of a line to write on by hand.
pub(super) const WRITE_H: f32 = 17.0;
/// Side of a box to tick.
pub(super) const BOX: f32 = 9.0;
