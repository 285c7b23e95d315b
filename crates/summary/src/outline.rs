//! What a summary says, in which order and with which words, independent of
//! the output format. The PDF, HTML and Markdown renderers all draw an
//! [`Outline`], so the three formats always agree.

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{Highlight, PrefItem, SummaryDoc, Variant};

/// A summary as titled sections of blocks.
#[derive(Debug, Clone)]
pub(crate) struct Outline {
    /// The customer's name.
    pub title: String,
    /// The line under the name.
    pub subtitle: String,
    /// A paragraph before the first section.
    pub intro: Option<String>,
    pub sections: Vec<Section>,
    /// A quiet line at the foot of each page.
    pub footer: String,
    /// The shop's name, for the header.
    pub shop: String,
    /// The day it was made, written out.
    pub date: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// Label and value pairs.
    Fields(Vec<(String, String)>),
    /// Preferences of one group.
    Prefs {
        label: Option<String>,
        items: Vec<PrefView>,
    },
    Table(Table),
    Paragraphs(Vec<String>),
    /// Said when a section has nothing to show.
    Empty(String),
    /// Lines to write on by hand: a label, and what is known already (may
    /// be empty) above the line.
    WriteIn(Vec<(String, String)>),
    /// Boxes to tick: one row per question, for each column a "yes" and a
    /// "no" box; `Some(true)` has "yes" ticked already, `Some(false)` "no".
    Ticks {
        /// The columns' titles.
        columns: Vec<String>,
        /// Each question with its answers per column.
        rows: Vec<(String, Vec<Option<bool>>)>,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct PrefView {
    pub value: String,
    pub badge: Option<Badge>,
    /// Small print under the value: whom it is for, when it was noted…
    pub meta: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Badge {
    Allergy,
    Dislike,
}

impl Badge {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Badge::Allergy => "Allergy",
            Badge::Dislike => "Does not like",
        }
    }

    fn of(h: Highlight) -> Option<Badge> {
        match h {
            Highlight::None => None,
            Highlight::Dislike => Some(Badge::Dislike),
            Highlight::Allergy => Some(Badge::Allergy),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub title: &'static str,
    /// Share of the table's width.
    pub weight: f32,
    /// Numbers and amounts are aligned to the right.
    pub right: bool,
}

const fn col(title: &'static str, weight: f32) -> Column {
    Column {
        title,
        weight,
        right: false,
    }
}

/// "3 June 2026".
pub(crate) fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "3 Jun 2026".
pub(crate) fn short_date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "3 Jun 2026, 14:05".
fn short_date_time(d: NaiveDateTime) -> String {
    d.format("%-d %b %Y, %H:%M").to_string()
}

impl Outline {
    pub(crate) fn of(doc: &SummaryDoc) -> Outline {
        match doc.variant {
            Variant::ForShop => for_shop(doc),
            Variant::ForCustomer => for_customer(doc),
        }
    }
}

fn for_shop(doc: &SummaryDoc) -> Outline {
    let c = &doc.customer;
    let mut sections = Vec::new();

    // What the staff must not get wrong comes first.
    let careful: Vec<PrefView> = doc
        .preferences
        .iter()
        .flat_map(|g| {
            g.items
                .iter()
                .filter(|i| i.highlight != Highlight::None)
                .map(move |i| pref_view(i, Some(&g.label), Variant::ForShop))
        })
        .collect();
    if !careful.is_empty() {
        sections.push(Section {
            heading: "Allergies and dislikes".into(),
            blocks: vec![Block::Prefs {
                label: None,
                items: careful,
            }],
        });
    }

    let groups: Vec<Block> = doc
        .preferences
        .iter()
        .filter_map(|g| {
            let items: Vec<PrefView> = g
                .items
                .iter()
                .filter(|i| i.highlight == Highlight::None)
                .map(|i| pref_view(i, None, Variant::ForShop))
                .collect();
            (!items.is_empty()).then(|| Block::Prefs {
                label: Some(g.label.clone()),
                items,
            })
        })
        .collect();
    if !groups.is_empty() {
        sections.push(section("Preferences", groups));
    }
    if !doc.notes.is_empty() {
        sections.push(section(
            "Notes for staff",
            vec![Block::Paragraphs(doc.notes.clone())],
        ));
    }
    let mut about = Vec::new();
    if !c.contact_lines.is_empty() {
        about.push(("Contact".into(), c.contact_lines.join("\n")));
    }
    push_opt(&mut about, "Language", &c.language);
    push_opt(&mut about, "Birthday", &c.birthday);
    for d in &c.important_dates {
        about.push((d.label.clone(), long_date(d.date)));
    }
    if !c.household.is_empty() {
        about.push(("Household".into(), c.household.join(", ")));
    }
    if !c.tags.is_empty() {
        about.push(("Tags".into(), c.tags.join(", ")));
    }
    if !about.is_empty() {
        sections.push(section("About", vec![Block::Fields(about)]));
    }
    if !doc.recent_purchases.is_empty() {
        sections.push(section("Recent purchases", vec![purchases(doc)]));
    }
    let contact = contact_blocks(doc, Variant::ForShop);
    if !contact.is_empty() {
        sections.push(section("Contact", contact));
    }

    Outline {
        title: c.display_name.clone(),
        subtitle: if c.customer_ref.is_empty() {
            "Customer summary for the shop".into()
        } else {
            format!("Customer summary for the shop · {}", c.customer_ref)
        },
        intro: None,
        sections,
        footer: "For the shop's staff. Please keep it out of sight of other customers.".into(),
        shop: doc.shop_name.clone(),
        date: long_date(doc.generated),
    }
}

fn for_customer(doc: &SummaryDoc) -> Outline {
    let c = &doc.customer;
    let nothing = || Block::Empty("Nothing recorded.".into());
    let or_nothing = |blocks: Vec<Block>| {
        if blocks.is_empty() {
            vec![nothing()]
        } else {
            blocks
        }
    };
    let mut sections = Vec::new();

    let mut about = vec![("Name".to_string(), c.display_name.clone())];
    if !c.contact_lines.is_empty() {
        about.push(("How to reach you".into(), c.contact_lines.join("\n")));
    }
    push_opt(&mut about, "Language", &c.language);
    push_opt(&mut about, "Birthday", &c.birthday);
    for d in &c.important_dates {
        about.push((d.label.clone(), long_date(d.date)));
    }
    if !c.household.is_empty() {
        about.push(("Your household".into(), c.household.join(", ")));
    }
    if !c.tags.is_empty() {
        about.push(("Labels we use".into(), c.tags.join(", ")));
    }
    if !c.customer_ref.is_empty() {
        about.push(("Our reference".into(), c.customer_ref.clone()));
    }
    sections.push(section("About you", vec![Block::Fields(about)]));

    let groups: Vec<Block> = doc
        .preferences
        .iter()
        .filter(|g| !g.items.is_empty())
        .map(|g| Block::Prefs {
            label: Some(g.label.clone()),
            items: g
                .items
                .iter()
                .map(|i| pref_view(i, None, Variant::ForCustomer))
                .collect(),
        })
        .collect();
    sections.push(section("Your preferences", or_nothing(groups)));

    let purchases = if doc.recent_purchases.is_empty() {
        vec![]
    } else {
        vec![purchases(doc)]
    };
    sections.push(section("Your recent purchases", or_nothing(purchases)));
    sections.push(section(
        "How we may contact you",
        or_nothing(contact_blocks(doc, Variant::ForCustomer)),
    ));
    let notes = if doc.notes.is_empty() {
        vec![]
    } else {
        vec![Block::Paragraphs(doc.notes.clone())]
    };
    sections.push(section(
        "Notes we have written about you",
        or_nothing(notes),
    ));

    let ledger = if doc.consent_ledger.is_empty() {
        vec![]
    } else {
        vec![Block::Table(Table {
            columns: vec![
                col("When", 1.35),
                col("How", 0.95),
                col("What for", 1.6),
                col("Your choice", 0.95),
                col("How you told us", 1.6),
                col("Wording", 0.7),
            ],
            rows: doc
                .consent_ledger
                .iter()
                .map(|r| {
                    let how = match &r.note {
                        Some(n) if !n.is_empty() => format!("{}\n{n}", r.how),
                        _ => r.how.clone(),
                    };
                    vec![
                        short_date_time(r.when),
                        r.channel.clone(),
                        r.purpose.clone(),
                        r.state.clone(),
                        how,
                        r.wording_version.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        })]
    };
    sections.push(section("Changes to your choices", or_nothing(ledger)));

    let purposes = if doc.data_purposes.is_empty() {
        vec![]
    } else {
        vec![Block::Table(Table {
            columns: vec![col("What we keep", 1.0), col("Why", 2.2)],
            rows: doc
                .data_purposes
                .iter()
                .map(|p| vec![p.kind.clone(), p.purpose.clone()])
                .collect(),
        })]
    };
    sections.push(section(
        "What we keep about you and why",
        or_nothing(purposes),
    ));

    Outline {
        title: c.display_name.clone(),
        subtitle: format!("What {} keeps about you", doc.shop_name),
        intro: Some(format!(
            "This is everything {shop} keeps about you, as of {date}. If something is \
             wrong or out of date, tell us and we will correct it. You may also ask us \
             to delete it all.",
            shop = doc.shop_name,
            date = long_date(doc.generated),
        )),
        sections,
        footer: format!(
            "Prepared for {} on {}.",
            c.display_name,
            long_date(doc.generated)
        ),
        shop: doc.shop_name.clone(),
        date: long_date(doc.generated),
    }
}

pub(crate) fn section(heading: &str, blocks: Vec<Block>) -> Section {
    Section {
        heading: heading.into(),
        blocks,
    }
}

fn push_opt(fields: &mut Vec<(String, String)>, label: &str, value: &Option<String>) {
    if let Some(v) = value.as_ref().filter(|v| !v.is_empty()) {
        fields.push((label.into(), v.clone()));
    }
}

fn purchases(doc: &SummaryDoc) -> Block {
    Block::Table(Table {
        columns: vec![
            col("Date", 1.0),
            col("What", 3.2),
            Column {
                title: "Quantity",
                weight: 0.8,
                right: true,
            },
            Column {
                title: "Amount",
                weight: 0.9,
                right: true,
            },
        ],
        rows: doc
            .recent_purchases
            .iter()
            .map(|p| {
                vec![
                    short_date(p.date),
                    p.description.clone(),
                    p.quantity.clone(),
                    p.amount.clone(),
                ]
            })
            .collect(),
    })
}

fn contact_blocks(doc: &SummaryDoc, variant: Variant) -> Vec<Block> {
    let c = &doc.contact;
    let mut fields = Vec::new();
    let (preferred, often, quiet) = match variant {
        Variant::ForShop => ("Prefers", "How often", "No messages until"),
        Variant::ForCustomer => ("You prefer", "How often", "No messages until"),
    };
    push_opt(&mut fields, preferred, &c.preferred_channel);
    push_opt(&mut fields, often, &c.frequency);
    if let Some(d) = c.quiet_until {
        fields.push((quiet.into(), long_date(d)));
    }
    let mut blocks = Vec::new();
    if !fields.is_empty() {
        blocks.push(Block::Fields(fields));
    }
    if !c.allowed.is_empty() {
        let choice = match variant {
            Variant::ForShop => "Allowed",
            Variant::ForCustomer => "Your choice",
        };
        blocks.push(Block::Table(Table {
            columns: vec![col("How", 1.0), col("What for", 2.4), col(choice, 1.0)],
            rows: c
                .allowed
                .iter()
                .map(|a| vec![a.channel.clone(), a.purpose.clone(), a.state.clone()])
                .collect(),
        }));
    }
    blocks
}

fn pref_view(item: &PrefItem, group: Option<&str>, variant: Variant) -> PrefView {
    let mut meta = Vec::new();
    if let Some(g) = group {
        meta.push(g.to_owned());
    }
    if let Some(a) = item.applies_to.as_ref().filter(|a| !a.is_empty()) {
        meta.push(format!("For {a}"));
    }
    if variant == Variant::ForCustomer {
        if let Some(s) = item.source.as_ref().filter(|s| !s.is_empty()) {
            meta.push(format!("From: {s}"));
        }
    }
    if let Some(d) = item.noted {
        meta.push(format!("Noted {}", short_date(d)));
    }
    if variant == Variant::ForCustomer {
        if let Some(p) = item.purpose.as_ref().filter(|p| !p.is_empty()) {
            meta.push(format!("Why we keep it: {p}"));
        }
    }
    PrefView {
        value: item.value.clone(),
        badge: Badge::of(item.highlight),
        meta,
    }
}
