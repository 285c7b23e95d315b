//! How likely two customer records are one person, and why: the evidence of
//! their names, emails and phone numbers, each a [`Reason`].

use super::names::{nickname_of, Name};

/// A piece of evidence for (or against) two records being one person.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// The same email address (written in any case).
    SameEmail(String),
    /// The same phone number (written in any format).
    SamePhone(String),
    /// Exactly the same name.
    SameName,
    /// The same words in another order or form ("Ødegård, Zoë").
    SameNameReordered,
    /// One given name is a short form of the other ("Bob" for "Robert").
    ShortForm {
        /// The word in the first record.
        first: String,
        /// The word in the second record.
        second: String,
    },
    /// One name has an initial where the other has the word ("J." for "John").
    Initial {
        /// The initial.
        initial: String,
        /// The word it may stand for.
        word: String,
    },
    /// One name is the other with words left out ("Maria García" and
    /// "Maria García López").
    NameWithin,
    /// The names are spelled almost the same ("Smith" and "Smiht").
    SimilarSpelling,
    /// Both have email addresses, and none is shared (evidence against).
    OtherEmails,
    /// Both have phone numbers, and none is shared (evidence against).
    OtherPhones,
}

/// What the scorer reads of one customer.
#[derive(Debug, Clone)]
pub(super) struct Person {
    /// The name, folded into words.
    pub name: Name,
    /// Emails, trimmed and in lower case.
    pub emails: Vec<String>,
    /// Phone numbers as matched (E.164 when known, else the digits).
    pub phones: Vec<String>,
}

/// Scores at or above this are listed as possible duplicates.
pub const LIST_SCORE: f64 = 0.5;

/// How much a shared name says in this shop: in a shop where many
/// customers share their exact name with someone (a village of Hansens, or
/// the demo's short lists of names), two records of one name are weak
/// evidence; the more records bear this very name, the weaker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Commonness {
    /// Share of the shop's customers whose name (words in any order) some
    /// other customer also has.
    pub shop_rate: f64,
    /// How many records bear the pair's name (at least 2 for a pair).
    pub bearers: usize,
}

impl Commonness {
    /// A name two records share in a shop without namesakes.
    #[cfg(test)]
    pub const RARE: Commonness = Commonness {
        shop_rate: 0.0,
        bearers: 2,
    };

    /// The factor on the evidence of one name alone.
    fn factor(self) -> f64 {
        (1.0 - self.shop_rate).clamp(0.0, 1.0) * (2.0 / self.bearers.max(2) as f64)
    }
}

/// How likely `a` and `b` are one person, in [0, 1], with the reasons;
/// `None` when nothing links them. `common` says how common their names
/// are (it weakens only the evidence of the names).
pub(super) fn score(a: &Person, b: &Person, common: Commonness) -> Option<(f64, Vec<Reason>)> {
    let name = name_relation(&a.name, &b.name).map(|(w, reason)| (w * common.factor(), reason));
    let email = a.emails.iter().find(|e| b.emails.contains(e));
    let phone = a.phones.iter().find(|p| b.phones.contains(p));
    if name.is_none() && email.is_none() && phone.is_none() {
        return None;
    }
    let mut reasons = Vec::new();
    let mut against = 1.0;
    let (name_weight, email_weight, phone_weight) = match &name {
        Some((w, reason)) => {
            reasons.push(reason.clone());
            (*w, 0.9, 0.7)
        }
        // Different names: a shared email may be a couple's, a shared phone
        // a household's landline.
        None => (0.0, 0.6, 0.35),
    };
    let mut apart = 1.0 - name_weight;
    if let Some(e) = email {
        reasons.push(Reason::SameEmail(e.clone()));
        apart *= 1.0 - email_weight;
    } else if !a.emails.is_empty() && !b.emails.is_empty() {
        reasons.push(Reason::OtherEmails);
        against *= 0.5;
    }
    if let Some(p) = phone {
        reasons.push(Reason::SamePhone(p.clone()));
        apart *= 1.0 - phone_weight;
    } else if !a.phones.is_empty() && !b.phones.is_empty() {
        reasons.push(Reason::OtherPhones);
        against *= 0.7;
    }
    Some(((1.0 - apart) * against, reasons))
}

/// The evidence of two names alone, with its weight.
pub(super) fn name_relation(a: &Name, b: &Name) -> Option<(f64, Reason)> {
    if a.words.is_empty() || b.words.is_empty() {
        return None;
    }
    if a.words == b.words {
        return Some((0.8, Reason::SameName));
    }
    if a.sorted() == b.sorted() {
        return Some((0.75, Reason::SameNameReordered));
    }
    let (shared, left_a, left_b) = pair_words(&a.words, &b.words);
    // At least one real word (not an initial) in common.
    if !shared.iter().any(|w| w.chars().count() > 1) {
        return None;
    }
    match (left_a.as_slice(), left_b.as_slice()) {
        ([x], [y]) => one_word_apart(x, y),
        ([], _) | (_, []) if shared.len() >= 2 => Some((0.6, Reason::NameWithin)),
        _ => None,
    }
}

