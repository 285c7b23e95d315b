//! Which pairs of customers are worth comparing at all: those that share a
//! key (an email, a phone number, their name's words, or a name word with
//! the initial of another). Comparing only these keeps a 100,000-customer
//! shop from needing five billion comparisons.

use std::collections::{HashMap, HashSet};

use super::names::families;
use super::score::Person;

/// A key shared by more records than this says nothing (a very common
/// surname with a common initial); such groups are not paired.
const MAX_GROUP: usize = 400;

/// Every key under which `p` is filed.
pub(super) fn keys(p: &Person) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(p.emails.iter().map(|e| format!("e:{e}")));
    keys.extend(p.phones.iter().map(|n| format!("p:{n}")));
    let words = &p.name.words;
    if !words.is_empty() {
        keys.push(format!("n:{}", p.name.key()));
    }
    for (i, word) in words.iter().enumerate() {
        if word.chars().count() < 2 {
            continue;
        }
        // The word with its letters sorted catches two letters swapped.
        let mut letters: Vec<char> = word.chars().collect();
        letters.sort_unstable();
        let sorted: String = letters.into_iter().collect();
        let prefix: String = word.chars().take(3).collect();
        for (j, other) in words.iter().enumerate() {
            if i == j {
                continue;
            }
            let mut initials: Vec<String> =
                other.chars().next().map(String::from).into_iter().collect();
            // "Bob" files under R as well as B, so "Robert" meets it.
            initials.extend(families(other).iter().map(|f| format!("#{f}")));
            for initial in &initials {
                keys.push(format!("w:{word}:{initial}"));
                keys.push(format!("s:{sorted}:{initial}"));
                keys.push(format!("x:{prefix}:{initial}"));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The pairs of indexes into `people` that share a key, each once, lower
/// index first.
pub(super) fn pairs(people: &[Person]) -> Vec<(usize, usize)> {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        for k in keys(p) {
            groups.entry(k).or_default().push(i);
        }
    }
    let mut seen = HashSet::new();
    for members in groups.values() {
        if members.len() < 2 || members.len() > MAX_GROUP {
            continue;
        }
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                seen.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut out: Vec<(usize, usize)> = seen.into_iter().collect();
    out.sort_unstable();
    out
}

/// The indexes in `people` that share a key with `probe`.
pub(super) fn near(probe: &Person, people: &[Person]) -> Vec<usize> {
    let wanted: HashSet<String> = keys(probe).into_iter().collect();
    people
        .iter()
        .enumerate()
        .filter(|(_, p)| keys(p).iter().any(|k| wanted.contains(k)))
        .map(|(i, _)| i)
        .collect()
}
