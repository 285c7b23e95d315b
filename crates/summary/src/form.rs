//! The printable preference and consent form: one page the customer fills in
//! with a pen, blank or pre-filled with what the shop already knows.

use chrono::NaiveDate;

use crate::outline::{long_date, section, Block, Outline};

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

/// A tick cell as text (HTML and Markdown renderings).
pub(crate) fn tick_text(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => "☒ Yes ☐ No",
        Some(false) => "☐ Yes ☒ No",
        None => "☐ Yes ☐ No",
    }
}

/// The form as an outline, laid out like a summary.
pub(crate) fn outline(form: &FormDoc) -> Outline {
    let title = "Your preferences and choices".to_string();
    let subtitle = match &form.customer_name {
        Some(name) => format!("For {name} · please check, correct and tick"),
        None => "Please fill in with a pen".to_string(),
    };
    let sections = vec![
        section("About you", vec![Block::WriteIn(form.about.clone())]),
        section(
            "What you would like us to remember",
            vec![Block::WriteIn(form.remember.clone())],
        ),
        section(
            "May we contact you?",
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
                Block::WriteIn(vec![("Date and signature".into(), String::new())]),
            ],
        ),
    ];
    Outline {
        title,
        subtitle,
        intro: Some(format!(
            "Tell {} what to remember and how we may contact you: tick yes or no for \
             each way. You can change your mind at any time, and ask to see or delete \
             what we keep.",
            form.shop_name
        )),
        sections,
        footer: format!("Form wording version {}", form.version),
        shop: form.shop_name.clone(),
        date: long_date(form.generated),
    }
}
