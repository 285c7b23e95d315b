//! A customer's profile as rows of section, field and value.

use shopkeeper_core::{CustomerId, Shop};

use crate::output::listing;

listing!(
    /// One fact about a customer.
    Fact {
        section: String,
        field: String,
        value: String,
    }
);

/// Everything about one customer, one fact per row.
pub fn rows(shop: &Shop, id: CustomerId) -> anyhow::Result<Vec<Fact>> {
    let p = shop.profile(id)?;
    let c = &p.customer;
    let mut out = Vec::new();
    let mut fact = |section: &str, field: &str, value: String| {
        out.push(Fact {
            section: section.into(),
            field: field.into(),
            value,
        })
    };
    fact("customer", "id", c.id.to_string());
    fact("customer", "name", c.display_name.clone());
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    for (f, v) in [
        ("given_name", &c.given_name),
        ("family_name", &c.family_name),
        ("address", &c.address),
        ("language", &c.language),
        ("customer_ref", &c.customer_ref),
        ("notes", &c.notes),
    ] {
        if v.is_some() {
            fact("customer", f, opt(v));
        }
    }
    for e in &c.emails {
        fact("customer", "email", e.clone());
    }
    for ph in &c.phones {
        fact("customer", "phone", ph.typed.clone());
    }
    if let Some(b) = c.birthday {
        fact("customer", "birthday", b.to_string());
    }
    for d in &c.important_dates {
        fact("customer", "date", format!("{}: {}", d.label, d.date));
    }
    if !c.tags.is_empty() {
        fact("customer", "tags", c.tags.join(";"));
    }
    for pref in &p.preferences {
        fact(
            "preference",
            pref.category.as_str(),
            match &pref.applies_to {
                Some(a) => format!("{} ({a})", pref.value),
                None => pref.value.clone(),
            },
        );
    }
    fact("purchases", "visits", p.stats.visits.to_string());
    fact("purchases", "total_spent", p.stats.total_spent.to_string());
    if let Some(last) = p.stats.last {
        fact("purchases", "last_visit", last.date_naive().to_string());
    }
    for pu in &p.recent_purchases {
        let items: Vec<String> = pu
            .lines
            .iter()
            .map(|l| format!("{}× {}", l.quantity, l.description))
            .collect();
        fact(
            "purchases",
            &pu.at.date_naive().to_string(),
            format!(
                "{}{} — {}",
                pu.total,
                if pu.void.is_some() { " (void)" } else { "" },
                items.join(", ")
            ),
        );
    }
    for s in p.consent.iter().filter(|s| s.since.is_some()) {
        fact(
            "consent",
            &format!("{} {}", s.channel, s.purpose),
            s.state.to_string(),
        );
    }
    let f = &p.frequency.rule;
    fact(
        "frequency",
        if p.frequency.is_shop_default {
            "shop default"
        } else {
            "own"
        },
        format!("at most {} per {} days", f.max_contacts, f.period_days),
    );
    for ct in &p.recent_contacts {
        fact(
            "contact",
            &ct.at.date_naive().to_string(),
            format!(
                "{} {}: {}",
                shopkeeper_core::contact_channel_name(ct.channel),
                ct.purpose,
                ct.summary
            ),
        );
    }
    for h in &p.household {
        fact("household", h.relation.as_str(), h.other_id.to_string());
    }
    Ok(out)
}
