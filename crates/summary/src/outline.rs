//! What a summary says, in which order and with which words, independent of
//! the output format. The PDF, HTML and Markdown renderers all draw an
//! [`Outline`], so the three formats always agree.

use shopkeeper_l10n::{msg, Words};

use crate::locale::Locale;
use crate::model::{CustomerPart, Highlight, PrefItem, SummaryDoc, Variant};

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
    /// The document's language tag (`de-CH`), for HTML's `lang` and the PDF.
    pub language: String,
    /// The words of the document's language, for what the renderers add
    /// (page numbers, "(continued)", "Yes" and "No").
    pub words: Words,
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
    pub(crate) fn label(self, words: Words) -> String {
        words.say(&match self {
            Badge::Allergy => msg!("summary-badge.allergy"),
            Badge::Dislike => msg!("summary-badge.dislike"),
        })
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
    pub title: String,
    /// Share of the table's width.
    pub weight: f32,
    /// Numbers and amounts are aligned to the right.
    pub right: bool,
}

fn col(title: String, weight: f32) -> Column {
    Column {
        title,
        weight,
        right: false,
    }
}

impl Outline {
    pub(crate) fn of(doc: &SummaryDoc) -> Outline {
        let l = Locale::new(&doc.language);
        match doc.variant {
            Variant::ForShop => for_shop(doc, &l),
            Variant::ForCustomer => for_customer(doc, &l),
        }
    }
}

fn for_shop(doc: &SummaryDoc, l: &Locale) -> Outline {
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
                .map(move |i| pref_view(l, i, Some(&g.label), Variant::ForShop))
        })
        .collect();
    if !careful.is_empty() {
        sections.push(section(
            l.say(&msg!("summary-heading.careful")),
            vec![Block::Prefs {
                label: None,
                items: careful,
            }],
        ));
    }

    let groups: Vec<Block> = doc
        .preferences
        .iter()
        .filter_map(|g| {
            let items: Vec<PrefView> = g
                .items
                .iter()
                .filter(|i| i.highlight == Highlight::None)
                .map(|i| pref_view(l, i, None, Variant::ForShop))
                .collect();
            (!items.is_empty()).then(|| Block::Prefs {
                label: Some(g.label.clone()),
                items,
            })
        })
        .collect();
    if !groups.is_empty() {
        sections.push(section(l.say(&msg!("summary-heading.preferences")), groups));
    }
    if !doc.notes.is_empty() {
        sections.push(section(
            l.say(&msg!("summary-heading.staff-notes")),
            vec![Block::Paragraphs(doc.notes.clone())],
        ));
    }
    let mut about = Vec::new();
    if !c.contact_lines.is_empty() {
        about.push((
            l.say(&msg!("summary-label.contact")),
            c.contact_lines.join("\n"),
        ));
    }
    language_and_dates(&mut about, c, l);
    if !c.household.is_empty() {
        about.push((
            l.say(&msg!("summary-label.household")),
            c.household.join(", "),
        ));
    }
    if !c.tags.is_empty() {
        about.push((l.say(&msg!("summary-label.tags")), c.tags.join(", ")));
    }
    if !about.is_empty() {
        sections.push(section(
            l.say(&msg!("summary-heading.about")),
            vec![Block::Fields(about)],
        ));
    }
    if !doc.recent_purchases.is_empty() {
        sections.push(section(
            l.say(&msg!("summary-heading.purchases")),
            vec![purchases(doc, l)],
        ));
    }
    let contact = contact_blocks(doc, l, Variant::ForShop);
    if !contact.is_empty() {
        sections.push(section(l.say(&msg!("summary-heading.contact")), contact));
    }

    Outline {
        title: c.display_name.clone(),
        subtitle: if c.customer_ref.is_empty() {
            l.say(&msg!("summary-shop-subtitle"))
        } else {
            l.say(&msg!(
                "summary-shop-subtitle-ref",
                reference = &c.customer_ref
            ))
        },
        intro: None,
        sections,
        footer: l.say(&msg!("summary-shop-footer")),
        shop: doc.shop_name.clone(),
        date: l.long_date(doc.generated),
        language: l.tag().to_string(),
        words: l.words(),
    }
}

