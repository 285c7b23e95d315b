//! `shopkeeper customer duplicates`, and the note `customer add` prints when
//! the new customer looks like one already in the shop. The reasons come
//! from the core as data; the words are here.

use shopkeeper_core::duplicates::{Probe, Reason};
use shopkeeper_core::{Customer, NewCustomer, Shop};

use crate::args::Format;
use crate::output::{listing, show};
use crate::safe_text::terminal_text;

listing!(
    /// One possible duplicate as printed.
    DuplicateRow {
        score: String,
        first_id: String,
        first: String,
        second_id: String,
        second: String,
        reasons: String,
    }
);

/// Runs `shopkeeper customer duplicates`.
pub fn list(shop: &Shop, format: Format) -> anyhow::Result<()> {
    let rows: Vec<DuplicateRow> = shop
        .possible_duplicates()?
        .into_iter()
        .map(|p| DuplicateRow {
            score: format!("{:.2}", p.score),
            first_id: p.first.id.to_string(),
            first: p.first.display_name,
            second_id: p.second.id.to_string(),
            second: p.second.display_name,
            reasons: words(&p.reasons),
        })
        .collect();
    if rows.is_empty() && format == Format::Table {
        println!("No likely duplicates among the shop's customers.");
        return Ok(());
    }
    show(&rows, format)
}

/// The customers already in the shop that `new` looks like.
pub fn like(shop: &Shop, new: &NewCustomer) -> anyhow::Result<Vec<(Customer, Vec<Reason>)>> {
    let probe = Probe {
        name: new.display_name.clone(),
        emails: new.email.iter().cloned().collect(),
        phones: new.phone.iter().cloned().collect(),
    };
    Ok(shop
        .customers_like(&probe, 3)?
        .into_iter()
        .map(|(c, _, reasons)| (c, reasons))
        .collect())
}

/// Tells the owner the customer just added looks like others.
pub fn warn(added: &Customer, like: &[(Customer, Vec<Reason>)]) {
    for (c, reasons) in like {
        println!(
            "Note: {} looks like {} ({}): {}. If they are one person: shopkeeper customer merge {} {}",
            terminal_text(&added.display_name),
            terminal_text(&c.display_name),
            c.id,
            terminal_text(&words(reasons)),
            c.id,
            added.id
        );
    }
}

/// The reasons in words, joined.
fn words(reasons: &[Reason]) -> String {
    reasons.iter().map(word).collect::<Vec<_>>().join("; ")
}

fn word(r: &Reason) -> String {
    match r {
        Reason::SameEmail(e) => format!("same email {e}"),
        Reason::SamePhone(p) => format!("same phone {p}"),
        Reason::SameName => "same name".into(),
        Reason::SameNameReordered => "same name, written differently".into(),
        Reason::ShortForm { first, second } => format!("{first} and {second} are one name"),
        Reason::Initial { initial, word } => format!("{} could be {word}", initial.to_uppercase()),
        Reason::NameWithin => "one name is part of the other".into(),
        Reason::SimilarSpelling => "names spelled almost the same".into(),
        Reason::OtherEmails => "but different emails".into(),
        Reason::OtherPhones => "but different phones".into(),
        _ => "other".into(),
    }
}
