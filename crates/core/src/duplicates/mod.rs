//! Possible duplicates: customer records that are probably one person ("Zoe
//! Odegard" and "Ødegård, Zoë", "Bob Smith" and "Robert Smith" with one
//! email), scored, each with its reasons as data (the edges word them).
//!
//! [`candidates`] picks the pairs worth comparing, [`score`] weighs the
//! evidence of names, emails and phones, [`names`] reads names.

mod candidates;
mod names;
mod score;

pub use score::{Reason, LIST_SCORE};

use crate::customer::{Customer, ANONYMOUS_CUSTOMER};
use crate::phone::Phone;
use crate::{Result, Shop};
use score::{Commonness, Person};

/// Two customer records that may be one person.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleDuplicate {
    /// One record (the older of the two).
    pub first: Customer,
    /// The other record.
    pub second: Customer,
    /// How likely they are one person, in [0, 1].
    pub score: f64,
    /// Why, strongest first; reasons against are listed too.
    pub reasons: Vec<Reason>,
}

/// A customer being typed in, to check against the shop.
#[derive(Debug, Clone, Default)]
pub struct Probe {
    /// The name typed.
    pub name: String,
    /// Emails typed.
    pub emails: Vec<String>,
    /// Phone numbers typed.
    pub phones: Vec<String>,
}

/// What the scorer reads of a customer.
fn person(c: &Customer) -> Person {
    Person {
        name: names::Name::new(&c.display_name),
        emails: c.emails.iter().map(|e| email_key(e)).collect(),
        phones: c.phones.iter().map(|p| p.match_key()).collect(),
    }
}

/// How many customers bear each name (words in any order), and the share
/// of customers whose name another customer also has.
struct NameCounts {
    count: std::collections::HashMap<String, usize>,
    shop_rate: f64,
}

impl NameCounts {
    fn of(people: &[Person]) -> NameCounts {
        let mut count = std::collections::HashMap::new();
        for p in people.iter().filter(|p| !p.name.words.is_empty()) {
            *count.entry(p.name.key()).or_insert(0) += 1;
        }
        let shared: usize = count.values().filter(|n| **n > 1).sum();
        NameCounts {
            count,
            // Smoothed with twenty customers of names of their own, so a
            // small shop's one duplicate does not make names look common.
            shop_rate: shared as f64 / (people.len() + 20) as f64,
        }
    }

    /// How common the pair's names are (the more common of the two);
    /// `extra` counts a record not in the shop yet (the one being typed in).
    fn of_pair(&self, a: &Person, b: &Person, extra: usize) -> Commonness {
        let bearers = |p: &Person| self.count.get(&p.name.key()).copied().unwrap_or(0);
        Commonness {
            shop_rate: self.shop_rate,
            bearers: bearers(a).max(bearers(b)) + extra,
        }
    }
}

fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The pair as listed: the older record first.
fn listed(a: &Customer, b: &Customer, score: f64, reasons: Vec<Reason>) -> PossibleDuplicate {
    let (a, b) = if (b.created_at, b.id) < (a.created_at, a.id) {
        (b, a)
    } else {
        (a, b)
    };
    PossibleDuplicate {
        first: a.clone(),
        second: b.clone(),
        score,
        reasons,
    }
}

/// Most likely first, then by name.
fn by_likelihood(a: &PossibleDuplicate, b: &PossibleDuplicate) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| a.first.display_name.cmp(&b.first.display_name))
        .then_with(|| a.second.display_name.cmp(&b.second.display_name))
}

impl Shop {
    /// The pairs of customers that are probably one person (score at least
    /// [`LIST_SCORE`]), most likely first.
    pub fn possible_duplicates(&self) -> Result<Vec<PossibleDuplicate>> {
        let customers = self.live_customers()?;
        let people: Vec<Person> = customers.iter().map(person).collect();
        let names = NameCounts::of(&people);
        let mut found: Vec<PossibleDuplicate> = candidates::pairs(&people)
            .into_iter()
            .filter_map(|(i, j)| {
                let common = names.of_pair(&people[i], &people[j], 0);
                let (s, reasons) = score::score(&people[i], &people[j], common)?;
                (s >= LIST_SCORE).then(|| listed(&customers[i], &customers[j], s, reasons))
            })
            .collect();
        found.sort_by(by_likelihood);
        Ok(found)
    }

    /// Customers who look like the one being typed in (score at least
    /// [`LIST_SCORE`]), most likely first, at most `limit`: the warning
    /// before a duplicate is made.
    pub fn customers_like(
        &self,
        probe: &Probe,
        limit: usize,
    ) -> Result<Vec<(Customer, f64, Vec<Reason>)>> {
        let customers = self.live_customers()?;
        let people: Vec<Person> = customers.iter().map(person).collect();
        let region = self.settings().phone_region.as_deref();
        let typed = Person {
            name: names::Name::new(&probe.name),
            emails: probe.emails.iter().map(|e| email_key(e)).collect(),
            phones: probe
                .phones
                .iter()
                .filter_map(|p| Phone::parse(p, region).ok())
                .map(|p| p.match_key())
                .collect(),
        };
        let names = NameCounts::of(&people);
        let mut found: Vec<(Customer, f64, Vec<Reason>)> = candidates::near(&typed, &people)
            .into_iter()
            .filter_map(|i| {
                let common = names.of_pair(&typed, &people[i], 1);
                let (s, reasons) = score::score(&typed, &people[i], common)?;
                (s >= LIST_SCORE).then(|| (customers[i].clone(), s, reasons))
            })
            .collect();
        found.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| a.0.display_name.cmp(&b.0.display_name))
        });
        found.truncate(limit);
        Ok(found)
    }

    fn live_customers(&self) -> Result<Vec<Customer>> {
        let mut all = crate::customer::list(self.conn())?;
        all.retain(|c| c.id.to_string() != ANONYMOUS_CUSTOMER);
        Ok(all)
    }
}
