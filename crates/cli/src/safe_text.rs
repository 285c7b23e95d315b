//! Text a customer or an imported file could set, made harmless where it is
//! printed: in CSV a cell that a spreadsheet would run as a formula
//! (OWASP's "CSV injection") gets a leading `'`, and in a table for the
//! terminal a control character (which could move the cursor, retitle the
//! window or hide text with an escape sequence) is shown as `�`.

/// The first characters that make a spreadsheet read a cell as a formula
/// (OWASP: `=`, `+`, `-`, `@`, tab and carriage return).
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// What a control character is shown as in a table.
const PLACEHOLDER: char = '\u{FFFD}';

/// `cell` as written to CSV: prefixed with `'` when a spreadsheet would run
/// it as a formula. Numbers (`-12.50`, `+4420794600`) and amounts
/// (`-12.50 GBP`) are left as they are: they stay numbers, and cannot call
/// anything.
pub fn csv_cell(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) && !is_number(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Whether `s` is a plain number, optionally signed, with an optional
/// decimal part and an optional currency code after a space.
fn is_number(s: &str) -> bool {
    let number = match s.rsplit_once(' ') {
        Some((n, code)) if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) => n,
        _ => s,
    };
    let digits = number.strip_prefix(['-', '+']).unwrap_or(number);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.chars().all(|c| c.is_ascii_digit())
}

/// `cell` as shown in a table on a terminal: line breaks and tabs become
/// spaces; every other control character (C0, DEL, C1, so ESC too) and the
/// bidirectional embeddings, overrides and isolates (which can make text
/// read differently from what it is) become `�`.
pub fn terminal_text(cell: &str) -> String {
    cell.chars()
        .map(|c| match c {
            '\n' | '\t' => ' ',
            c if c.is_control() => PLACEHOLDER,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => PLACEHOLDER,
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_a_quote_and_numbers_and_names_do_not() {
        for formula in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+cmd|' /C calc'!A0",
            "-1+1",
            "@SUM(A1:A2)",
            "\t=1",
            "\r=1",
            "-",
            "+44 20 7946 0958",
        ] {
            assert_eq!(csv_cell(formula.into()), format!("'{formula}"));
        }
        for plain in [
            "-12.50",
            "-12.50 GBP",
            "+442079460958",
            "12",
            "0.5",
            "Zoë Ødegård",
            "李小龙",
            "O'Brien",
            "a=b",
            "",
        ] {
            assert_eq!(csv_cell(plain.into()), plain);
        }
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(
            terminal_text("\x1b]0;pwn\x07Zoë"),
            "\u{FFFD}]0;pwn\u{FFFD}Zoë"
        );
        assert_eq!(terminal_text("a\u{9b}2Jb\x7f"), "a\u{FFFD}2Jb\u{FFFD}");
        assert_eq!(terminal_text("abc\u{202E}fed"), "abc\u{FFFD}fed");
        assert_eq!(
            terminal_text("two\nlines\tand a tab"),
            "two lines and a tab"
        );
        for name in ["Zoë Ødegård", "李小龙", "O'Brien", "محمد", "-12.50 GBP"] {
            assert_eq!(terminal_text(name), name);
        }
    }
}
