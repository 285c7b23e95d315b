//! Reading an amount as tills, web shops and people write it: `12,50 €`,
//! `$1,234.56`, `1.234,56`, `1 234,56`, `1'234.50`, `(3.50)`, `12.50-`.
//!
//! The text is split into the number (digits with their marks) and what
//! stands around it: at most one sign (`-`, `+`, a trailing `-`, or
//! parentheses) and at most one currency sign or code. The decimal mark is
//! then decided: when both `.` and `,` appear, the last one is the decimal
//! mark; a mark written twice (`1,234,567`) is a group mark; a single mark
//! beside space or apostrophe groups (`1 234,5`) is the decimal mark; a
//! single mark followed by other than three digits (`12,5`, `12.50`) is the
//! decimal mark. A single mark followed by exactly three digits (`1,234`) is
//! decided by the file's [`DecimalMark`] when known (the hint decides only
//! what an amount does not show by itself, so a file that mixes `12.50` and
//! `3,50` reads as it always did); without it, it is a
//! group mark for a currency without minor units (`¥1,200`), the decimal
//! mark for one with three (`12.500` KWD: such tills print all three
//! decimals), and refused as ambiguous for one with two (`1,234` in EUR). Digits beyond the currency's minor units are refused
//! unless they are zeros: money is never rounded.

use crate::{CoreError, Result};

use super::{Currency, CurrencyHint, Money};

/// Which character an amount (or a whole file of amounts) uses as its
/// decimal mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DecimalMark {
    /// `1,234.56`
    Dot,
    /// `1.234,56`
    Comma,
    /// Not known: each amount is read on its own (see the module docs).
    #[default]
    Unknown,
}

impl DecimalMark {
    fn char(self) -> Option<char> {
        match self {
            DecimalMark::Dot => Some('.'),
            DecimalMark::Comma => Some(','),
            DecimalMark::Unknown => None,
        }
    }

    /// The mark `text` shows by itself, whatever the currency: `1.234,56`,
    /// `12,5` and `1.234.567` show a comma; `1,234` shows nothing.
    pub fn shown_by(text: &str) -> DecimalMark {
        let Ok(found) = Money::parse_found(text) else {
            return DecimalMark::Unknown;
        };
        match Marks::of(&found.number) {
            Marks::Decimal('.') | Marks::Groups(',') => DecimalMark::Dot,
            Marks::Decimal(',') | Marks::Groups('.') => DecimalMark::Comma,
            _ => DecimalMark::Unknown,
        }
    }

    /// The decimal mark of a whole column of amounts: the one the amounts
    /// that show one agree on, or `Unknown` when none shows one or they
    /// disagree.
    pub fn of_column<'a>(samples: impl IntoIterator<Item = &'a str>) -> DecimalMark {
        let mut seen = DecimalMark::Unknown;
        for s in samples {
            match (seen, DecimalMark::shown_by(s)) {
                (_, DecimalMark::Unknown) => {}
                (DecimalMark::Unknown, m) => seen = m,
                (a, b) if a != b => return DecimalMark::Unknown,
                _ => {}
            }
        }
        seen
    }
}

/// An amount as written, before its decimal mark and currency are checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundAmount {
    /// Whether it is negative (`-`, a trailing `-`, or parentheses).
    pub negative: bool,
    /// The digits with their marks as written (`1.234,56`, `1 234,56`).
    pub number: String,
    /// The currency the text names, if it names one.
    pub currency: Option<CurrencyHint>,
    /// The text, shortened, for messages.
    shown: String,
}

