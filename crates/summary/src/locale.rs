//! How a document writes: its words from the catalogue in the customer's
//! language, and its dates and amounts as that language and region write
//! them.
//!
//! Numbers (grouping, decimal mark) come from CLDR through ICU4X's
//! `icu_decimal`; month names and the order of day, month and year come from
//! the catalogue (`summary-month`, `summary-date`), so a new language brings
//! its own. Where the currency sign goes follows CLDR's currency patterns for
//! the languages Shopkeeper speaks (`1.234,50 €`, `CHF 1’234.50`, `£1,234.50`).

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use shopkeeper_l10n::{msg, Message, Words};

/// No-break space: between an amount and its currency, which never part.
const NBSP: char = '\u{a0}';

/// The language and region a document is written for, with its words.
#[derive(Debug)]
pub struct Locale {
    /// The tag as given, tidied (`de-CH`, `fr`, `en`).
    tag: String,
    /// Its language, lower case (`de`).
    language: String,
    /// Its region, upper case (`CH`), if it names one.
    region: Option<String>,
    words: Words,
    numbers: DecimalFormatter,
}

impl Locale {
    /// The locale for a language tag (`de-CH`, `fr`, `pt_BR`); anything that
    /// is not a tag is English. Words the catalogue lacks are English.
    pub fn new(tag: &str) -> Locale {
        let parsed: IcuLocale = tag
            .trim()
            .replace('_', "-")
            .parse()
            .unwrap_or(IcuLocale::UNKNOWN);
        let language = match parsed.id.language.as_str() {
            "und" => "en".to_string(),
            l => l.to_string(),
        };
        let region = parsed.id.region.map(|r| r.as_str().to_string());
        let tag = match &region {
            Some(r) => format!("{language}-{r}"),
            None => language.clone(),
        };
        let icu: IcuLocale = tag.parse().unwrap_or(IcuLocale::UNKNOWN);
        let numbers = DecimalFormatter::try_new((&icu).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("compiled CLDR data has the root locale");
        Locale {
            words: Words::for_language(&tag),
            tag,
            language,
            region,
            numbers,
        }
    }

    /// The tag the document's words are in, for HTML's `lang` and the PDF's
    /// metadata: the tag itself when the catalogue speaks its language, else
    /// the language it fell back to (`en`).
    pub fn tag(&self) -> &str {
        if self.words.code() == self.language {
            &self.tag
        } else {
            self.words.code()
        }
    }

    /// The catalogue in this language.
    pub fn words(&self) -> Words {
        self.words
    }

    /// Says `message` in this language.
    pub fn say(&self, message: &Message) -> String {
        self.words.say(message)
    }

    fn date_with(&self, id: Message, d: NaiveDate, month: Message) -> String {
        self.say(
            &id.arg("day", d.day().to_string())
                .arg("month", month.arg("month", d.month()))
                .arg("year", d.year().to_string()),
        )
    }

    /// The day written out: "3 March 2026", "3. März 2026", "3 de marzo de 2026".
    pub fn long_date(&self, d: NaiveDate) -> String {
        self.date_with(msg!("summary-date"), d, msg!("summary-month"))
    }

    /// The day, short: "3 Mar 2026", "3. März 2026", "3 mar 2026".
    pub fn short_date(&self, d: NaiveDate) -> String {
        self.date_with(msg!("summary-date.short"), d, msg!("summary-month.short"))
    }

    /// A day and month without a year (a birthday): "14 May", "14. Mai".
    /// `None` when there is no such day.
    pub fn day_month(&self, day: u32, month: u32) -> Option<String> {
        // A leap year, so 29 February is a day.
        NaiveDate::from_ymd_opt(2000, month, day)?;
        Some(self.say(&msg!(
            "summary-date.day-month",
            day = day.to_string(),
            month = msg!("summary-month", month = month)
        )))
    }

    /// A day and time: "3 Jun 2026, 14:05".
    pub fn short_date_time(&self, d: NaiveDateTime) -> String {
        self.say(&msg!(
            "summary-date.with-time",
            date = self.short_date(d.date()),
            time = d.format("%H:%M").to_string()
        ))
    }

    /// A decimal number written as the shop writes it (`0.125`, `-2`) in
    /// this locale's way (`0,125`); text that is not such a number is
    /// returned as it is ("250 g").
    pub fn number(&self, text: &str) -> String {
        match Decimal::try_from_str(text.trim()) {
            Ok(d) => self.numbers.format(&d).to_string(),
            Err(_) => text.to_string(),
        }
    }

    /// An amount of `minor` units of `currency` (ISO 4217, `exponent` digits
    /// after the decimal mark), written as this locale writes money:
    /// `1.234,50 €` (de), `1 234,50 €` (fr), `CHF 1’234.50` (de-CH),
    /// `£1,234.50` (en). A refund has a minus sign in front.
    pub fn money(&self, minor: i64, currency: &str, exponent: u32) -> String {
        let exponent = i16::try_from(exponent).unwrap_or(0);
        let mut amount = Decimal::from(minor.unsigned_abs());
        amount.multiply_pow10(-exponent);
        amount.absolute.pad_end(-exponent);
        let number = self.numbers.format(&amount).to_string();
        let sign = if minor < 0 { "-" } else { "" };
        let symbol = self.symbol(currency);
        match self.placement() {
            Placement::After => format!("{sign}{number}{NBSP}{symbol}"),
            Placement::BeforeSpaced => format!("{sign}{symbol}{NBSP}{number}"),
            Placement::Before if symbol.ends_with(|c: char| c.is_alphabetic()) => {
                format!("{sign}{symbol}{NBSP}{number}")
            }
            Placement::Before => format!("{sign}{symbol}{number}"),
        }
    }

    /// The sign CLDR uses for `currency` in this locale where every locale
    /// Shopkeeper speaks agrees on one; else the ISO code itself.
    fn symbol<'a>(&self, currency: &'a str) -> &'a str {
        match currency {
            "EUR" => "€",
            "GBP" => "£",
            "USD"
                if self.language == "en" && matches!(self.region.as_deref(), None | Some("US")) =>
            {
                "$"
            }
            code => code,
        }
    }

    /// Where the currency goes (CLDR's standard currency pattern).
    fn placement(&self) -> Placement {
        let region = self.region.as_deref();
        match (self.language.as_str(), region) {
            ("de" | "it", Some("CH" | "LI")) | ("de", Some("AT")) => Placement::BeforeSpaced,
            ("es", None | Some("ES")) => Placement::After,
            ("de" | "fr" | "it", _) => Placement::After,
            _ => Placement::Before,
        }
    }
}

