//! The HTML renderer: one self-contained page (no scripts, no external files)
//! with a print stylesheet, for the app's print dialog and for export.

use std::fmt::Write;

use shopkeeper_l10n::Words;

use crate::outline::{Badge, Block, Outline, Table};
use crate::SummaryDoc;

const STYLE: &str = r#"
:root { --ink: #2b2520; --muted: #6f645a; --accent: #8a4b1f; --tint: #f5eade; --rule: #e0d3c3; }
* { box-sizing: border-box; }
html { background: #efe8dd; }
body { margin: 0; padding: 24px 12px; color: var(--ink);
  font: 10.5pt/1.45 "Noto Sans", "Segoe UI", system-ui, sans-serif; }
.sheet { max-width: 210mm; margin: 0 auto; padding: 16mm 20mm 14mm; background: #fffdf9;
  box-shadow: 0 1px 3px rgba(60, 40, 20, .18); }
.running { display: flex; justify-content: space-between; align-items: baseline;
  border-bottom: .6pt solid var(--rule); padding-bottom: 6pt; margin-bottom: 16pt; }
.running .shop { color: var(--accent); font-weight: 700; }
.running .date, .foot { color: var(--muted); font-size: 8.5pt; }
h1 { font: 700 24pt/1.25 "Noto Serif", Georgia, serif; margin: 0 0 2pt; }
.subtitle { color: var(--muted); margin: 0 0 12pt; }
h2 { font: 700 13.5pt/1.3 "Noto Serif", Georgia, serif; color: var(--accent);
  border-bottom: .8pt solid var(--rule); padding-bottom: 2pt; margin: 20pt 0 7pt; }
h3 { font-size: 10.5pt; color: var(--accent); margin: 8pt 0 3pt; }
dl { margin: 0; }
dl div { display: grid; grid-template-columns: 132pt 1fr; padding: 1.5pt 0; }
dt { color: var(--muted); font-size: 9.5pt; }
dd { margin: 0; }
ul.prefs { list-style: none; margin: 0; padding: 0; }
ul.prefs li { margin: 0 0 5pt; }
.badge { display: inline-block; border-radius: 999px; padding: 0 6pt; margin-right: 5pt;
  font-size: 8pt; font-weight: 700; line-height: 13pt; vertical-align: 1pt; }
.badge.allergy { background: var(--accent); color: #fff; }
.badge.dislike { background: var(--tint); color: var(--accent); }
.flagged .value { font-weight: 700; }
.meta { display: block; color: var(--muted); font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 2pt 0; }
th { background: var(--tint); color: var(--muted); font-size: 8.5pt; text-align: left; }
th, td { padding: 3.5pt 5pt; vertical-align: top; }
td { border-bottom: .5pt solid var(--rule); }
.num { text-align: right; }
.empty { color: var(--muted); }
.foot { border-top: .6pt solid var(--rule); margin-top: 24pt; padding-top: 6pt; }
@page { size: A4; margin: 16mm 20mm 14mm; }
@media print {
  html, body { background: none; padding: 0; }
  .sheet { max-width: none; padding: 0; box-shadow: none; background: none; }
  h2, h3 { break-after: avoid; }
  tr, li, dl div { break-inside: avoid; }
  thead { display: table-header-group; }
}
"#;

/// Renders one summary as a self-contained HTML page with a print stylesheet.
///
/// Every text from the document is escaped, so a name like
/// `<script>` shows as typed and never runs.
pub fn to_html(doc: &SummaryDoc) -> String {
    render(&Outline::of(doc))
}

/// Renders the day sheet as a self-contained HTML page with a print
/// stylesheet, escaped as [`to_html`] is.
pub fn day_sheet_to_html(sheet: &crate::DaySheet) -> String {
    render(&crate::day_sheet::outline(sheet))
}

fn render(o: &Outline) -> String {
    let mut h = String::with_capacity(8 * 1024);
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main class=\"sheet\">\n\
         <header class=\"running\"><span class=\"shop\" dir=\"auto\">{}</span>\
         <span class=\"date\">{}</span></header>\n\
         <h1 dir=\"auto\">{}</h1>\n<p class=\"subtitle\" dir=\"auto\">{}</p>\n",
        esc(&o.language),
        esc(&o.title),
        esc(&o.shop),
        esc(&o.shop),
        esc(&o.date),
        esc(&o.title),
        esc(&o.subtitle),
    );
    if let Some(intro) = &o.intro {
        let _ = writeln!(h, "<p class=\"intro\" dir=\"auto\">{}</p>", esc(intro));
    }
    for s in &o.sections {
        let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&s.heading));
        for b in &s.blocks {
            block(&mut h, b, o.words);
        }
        h.push_str("</section>\n");
    }
    let _ = write!(
        h,
        "<footer class=\"foot\" dir=\"auto\">{}</footer>\n</main>\n</body>\n</html>\n",
        esc(&o.footer)
    );
    h
}