impl FoundAmount {
    /// Splits `text` into sign, number and currency; refuses text that is
    /// not an amount (no digits, two signs, two currencies, letters inside).
    pub fn read(text: &str) -> Result<FoundAmount> {
        let shown: String = text.trim().chars().take(40).collect();
        let bad = |why: &str| bad(&shown, why);
        let mut t = text.trim();
        if t.is_empty() {
            return Err(bad("it is empty"));
        }
        let mut signs = 0;
        let mut negative = false;
        if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            (signs, negative, t) = (1, true, inner.trim());
        }
        let Some(first) = t.find(|c: char| c.is_ascii_digit()) else {
            return Err(bad("it has no digits"));
        };
        let last = t.rfind(|c: char| c.is_ascii_digit()).unwrap_or(first) + 1;
        let mut start = first;
        let before = &t[..first];
        if before.ends_with(['.', ',']) && !before[..first - 1].ends_with(char::is_alphabetic) {
            start -= 1; // `.50`
        }
        let mut end = last;
        if let Some(rest) = t[last..].strip_prefix(['.', ',']) {
            if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                end += 1; // `12.`
            }
        }
        let number = &t[start..end];
        if let Some(c) = number.chars().find(|&c| !is_number_char(c)) {
            return Err(bad(&format!("\"{c}\" cannot stand inside a number")));
        }
        let mut currency = None;
        for word in words(&t[..start]).into_iter().chain(words(&t[end..])) {
            match word {
                "-" | "\u{2212}" | "+" => {
                    signs += 1;
                    negative |= word != "+";
                }
                _ if currency.is_some() => return Err(bad("it names a currency twice")),
                _ => {
                    let hint = CurrencyHint::of(word).ok_or_else(|| {
                        bad(&format!("\"{word}\" is not a currency sign or code"))
                    })?;
                    currency = Some(hint);
                }
            }
        }
        if signs > 1 {
            return Err(bad("it has more than one sign"));
        }
        Ok(FoundAmount {
            negative,
            number: number.to_string(),
            currency,
            shown,
        })
    }

    /// This amount in `currency`, its decimal mark decided with `mark`.
    /// Refuses an amount that names another currency (field `currency`).
    pub fn in_currency(&self, currency: Currency, mark: DecimalMark) -> Result<Money> {
        if let Some(hint) = self.currency.filter(|h| !h.allows(currency)) {
            return Err(CoreError::invalid(
                "currency",
                msg!(
                    "error-currency-amount-but-shop",
                    value = self.shown.to_string(),
                    hint = hint.to_string(),
                    currency = currency.to_string(),
                    currency2 = currency.to_string()
                ),
            ));
        }
        let minor = self.minor_units(currency.exponent(), mark)?;
        Ok(Money::new(
            if self.negative { -minor } else { minor },
            currency,
        ))
    }

    /// The unsigned number in minor units of a currency with `exp` digits
    /// after the decimal mark.
    fn minor_units(&self, exp: u32, mark: DecimalMark) -> Result<i64> {
        let n = self.number.as_str();
        let bad = |why: &str| bad(&self.shown, why);
        let decimal = self.decimal_mark(exp, mark)?;
        let (whole, frac) = match decimal {
            Some(d) => n.rsplit_once(d).unwrap_or((n, "")),
            None => (n, ""),
        };
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("a group mark cannot come after the decimal mark"));
        }
        let places = exp as usize;
        if frac.len() > places && frac[places..].bytes().any(|b| b != b'0') {
            return Err(bad(&format!(
                "it has {} digits after the decimal mark and this currency has {places}; money is never rounded",
                frac.len()
            )));
        }
        let whole = whole_digits(whole).map_err(bad)?;
        let frac = format!("{:0<places$}", &frac[..frac.len().min(places)]);
        let too_large = || CoreError::invalid("amount", msg!("error-amount-amount-too-large"));
        let mut minor: i64 = 0;
        for b in whole.bytes().chain(frac.bytes()) {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(b - b'0')))
                .ok_or_else(too_large)?;
        }
        Ok(minor)
    }

    /// Which of `.` and `,` is the decimal mark, if either is.
    fn decimal_mark(&self, exp: u32, mark: DecimalMark) -> Result<Option<char>> {
        match Marks::of(&self.number) {
            Marks::None | Marks::Groups(_) => Ok(None),
            Marks::Decimal(d) => Ok(Some(d)),
            Marks::Ambiguous(m) => match (mark.char(), exp) {
                (Some(h), _) => Ok((h == m).then_some(m)),
                (None, 0) => Ok(None),
                (None, 3) => Ok(Some(m)),
                (None, _) => Err(bad(
                    &self.shown,
                    &format!(
                        "\"{m}\" before three digits could be a decimal or a thousands mark; write 1234, 1,234.00 or 1.234,00"
                    ),
                )),
            },
        }
    }
}

/// What the `.` and `,` in a number show by themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marks {
    /// Neither is written.
    None,
    /// This one is the decimal mark: both are written and it is the last
    /// (`1.234,56`), or it is written once and not before exactly three
    /// digits (`12,5`), or beside space or apostrophe groups (`1 234,567`).
    Decimal(char),
    /// This one is a group mark: it alone is written, more than once.
    Groups(char),
    /// It alone is written, once, before exactly three digits (`1,234`).
    Ambiguous(char),
}

impl Marks {
    fn of(n: &str) -> Marks {
        let Some(i) = n.rfind(['.', ',']) else {
            return Marks::None;
        };
        let last = char::from(n.as_bytes()[i]);
        if n.contains(if last == '.' { ',' } else { '.' }) {
            Marks::Decimal(last)
        } else if n.matches(last).count() > 1 {
            Marks::Groups(last)
        } else if n.len() - i - 1 == 3 && !n.contains(is_other_group) {
            Marks::Ambiguous(last)
        } else {
            Marks::Decimal(last)
        }
    }
}

/// The digits of a whole part written with or without group marks
/// (`1,234,567`, `1 234`, `1'234`, `1.234`), or why it is not one.
fn whole_digits(whole: &str) -> std::result::Result<String, &'static str> {
    let group = whole.chars().find(|c| !c.is_ascii_digit());
    let Some(g) = group else {
        return Ok(whole.to_string());
    };
    let same = |c: char| c == g || (is_space(c) && is_space(g)) || (is_quote(c) && is_quote(g));
    let groups: Vec<&str> = whole.split(|c: char| !c.is_ascii_digit()).collect();
    if whole.chars().any(|c| !c.is_ascii_digit() && !same(c)) {
        return Err("it mixes different group marks");
    }
    let first_ok = (1..=3).contains(&groups[0].len());
    if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return Err("a group mark must stand between groups of three digits, as in 1,234,567");
    }
    Ok(groups.concat())
}

/// The signs and currency words around a number, in order.
fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let len = if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        } else if c.is_alphabetic() {
            let letters = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            match rest[letters..].chars().next() {
                Some('$') => letters + 1,
                Some('.') if CurrencyHint::of(&rest[..letters + 1]).is_some() => letters + 1,
                _ => letters,
            }
        } else {
            c.len_utf8()
        };
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == ',' || is_other_group(c)
}

/// A group mark that is never a decimal mark: a space or an apostrophe.
fn is_other_group(c: char) -> bool {
    is_space(c) || is_quote(c)
}

/// Space, no-break space, narrow no-break space, thin space.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The Swiss apostrophe, typed or typographic.
fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn bad(shown: &str, why: &str) -> CoreError {
    CoreError::invalid(
        "amount",
        msg!(
            "error-amount-amount-write-amounts",
            shown = shown.to_string(),
            why = why.to_string()
        ),
    )
}