/// Where a currency sign goes around the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// `£1,234.50`; a sign that is a code is spaced (`NOK 6,400.00`).
    Before,
    /// `CHF 1’234.50`.
    BeforeSpaced,
    /// `1.234,50 €`.
    After,
}

/// The language tag a document for one customer is written in: the
/// customer's own (`fr-CH`) when the catalogue speaks it, else the shop's,
/// else English. A tag without a region takes the shop's (`region`, e.g.
/// `CH`), so amounts are written as the shop's country writes them.
pub fn document_language(customer: Option<&str>, shop: &str, region: Option<&str>) -> String {
    let spoken = |tag: &str| {
        let locale = Locale::new(tag);
        (locale.words.code() == locale.language).then_some(locale)
    };
    let chosen = customer
        .and_then(spoken)
        .or_else(|| spoken(shop))
        .unwrap_or_else(|| Locale::new("en"));
    match (&chosen.region, region.filter(|r| !r.trim().is_empty())) {
        (None, Some(r)) => format!("{}-{}", chosen.language, r.trim().to_ascii_uppercase()),
        _ => chosen.tag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn money_is_written_the_way_each_locale_writes_it() {
        // As CLDR (through ICU4X) writes them: Swiss German groups with an
        // apostrophe (U+0027), French with a narrow no-break space, and
        // Spanish and Italian leave four-digit amounts ungrouped.
        let cases = [
            ("de-DE", "EUR", "1.234,50\u{a0}€"),
            ("de-CH", "CHF", "CHF\u{a0}1'234.50"),
            ("fr-FR", "EUR", "1\u{202f}234,50\u{a0}€"),
            ("es-ES", "EUR", "1234,50\u{a0}€"),
            ("it-IT", "EUR", "1234,50\u{a0}€"),
            ("en-GB", "GBP", "£1,234.50"),
            ("en", "NOK", "NOK\u{a0}1,234.50"),
            ("en-US", "USD", "$1,234.50"),
        ];
        for (tag, currency, written) in cases {
            assert_eq!(
                Locale::new(tag).money(123_450, currency, 2),
                written,
                "{tag}"
            );
        }
        for tag in ["es-ES", "it-IT", "de-DE"] {
            let written = Locale::new(tag).money(1_234_550, "EUR", 2);
            assert_eq!(written, "12.345,50\u{a0}€", "{tag}");
        }
        assert_eq!(
            Locale::new("de-DE").money(-2_500, "EUR", 2),
            "-25,00\u{a0}€"
        );
        assert_eq!(Locale::new("en-GB").money(5, "GBP", 2), "£0.05");
        assert_eq!(
            Locale::new("de-DE").money(1_200, "JPY", 0),
            "1.200\u{a0}JPY"
        );
        assert_eq!(
            Locale::new("fr-CH").money(123_450, "CHF", 2),
            "1'234,50\u{a0}CHF"
        );
    }

    #[test]
    fn dates_use_the_languages_month_names_and_order() {
        let d = day(2026, 3, 3);
        let cases = [
            ("de-DE", "3. März 2026", "3. März 2026"),
            ("de-CH", "3. März 2026", "3. März 2026"),
            ("fr-FR", "3 mars 2026", "3 mars 2026"),
            ("es-ES", "3 de marzo de 2026", "3 mar 2026"),
            ("it-IT", "3 marzo 2026", "3 mar 2026"),
            ("en-GB", "3 March 2026", "3 Mar 2026"),
        ];
        for (tag, long, short) in cases {
            let l = Locale::new(tag);
            assert_eq!(l.long_date(d), long, "{tag}");
            assert_eq!(l.short_date(d), short, "{tag}");
        }
        let l = Locale::new("de-DE");
        assert_eq!(l.short_date(day(2026, 9, 1)), "1. Sept. 2026");
        assert_eq!(l.day_month(14, 5).as_deref(), Some("14. Mai"));
        assert_eq!(l.day_month(31, 2), None);
        let at = day(2026, 6, 3).and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(Locale::new("en").short_date_time(at), "3 Jun 2026, 14:05");
        assert_eq!(Locale::new("fr").short_date_time(at), "3 juin 2026, 14:05");
    }

    #[test]
    fn numbers_take_the_locales_decimal_mark() {
        assert_eq!(Locale::new("de-DE").number("0.125"), "0,125");
        assert_eq!(Locale::new("de-CH").number("1234.5"), "1'234.5");
        assert_eq!(Locale::new("fr-FR").number("2"), "2");
        assert_eq!(Locale::new("it-IT").number("-0.5"), "-0,5");
        assert_eq!(Locale::new("en-GB").number("2.75"), "2.75");
        assert_eq!(Locale::new("es-ES").number("250 g"), "250 g");
    }

    #[test]
    fn the_document_is_in_the_customers_language_else_the_shops_else_english() {
        assert_eq!(document_language(Some("fr-CH"), "de", None), "fr-CH");
        assert_eq!(document_language(Some("de"), "en", Some("ch")), "de-CH");
        assert_eq!(document_language(Some("nb"), "it", None), "it");
        assert_eq!(document_language(Some("nb"), "sv", None), "en");
        assert_eq!(document_language(None, "es", Some("ES")), "es-ES");
        assert_eq!(document_language(Some("not a tag!"), "en", None), "en");
        assert_eq!(Locale::new("pt-BR").tag(), "en");
        assert_eq!(Locale::new("de_CH").tag(), "de-CH");
    }
}