fn block(h: &mut String, b: &Block, words: Words) {
    match b {
        Block::Fields(fields) => {
            h.push_str("<dl>\n");
            for (label, value) in fields {
                let _ = writeln!(
                    h,
                    "<div><dt>{}</dt><dd dir=\"auto\">{}</dd></div>",
                    esc(label),
                    esc_lines(value)
                );
            }
            h.push_str("</dl>\n");
        }
        Block::Prefs { label, items } => {
            if let Some(label) = label {
                let _ = writeln!(h, "<h3 dir=\"auto\">{}</h3>", esc(label));
            }
            h.push_str("<ul class=\"prefs\">\n");
            for item in items {
                let (class, badge) = match item.badge {
                    Some(b @ Badge::Allergy) => (
                        " class=\"flagged\"",
                        format!("<span class=\"badge allergy\">{}</span>", b.label(words)),
                    ),
                    Some(b @ Badge::Dislike) => (
                        " class=\"flagged\"",
                        format!("<span class=\"badge dislike\">{}</span>", b.label(words)),
                    ),
                    None => ("", String::new()),
                };
                let _ = write!(
                    h,
                    "<li{class}>{badge}<span class=\"value\" dir=\"auto\">{}</span>",
                    esc(&item.value)
                );
                if !item.meta.is_empty() {
                    let meta: Vec<String> = item.meta.iter().map(|m| esc(m)).collect();
                    let _ = write!(
                        h,
                        "<span class=\"meta\" dir=\"auto\">{}</span>",
                        meta.join(" · ")
                    );
                }
                h.push_str("</li>\n");
            }
            h.push_str("</ul>\n");
        }
        Block::Table(t) => table(h, t),
        Block::Paragraphs(ps) => {
            for p in ps {
                let _ = writeln!(h, "<p dir=\"auto\">{}</p>", esc_lines(p));
            }
        }
        Block::WriteIn(fields) => {
            h.push_str("<dl class=\"write-in\">\n");
            for (label, value) in fields {
                let _ = writeln!(
                    h,
                    "<div><dt>{}</dt><dd dir=\"auto\">{}&nbsp;</dd></div>",
                    esc(label),
                    esc_lines(value)
                );
            }
            h.push_str("</dl>\n");
        }
        Block::Ticks { columns, rows } => {
            h.push_str("<table>\n<thead><tr><th></th>");
            for c in columns {
                let _ = write!(h, "<th>{}</th>", esc(c));
            }
            h.push_str("</tr></thead>\n<tbody>\n");
            for (question, answers) in rows {
                let _ = write!(h, "<tr><td>{}</td>", esc(question));
                for a in answers {
                    let _ = write!(h, "<td>{}</td>", crate::form::tick_text(words, *a));
                }
                h.push_str("</tr>\n");
            }
            h.push_str("</tbody>\n</table>\n");
        }
        Block::Empty(text) => {
            let _ = writeln!(h, "<p class=\"empty\">{}</p>", esc(text));
        }
    }
}

fn table(h: &mut String, t: &Table) {
    h.push_str("<table>\n<thead><tr>");
    for c in &t.columns {
        let class = if c.right { " class=\"num\"" } else { "" };
        let _ = write!(h, "<th{class}>{}</th>", esc(&c.title));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        h.push_str("<tr>");
        for (cell, c) in row.iter().zip(&t.columns) {
            let class = if c.right { " class=\"num\"" } else { "" };
            let _ = write!(h, "<td{class} dir=\"auto\">{}</td>", esc_lines(cell));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text and keeps its line breaks.
fn esc_lines(s: &str) -> String {
    esc(s).replace('\n', "<br>")
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }
}