/// The evidence of two names that differ in one word, `x` against `y`.
fn one_word_apart(x: &str, y: &str) -> Option<(f64, Reason)> {
    if nickname_of(x, y) {
        return Some((
            0.7,
            Reason::ShortForm {
                first: x.to_string(),
                second: y.to_string(),
            },
        ));
    }
    let initial = |i: &str, w: &str| i.chars().count() == 1 && w.starts_with(i);
    if initial(x, y) || initial(y, x) {
        let (i, w) = if x.len() < y.len() { (x, y) } else { (y, x) };
        return Some((
            0.6,
            Reason::Initial {
                initial: i.to_string(),
                word: w.to_string(),
            },
        ));
    }
    let shortest = x.chars().count().min(y.chars().count());
    let edits = strsim::damerau_levenshtein(x, y);
    if (shortest >= 5 && edits == 1) || (shortest >= 8 && edits == 2) {
        return Some((0.55, Reason::SimilarSpelling));
    }
    None
}

/// The words `a` and `b` share, and those left over on each side.
fn pair_words<'a>(a: &'a [String], b: &'a [String]) -> (Vec<&'a str>, Vec<&'a str>, Vec<&'a str>) {
    let mut left_b: Vec<&str> = b.iter().map(String::as_str).collect();
    let mut shared = Vec::new();
    let mut left_a = Vec::new();
    for w in a {
        match left_b.iter().position(|x| x == w) {
            Some(i) => {
                shared.push(w.as_str());
                left_b.remove(i);
            }
            None => left_a.push(w.as_str()),
        }
    }
    (shared, left_a, left_b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, emails: &[&str], phones: &[&str]) -> Person {
        Person {
            name: Name::new(name),
            emails: emails.iter().map(|e| e.to_lowercase()).collect(),
            phones: phones.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn the_same_person_written_differently_scores_high() {
        let (s, why) = score(
            &person("Zoe Odegard", &[], &[]),
            &person("Ødegård, Zoë", &[], &[]),
            Commonness::RARE,
        )
        .unwrap();
        assert!(s >= LIST_SCORE, "{s}");
        assert_eq!(why, [Reason::SameNameReordered]);
        let (s, _) = score(
            &person("Bob Smith", &["BOB@example.com"], &[]),
            &person("Robert Smith", &["bob@example.com"], &[]),
            Commonness::RARE,
        )
        .unwrap();
        assert!(s > 0.95, "{s}");
    }

    #[test]
    fn a_household_sharing_a_landline_is_not_listed() {
        let (s, _) = score(
            &person("Anna Berg", &[], &["+4722334455"]),
            &person("Tom Berg", &[], &["+4722334455"]),
            Commonness::RARE,
        )
        .unwrap();
        assert!(s < LIST_SCORE, "{s}");
    }

    #[test]
    fn two_people_of_one_name_with_their_own_addresses_are_not_listed() {
        let (s, why) = score(
            &person("John Smith", &["john@a.example"], &["+441111111111"]),
            &person("John Smith", &["js@b.example"], &["+442222222222"]),
            Commonness::RARE,
        )
        .unwrap();
        assert!(s < LIST_SCORE, "{s} {why:?}");
    }

    #[test]
    fn a_name_many_customers_bear_is_weak_evidence() {
        let (a, b) = (
            person("Aiko Andersson", &[], &[]),
            person("Aiko Andersson", &[], &[]),
        );
        let rare = score(&a, &b, Commonness::RARE).unwrap().0;
        assert!(rare >= LIST_SCORE, "{rare}");
        let four = Commonness {
            shop_rate: 0.0,
            bearers: 4,
        };
        assert!(score(&a, &b, four).unwrap().0 < LIST_SCORE);
        let village = Commonness {
            shop_rate: 0.6,
            bearers: 2,
        };
        assert!(score(&a, &b, village).unwrap().0 < LIST_SCORE);
        // A shared email still tells, however common the name.
        let (a, b) = (
            person("Aiko Andersson", &["a@x.example"], &[]),
            person("Aiko Andersson", &["A@x.example"], &[]),
        );
        assert!(score(&a, &b, four).unwrap().0 > 0.9);
    }

    #[test]
    fn names_with_nothing_in_common_are_not_compared() {
        assert!(score(
            &person("Ada Lovelace", &[], &[]),
            &person("李小龙", &[], &[]),
            Commonness::RARE,
        )
        .is_none());
        assert!(name_relation(&Name::new("J. Smith"), &Name::new("J. Brown")).is_none());
    }
}
