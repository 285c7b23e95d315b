//! The Markdown renderer (CommonMark with GitHub tables), for pasting into
//! notes or mail, and for reading in any text editor.

use std::fmt::Write;

use shopkeeper_l10n::Words;

use crate::outline::{Block, Outline, Table};
use crate::SummaryDoc;

/// Renders one summary as Markdown. Text from the document is escaped so it
/// never turns into formatting, links or HTML.
pub fn to_markdown(doc: &SummaryDoc) -> String {
    render(&Outline::of(doc))
}

/// Renders the day sheet as Markdown, escaped as [`to_markdown`] is.
pub fn day_sheet_to_markdown(sheet: &crate::DaySheet) -> String {
    render(&crate::day_sheet::outline(sheet))
}

fn render(o: &Outline) -> String {
    let mut m = String::new();
    let _ = write!(
        m,
        "# {}\n\n*{}*  \n{} · {}\n\n",
        esc(&o.title),
        esc(&o.subtitle),
        esc(&o.shop),
        esc(&o.date)
    );
    if let Some(intro) = &o.intro {
        let _ = write!(m, "{}\n\n", esc(intro));
    }
    for s in &o.sections {
        let _ = write!(m, "## {}\n\n", esc(&s.heading));
        for b in &s.blocks {
            block(&mut m, b, o.words);
        }
    }
    let _ = writeln!(m, "---\n\n{}", esc(&o.footer));
    m
}

fn block(m: &mut String, b: &Block, words: Words) {
    match b {
        Block::Fields(fields) => {
            for (label, value) in fields {
                let _ = writeln!(
                    m,
                    "- **{}:** {}",
                    esc(label),
                    esc(value).replace('\n', "  \n  ")
                );
            }
            m.push('\n');
        }
        Block::Prefs { label, items } => {
            if let Some(label) = label {
                let _ = write!(m, "### {}\n\n", esc(label));
            }
            for item in items {
                let badge = item
                    .badge
                    .map(|b| format!("**{}:** ", b.label(words)))
                    .unwrap_or_default();
                let _ = write!(m, "- {badge}{}", esc(&item.value).replace('\n', "  \n  "));
                if !item.meta.is_empty() {
                    let meta: Vec<String> = item.meta.iter().map(|x| esc(x)).collect();
                    let _ = write!(m, "  \n  *{}*", meta.join(" · "));
                }
                m.push('\n');
            }
            m.push('\n');
        }
        Block::Table(t) => table(m, t),
        Block::Paragraphs(ps) => {
            for p in ps {
                let _ = write!(m, "{}\n\n", esc(p).replace('\n', "  \n"));
            }
        }
        Block::WriteIn(fields) => {
            for (label, value) in fields {
                let _ = writeln!(m, "- **{}:** {} ____", esc(label), esc(value));
            }
            m.push('\n');
        }
        Block::Ticks { columns, rows } => {
            let _ = writeln!(
                m,
                "| | {} |",
                columns
                    .iter()
                    .map(|c| esc(c))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
            let _ = writeln!(m, "|---|{}|", vec!["---"; columns.len()].join("|"));
            for (question, answers) in rows {
                let cells: Vec<String> = answers
                    .iter()
                    .map(|a| crate::form::tick_text(words, *a))
                    .collect();
                let _ = writeln!(m, "| {} | {} |", esc(question), cells.join(" | "));
            }
            m.push('\n');
        }
        Block::Empty(text) => {
            let _ = write!(m, "*{}*\n\n", esc(text));
        }
    }
}

fn table(m: &mut String, t: &Table) {
    let titles: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
    let _ = writeln!(m, "| {} |", titles.join(" | "));
    let rules: Vec<&str> = t
        .columns
        .iter()
        .map(|c| if c.right { "--:" } else { "---" })
        .collect();
    let _ = writeln!(m, "|{}|", rules.join("|"));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| esc(c).replace('\n', "<br>")).collect();
        let _ = writeln!(m, "| {} |", cells.join(" | "));
    }
    m.push('\n');
}

/// Escapes characters that Markdown would read as formatting.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        // A line that would start a list, quote or heading.
        let t = line.trim_start();
        let lead = line.len() - t.len();
        out.push_str(&line[..lead]);
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let mut rest = t;
        let body = t.trim_end();
        let marker =
            t.starts_with(['-', '+']) && t[1..].chars().next().is_none_or(char::is_whitespace);
        let underline = body.len() > 1 && body.chars().all(|c| matches!(c, '-' | '=' | ' '));
        if marker || underline {
            out.push('\\');
        } else if digits > 0 && t[digits..].starts_with(['.', ')']) {
            // "1." would start a numbered list: write "1\.".
            out.push_str(&t[..digits]);
            out.push('\\');
            rest = &t[digits..];
        }
        for c in rest.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_formatting() {
        assert_eq!(
            esc("*bold* _x_ [a](b) <i>"),
            r"\*bold\* \_x\_ \[a\](b) \<i\>"
        );
        assert_eq!(esc("- not a list"), r"\- not a list");
        assert_eq!(esc("1. not a list"), r"1\. not a list");
        assert_eq!(esc("O'Brien"), "O'Brien");
        assert_eq!(esc("+47 912"), "+47 912");
        assert_eq!(esc("==="), r"\===");
    }
}
