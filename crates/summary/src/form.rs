//! The printable preference and consent form: one page the customer fills in
//! with a pen, blank or pre-filled with what the shop already knows.

use chrono::NaiveDate;
use shopkeeper_l10n::{msg, Words};

use crate::locale::Locale;
use crate::outline::{section, Block, Outline};

/// A form to print. Every text is shown as given; the caller words it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDoc {
    /// The shop's name, in the header.
    pub shop_name: String,
    /// The day it was printed.
    pub generated: NaiveDate,
    /// The version of the form's words, printed at its foot; the ledger
    /// records it with every choice copied from the form.
    pub version: String,
    /// The form's language tag (`de`, `fr-CH`): its words and dates follow
    /// it. Empty or unknown: English.
    pub language: String,
    /// Whose form it is; `None` for a blank form.
    pub customer_name: Option<String>,
    /// Contact details: label and what is known (empty: to fill in).
    pub about: Vec<(String, String)>,
    /// Preferences: label and what is known (empty: to fill in).
    pub remember: Vec<(String, String)>,
    /// The ways the shop may reach them (column titles).
    pub channels: Vec<String>,
    /// The consent questions, one row each.
    pub questions: Vec<FormQuestion>,
    /// How often and a quiet period: label and what is known.
    pub frequency: Vec<(String, String)>,
}

/// One consent question and what the customer answered so far per channel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormQuestion {
    /// The question as asked.
    pub text: String,
    /// Per channel (in [`FormDoc::channels`] order): `Some(true)` yes,
    /// `Some(false)` no, `None` not answered.
    pub answers: Vec<Option<bool>>,
}

/// A tick cell as text (HTML and Markdown renderings): "☒ Yes ☐ No".
pub(crate) fn tick_text(words: Words, answer: Option<bool>) -> String {
    let mark = |on: bool| if on { '☒' } else { '☐' };
    format!(
        "{} {} {} {}",
        mark(answer == Some(true)),
        words.say(&msg!("form-yes")),
        mark(answer == Some(false)),
        words.say(&msg!("form-no"))
    )
}

/// The form as an outline, laid out like a summary.
pub(crate) fn outline(form: &FormDoc) -> Outline {
    let l = Locale::new(&form.language);
    let subtitle = match &form.customer_name {
        Some(name) => l.say(&msg!("form-subtitle-for", name = name)),
        None => l.say(&msg!("form-subtitle-blank")),
    };
    let sections = vec![
        section(
            l.say(&msg!("form-heading.about")),
            vec![Block::WriteIn(form.about.clone())],
        ),
        section(
            l.say(&msg!("form-heading.remember")),
            vec![Block::WriteIn(form.remember.clone())],
        ),
        section(
            l.say(&msg!("form-heading.contact")),
            vec![
                Block::Ticks {
                    columns: form.channels.clone(),
                    rows: form
                        .questions
                        .iter()
                        .map(|q| (q.text.clone(), q.answers.clone()))
                        .collect(),
                },
                Block::WriteIn(form.frequency.clone()),
                Block::WriteIn(vec![(l.say(&msg!("form-signature")), String::new())]),
            ],
        ),
    ];
    Outline {
        title: l.say(&msg!("form-title")),
        subtitle,
        intro: Some(l.say(&msg!("form-intro", shop = &form.shop_name))),
        sections,
        footer: l.say(&msg!("form-footer", version = &form.version)),
        shop: form.shop_name.clone(),
        date: l.long_date(form.generated),
        language: l.tag().to_string(),
        words: l.words(),
    }
}
