use shopkeeper_core::*;

use super::{customer, pounds, shop};

fn names(shop: &Shop, q: &str) -> Vec<String> {
    shop.search(q, 10)
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn diacritics_special_letters_cjk_and_apostrophes_are_found() {
    let (_d, mut shop) = shop();
    for n in ["Zoë Ødegård", "李小龙", "O'Brien", "Jürgen Straße", "Łucja"] {
        customer(&mut shop, n, None, None);
    }
    for (q, want) in [
        ("zoe", "Zoë Ødegård"),
        ("odegard", "Zoë Ødegård"),
        ("ØDEG", "Zoë Ødegård"),
        ("zoë", "Zoë Ødegård"),
        ("李小龙", "李小龙"),
        ("小龙", "李小龙"),
        ("o'brien", "O'Brien"),
        ("obrien", "O'Brien"),
        ("brie", "O'Brien"),
        ("strasse", "Jürgen Straße"),
        ("lucja", "Łucja"),
    ] {
        assert_eq!(names(&shop, q), [want], "query {q}");
    }
    for hostile in [
        "\"",
        "'); DROP TABLE customer; --",
        "NEAR(",
        "*",
        "a OR",
        "^",
        "",
    ] {
        shop.search(hostile, 10).unwrap();
    }
}

#[test]
fn phones_match_in_any_formatting() {
    let (_d, mut shop) = shop();
    customer(&mut shop, "Tom", None, Some("+44 20 7946 0958"));
    for q in [
        "020 7946 0958",
        "02079460958",
        "+442079460958",
        "(020) 7946-0958",
        "2079 4609",
        "0207",
    ] {
        assert_eq!(names(&shop, q), ["Tom"], "query {q}");
    }
}

#[test]
fn notes_preferences_tags_emails_and_products_are_searched_and_kept_up_to_date() {
    let (_d, mut shop) = shop();
    let c = customer(&mut shop, "Anna", Some("anna.k@example.com"), None);
    let mut e = c.edit();
    e.notes = Some("ask about the trip to Porto".into());
    e.tags = vec!["wholesale".into()];
    shop.update_customer(c.id, &e).unwrap();
    shop.add_preference(
        c.id,
        &NewPreference::said(PreferenceCategory::Dislike, "goat cheese"),
    )
    .unwrap();
    shop.add_purchase(
        c.id,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: vec![NewLine::free_text("Barolo 2019", 1, pounds(4200))],
        },
    )
    .unwrap();
    for q in [
        "porto",
        "wholesale",
        "goat",
        "barolo 2019",
        "anna.k@example",
        "example.com",
    ] {
        assert_eq!(names(&shop, q), ["Anna"], "query {q}");
    }
    let mut e = shop.customer(c.id).unwrap().edit();
    e.notes = None;
    shop.update_customer(c.id, &e).unwrap();
    assert!(names(&shop, "porto").is_empty());
}

#[test]
fn a_name_match_ranks_above_a_note_match() {
    let (_d, mut shop) = shop();
    let mut other = NewCustomer::new("Bea");
    other.notes = Some("friend of Marta".into());
    shop.add_customer(&other).unwrap();
    customer(&mut shop, "Marta", None, None);
    assert_eq!(names(&shop, "marta"), ["Marta", "Bea"]);
}
