//! The day sheet: today's follow-ups on one page for the counter, to tick
//! off with a pen (PDF, HTML for the app's print dialog, Markdown).

use chrono::NaiveDate;
use shopkeeper_l10n::msg;

use crate::locale::Locale;
use crate::outline::{section, Block, Column, Outline, Table};

/// A day sheet to print. Every text is shown as given; the caller words it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DaySheet {
    /// The shop's name, in the header.
    pub shop_name: String,
    /// The day it is for.
    pub day: NaiveDate,
    /// The sheet's language tag (`de`, `fr-CH`). Empty or unknown: English.
    pub language: String,
    /// Whom to contact today, in Today's order.
    pub to_contact: Vec<SheetLine>,
    /// Whom to tell when they next come in (no channel they allow today).
    pub in_person: Vec<SheetLine>,
}

/// One follow-up on the sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetLine {
    /// The customer's name.
    pub customer: String,
    /// Why, in a sentence ("Comes in about every 5 weeks").
    pub why: String,
    /// How to reach them: the channel they allow and its number or
    /// address ("Phone: +44 7700 900123"); empty for in person.
    pub how: String,
}

fn table(l: &Locale, lines: &[SheetLine], with_how: bool) -> Block {
    let column = |title: String, weight: f32| Column {
        title,
        weight,
        right: false,
    };
    let mut columns = vec![
        column(l.say(&msg!("sheet-column.done")), 0.55),
        column(l.say(&msg!("sheet-column.customer")), 1.2),
        column(l.say(&msg!("sheet-column.why")), 2.0),
    ];
    if with_how {
        columns.push(column(l.say(&msg!("sheet-column.how")), 1.9));
    }
    let rows = lines
        .iter()
        .map(|s| {
            // The first cell stays empty: it is ticked with a pen.
            let mut row = vec![String::new(), s.customer.clone(), s.why.clone()];
            if with_how {
                row.push(s.how.clone());
            }
            row
        })
        .collect();
    Block::Table(Table { columns, rows })
}

/// The sheet as an outline, for every renderer.
pub(crate) fn outline(sheet: &DaySheet) -> Outline {
    let l = Locale::new(&sheet.language);
    let part = |heading: String, lines: &[SheetLine], with_how: bool| {
        let block = match lines.is_empty() {
            true => Block::Empty(l.say(&msg!("sheet-nobody"))),
            false => table(&l, lines, with_how),
        };
        section(heading, vec![block])
    };
    let count = (sheet.to_contact.len() + sheet.in_person.len()) as i64;
    Outline {
        title: l.say(&msg!("sheet-title")),
        subtitle: l.say(&msg!("sheet-subtitle", n = count)),
        intro: None,
        sections: vec![
            part(
                l.say(&msg!("sheet-heading.to-contact")),
                &sheet.to_contact,
                true,
            ),
            part(
                l.say(&msg!("sheet-heading.in-person")),
                &sheet.in_person,
                false,
            ),
        ],
        footer: l.say(&msg!("sheet-footer")),
        shop: sheet.shop_name.clone(),
        date: l.long_date(sheet.day),
        language: l.tag().to_string(),
        words: l.words(),
    }
}