fn for_customer(doc: &SummaryDoc, l: &Locale) -> Outline {
    let c = &doc.customer;
    let nothing = || Block::Empty(l.say(&msg!("summary-nothing")));
    let or_nothing = |blocks: Vec<Block>| {
        if blocks.is_empty() {
            vec![nothing()]
        } else {
            blocks
        }
    };
    let mut sections = Vec::new();

    let mut about = vec![(l.say(&msg!("summary-label.name")), c.display_name.clone())];
    if !c.contact_lines.is_empty() {
        about.push((
            l.say(&msg!("summary-label.reach-you")),
            c.contact_lines.join("\n"),
        ));
    }
    language_and_dates(&mut about, c, l);
    if !c.household.is_empty() {
        about.push((
            l.say(&msg!("summary-label.your-household")),
            c.household.join(", "),
        ));
    }
    if !c.tags.is_empty() {
        about.push((l.say(&msg!("summary-label.our-labels")), c.tags.join(", ")));
    }
    if !c.customer_ref.is_empty() {
        about.push((
            l.say(&msg!("summary-label.our-reference")),
            c.customer_ref.clone(),
        ));
    }
    sections.push(section(
        l.say(&msg!("summary-heading.about-you")),
        vec![Block::Fields(about)],
    ));

    let groups: Vec<Block> = doc
        .preferences
        .iter()
        .filter(|g| !g.items.is_empty())
        .map(|g| Block::Prefs {
            label: Some(g.label.clone()),
            items: g
                .items
                .iter()
                .map(|i| pref_view(l, i, None, Variant::ForCustomer))
                .collect(),
        })
        .collect();
    sections.push(section(
        l.say(&msg!("summary-heading.your-preferences")),
        or_nothing(groups),
    ));

    let purchases = if doc.recent_purchases.is_empty() {
        vec![]
    } else {
        vec![purchases(doc, l)]
    };
    sections.push(section(
        l.say(&msg!("summary-heading.your-purchases")),
        or_nothing(purchases),
    ));
    sections.push(section(
        l.say(&msg!("summary-heading.how-contact")),
        or_nothing(contact_blocks(doc, l, Variant::ForCustomer)),
    ));
    let notes = if doc.notes.is_empty() {
        vec![]
    } else {
        vec![Block::Paragraphs(doc.notes.clone())]
    };
    sections.push(section(
        l.say(&msg!("summary-heading.notes-about-you")),
        or_nothing(notes),
    ));

    let ledger = if doc.consent_ledger.is_empty() {
        vec![]
    } else {
        vec![Block::Table(Table {
            columns: vec![
                col(l.say(&msg!("summary-column.when")), 1.35),
                col(l.say(&msg!("summary-column.how")), 0.95),
                col(l.say(&msg!("summary-column.what-for")), 1.6),
                col(l.say(&msg!("summary-column.your-choice")), 0.95),
                col(l.say(&msg!("summary-column.how-you-told")), 1.6),
                col(l.say(&msg!("summary-column.wording")), 0.7),
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
                        l.short_date_time(r.when),
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
    sections.push(section(
        l.say(&msg!("summary-heading.choices")),
        or_nothing(ledger),
    ));

    let purposes = if doc.data_purposes.is_empty() {
        vec![]
    } else {
        vec![Block::Table(Table {
            columns: vec![
                col(l.say(&msg!("summary-column.what-we-keep")), 1.0),
                col(l.say(&msg!("summary-column.why")), 2.2),
            ],
            rows: doc
                .data_purposes
                .iter()
                .map(|p| vec![p.kind.clone(), p.purpose.clone()])
                .collect(),
        })]
    };
    sections.push(section(
        l.say(&msg!("summary-heading.kept")),
        or_nothing(purposes),
    ));

    let date = l.long_date(doc.generated);
    Outline {
        title: c.display_name.clone(),
        subtitle: l.say(&msg!("summary-customer-subtitle", shop = &doc.shop_name)),
        intro: Some(l.say(&msg!(
            "summary-customer-intro",
            shop = &doc.shop_name,
            date = date.clone()
        ))),
        sections,
        footer: l.say(&msg!(
            "summary-customer-footer",
            name = &c.display_name,
            date = date.clone()
        )),
        shop: doc.shop_name.clone(),
        date,
        language: l.tag().to_string(),
        words: l.words(),
    }
}

pub(crate) fn section(heading: String, blocks: Vec<Block>) -> Section {
    Section { heading, blocks }
}

/// The customer's language, birthday and important dates, as both
/// variants list them under "About".
fn language_and_dates(about: &mut Vec<(String, String)>, c: &CustomerPart, l: &Locale) {
    push_opt(about, l.say(&msg!("summary-label.language")), &c.language);
    push_opt(about, l.say(&msg!("summary-label.birthday")), &c.birthday);
    for d in &c.important_dates {
        about.push((d.label.clone(), l.long_date(d.date)));
    }
}

fn push_opt(fields: &mut Vec<(String, String)>, label: String, value: &Option<String>) {
    if let Some(v) = value.as_ref().filter(|v| !v.is_empty()) {
        fields.push((label, v.clone()));
    }
}

fn purchases(doc: &SummaryDoc, l: &Locale) -> Block {
    let right = |title: String, weight: f32| Column {
        title,
        weight,
        right: true,
    };
    Block::Table(Table {
        columns: vec![
            col(l.say(&msg!("summary-column.date")), 1.0),
            col(l.say(&msg!("summary-column.what")), 3.2),
            right(l.say(&msg!("summary-column.quantity")), 0.8),
            right(l.say(&msg!("summary-column.amount")), 0.9),
        ],
        rows: doc
            .recent_purchases
            .iter()
            .map(|p| {
                vec![
                    l.short_date(p.date),
                    p.description.clone(),
                    p.quantity.clone(),
                    p.amount.clone(),
                ]
            })
            .collect(),
    })
}

fn contact_blocks(doc: &SummaryDoc, l: &Locale, variant: Variant) -> Vec<Block> {
    let c = &doc.contact;
    let mut fields = Vec::new();
    let preferred = match variant {
        Variant::ForShop => l.say(&msg!("summary-label.prefers")),
        Variant::ForCustomer => l.say(&msg!("summary-label.you-prefer")),
    };
    push_opt(&mut fields, preferred, &c.preferred_channel);
    push_opt(
        &mut fields,
        l.say(&msg!("summary-label.how-often")),
        &c.frequency,
    );
    if let Some(d) = c.quiet_until {
        fields.push((l.say(&msg!("summary-label.quiet-until")), l.long_date(d)));
    }
    let mut blocks = Vec::new();
    if !fields.is_empty() {
        blocks.push(Block::Fields(fields));
    }
    if !c.allowed.is_empty() {
        let choice = match variant {
            Variant::ForShop => l.say(&msg!("summary-column.allowed")),
            Variant::ForCustomer => l.say(&msg!("summary-column.your-choice")),
        };
        blocks.push(Block::Table(Table {
            columns: vec![
                col(l.say(&msg!("summary-column.how")), 1.0),
                col(l.say(&msg!("summary-column.what-for")), 2.4),
                col(choice, 1.0),
            ],
            rows: c
                .allowed
                .iter()
                .map(|a| vec![a.channel.clone(), a.purpose.clone(), a.state.clone()])
                .collect(),
        }));
    }
    blocks
}

fn pref_view(l: &Locale, item: &PrefItem, group: Option<&str>, variant: Variant) -> PrefView {
    let mut meta = Vec::new();
    if let Some(g) = group {
        meta.push(g.to_owned());
    }
    if let Some(a) = item.applies_to.as_ref().filter(|a| !a.is_empty()) {
        meta.push(l.say(&msg!("summary-for", who = a)));
    }
    if variant == Variant::ForCustomer {
        if let Some(s) = item.source.as_ref().filter(|s| !s.is_empty()) {
            meta.push(l.say(&msg!("summary-from", source = s)));
        }
    }
    if let Some(d) = item.noted {
        meta.push(l.say(&msg!("summary-noted", date = l.short_date(d))));
    }
    if variant == Variant::ForCustomer {
        if let Some(p) = item.purpose.as_ref().filter(|p| !p.is_empty()) {
            meta.push(l.say(&msg!("summary-why-kept", purpose = p)));
        }
    }
    PrefView {
        value: item.value.clone(),
        badge: Badge::of(item.highlight),
        meta,
    }
}
