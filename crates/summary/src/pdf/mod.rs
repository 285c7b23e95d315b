//! The PDF renderer: lays each summary out ([`compose`]) and writes the pages
//! with krilla, which embeds a subset of each font used.

mod compose;
mod text;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::Document;

use shopkeeper_l10n::msg;

use crate::fonts::FontSet;
use crate::outline::Outline;
use crate::{FormDoc, SummaryDoc, SummaryError};
use compose::{Op, ACCENT, CONTENT_W, MARGIN_X, MUTED, PAGE_H, PAGE_W, RULE};
use text::{Rgb, Shaper, Style};

/// Renders one or more summaries into one PDF, each customer starting on a
/// new page, with the system's fonts ([`FontSet::system`]).
///
/// Page numbers ("Page 1 of 2") count within each customer's summary.
pub fn to_pdf(docs: &[SummaryDoc]) -> Result<Vec<u8>, SummaryError> {
    to_pdf_with_fonts(docs, &FontSet::system()?)
}

/// Like [`to_pdf`], with the given fonts.
pub fn to_pdf_with_fonts(docs: &[SummaryDoc], fonts: &FontSet) -> Result<Vec<u8>, SummaryError> {
    let outlines: Vec<Outline> = docs.iter().map(Outline::of).collect();
    let title = match (docs, outlines.first()) {
        ([one], Some(o)) => o.words.say(&msg!(
            "summary-pdf-title",
            shop = &one.shop_name,
            name = &one.customer.display_name
        )),
        ([first, ..], Some(o)) => o
            .words
            .say(&msg!("summary-pdf-title-many", shop = &first.shop_name)),
        _ => return Err(SummaryError::NoCustomers),
    };
    render(&outlines, title, fonts)
}

/// Renders the printable preference and consent form (one page) with the
/// system's fonts.
pub fn form_to_pdf(form: &FormDoc) -> Result<Vec<u8>, SummaryError> {
    form_to_pdf_with_fonts(form, &FontSet::system()?)
}

/// Like [`form_to_pdf`], with the given fonts.
pub fn form_to_pdf_with_fonts(form: &FormDoc, fonts: &FontSet) -> Result<Vec<u8>, SummaryError> {
    let outline = crate::form::outline(form);
    let title = outline.words.say(&msg!(
        "summary-pdf-title",
        shop = &form.shop_name,
        name = &outline.title
    ));
    render(&[outline], title, fonts)
}

/// Renders the day sheet (today's follow-ups, to tick off with a pen) with
/// the system's fonts.
pub fn day_sheet_to_pdf(sheet: &crate::DaySheet) -> Result<Vec<u8>, SummaryError> {
    day_sheet_to_pdf_with_fonts(sheet, &FontSet::system()?)
}

/// Like [`day_sheet_to_pdf`], with the given fonts.
pub fn day_sheet_to_pdf_with_fonts(
    sheet: &crate::DaySheet,
    fonts: &FontSet,
) -> Result<Vec<u8>, SummaryError> {
    let outline = crate::day_sheet::outline(sheet);
    let title = outline.words.say(&msg!(
        "summary-pdf-title",
        shop = &sheet.shop_name,
        name = &outline.title
    ));
    render(&[outline], title, fonts)
}

/// Writes each outline from a new page into one PDF titled `title`.
fn render(outlines: &[Outline], title: String, fonts: &FontSet) -> Result<Vec<u8>, SummaryError> {
    let sh = Shaper::new(fonts);
    let language = outlines
        .first()
        .map_or_else(|| "en".to_string(), |o| o.language.clone());
    let mut document = Document::new();
    for outline in outlines {
        let pages = compose::compose(&sh, outline)?;
        let total = pages.len();
        for (i, ops) in pages.into_iter().enumerate() {
            let furniture = furniture(&sh, outline, i + 1, total)?;
            let settings = PageSettings::from_wh(PAGE_W, PAGE_H).expect("A4 is a valid size");
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            for op in furniture.iter().chain(&ops) {
                draw(&mut surface, fonts, op);
            }
            surface.finish();
            page.finish();
        }
    }
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title)
            .creator("Shopkeeper".into())
            .language(language),
    );
    document
        .finish()
        .map_err(|e| SummaryError::Pdf(format!("{e:?}")))
}

/// The running header and footer of one page.
fn furniture(
    sh: &Shaper<'_>,
    o: &Outline,
    page: usize,
    total: usize,
) -> Result<Vec<Op>, SummaryError> {
    let mut ops = Vec::new();
    let mut put = |text: &str, style: &Style, x: f32, top: f32, w: f32, right: bool| {
        let lines = sh.lines(text, style, w)?;
        for (i, line) in lines.iter().enumerate() {
            let dx = if right { w - line.width } else { 0.0 };
            for run in &line.runs {
                ops.push(Op::Text {
                    x: x + dx,
                    y: top + style.ascent() + i as f32 * style.line_height(),
                    run: run.clone(),
                    color: style.color,
                });
            }
        }
        Ok::<_, SummaryError>(())
    };
    let shop = compose::sans(10.5, true, ACCENT);
    let small = compose::sans(8.5, false, MUTED);
    put(&o.shop, &shop, MARGIN_X, 34.0, CONTENT_W * 0.65, false)?;
    put(
        &o.date,
        &small,
        MARGIN_X + CONTENT_W * 0.65,
        35.5,
        CONTENT_W * 0.35,
        true,
    )?;
    let label = o
        .words
        .say(&msg!("summary-page", page = page, total = total));
    let label_w = sh.width(&label, &small)?;
    put(
        &o.footer,
        &small,
        MARGIN_X,
        PAGE_H - 46.0,
        CONTENT_W - label_w - 24.0,
        false,
    )?;
    put(
        &label,
        &small,
        MARGIN_X + CONTENT_W - label_w,
        PAGE_H - 46.0,
        label_w,
        true,
    )?;
    for y in [54.0, PAGE_H - 52.0] {
        ops.push(Op::Rect {
            x: MARGIN_X,
            y,
            w: CONTENT_W,
            h: 0.6,
            r: 0.0,
            color: RULE,
        });
    }
    Ok(ops)
}

fn fill(color: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn draw(surface: &mut Surface<'_>, fonts: &FontSet, op: &Op) {
    match op {
        Op::Text { x, y, run, color } => {
            surface.set_fill(Some(fill(*color)));
            surface.draw_glyphs(
                Point::from_xy(x + run.dx, *y),
                &run.glyphs,
                fonts.fonts()[run.font].pdf.clone(),
                &run.text,
                run.size,
                false,
            );
        }
        Op::Rect {
            x,
            y,
            w,
            h,
            r,
            color,
        } => {
            let mut pb = PathBuilder::new();
            if *r > 0.0 {
                rounded_rect(&mut pb, *x, *y, *w, *h, r.min(w / 2.0).min(h / 2.0));
            } else if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(rect);
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
    }
}

fn rounded_rect(pb: &mut PathBuilder, x: f32, y: f32, w: f32, h: f32, r: f32) {
    // Cubic approximation of a quarter circle.
    let k = r * 0.552_284_8;
    pb.move_to(x + r, y);
    pb.line_to(x + w - r, y);
    pb.cubic_to(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    pb.line_to(x + w, y + h - r);
    pb.cubic_to(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    pb.line_to(x + r, y + h);
    pb.cubic_to(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    pb.line_to(x, y + r);
    pb.cubic_to(x, y + r - k, x + r - k, y, x + r, y);
    pb.close();
}
