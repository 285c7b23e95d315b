//! A realistic demo shop, the same for the same seed and end date: a deli
//! with coffee, cheese, wine and gifts; regulars who come back when their
//! coffee runs out, one-off buyers, a busy December, preferences and consent.
//! Used for the first-run demo, tests and benchmarks.

pub use crate::staff::DEMO_STAFF_PIN;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use secrecy::SecretString;
use shopkeeper_vault::{KdfParams, RecoveryKey};

use crate::catalog::{self, NewProduct};
use crate::consent::{self, Channel, ConsentState, NewConsent, Purpose};
use crate::customer::{self, NewCustomer};
use crate::money::{Money, UnitPrice};
use crate::preference::{self, NewPreference, PreferenceCategory, PreferenceSource};
use crate::purchase::{self, Purchase, PurchaseLine, SaleChannel};
use crate::quantity::Quantity;
use crate::{search, CoreError, ProductId, PurchaseId, Result, Settings, Shop};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of customers.
    pub customers: u32,
    /// Years of history.
    pub years: u32,
    /// Seed: the same seed and end date give the same shop.
    pub seed: u64,
    /// Aim for about this many purchase lines in all (default: natural).
    pub lines: Option<u64>,
    /// The last day of history.
    pub until: NaiveDate,
}

impl DemoOptions {
    /// `customers` over `years` up to today, from `seed`.
    pub fn ending_today(customers: u32, years: u32, seed: u64) -> DemoOptions {
        DemoOptions {
            customers,
            years,
            seed,
            lines: None,
            until: Utc::now().date_naive(),
        }
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    /// Customers created.
    pub customers: u64,
    /// Products in the catalog.
    pub products: u64,
    /// Purchases recorded.
    pub purchases: u64,
    /// Purchase lines recorded.
    pub lines: u64,
    /// Preferences noted.
    pub preferences: u64,
    /// Consent entries recorded.
    pub consents: u64,
}

/// SplitMix64: tiny, fast and stable across versions (unlike library RNGs).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// (sku, name, category, price in cents, use-up days, service days)
const CATALOG: &[(&str, &str, &str, i64, u32, u32)] = &[
    (
        "COF-YIR",
        "Yirgacheffe coffee beans 250g",
        "coffee",
        1290,
        30,
        0,
    ),
    (
        "COF-HUE",
        "Huehuetenango coffee beans 250g",
        "coffee",
        1150,
        30,
        0,
    ),
    (
        "COF-DEC",
        "Decaf Colombia beans 250g",
        "coffee",
        1090,
        35,
        0,
    ),
    ("COF-ESP", "House espresso blend 1kg", "coffee", 3400, 45, 0),
    ("TEA-SEN", "Sencha green tea 100g", "tea", 950, 40, 0),
    ("TEA-EG", "Earl Grey 100g", "tea", 790, 40, 0),
    ("CHE-COM", "Comté 18 months, per kg", "cheese", 2890, 14, 0),
    ("CHE-BRI", "Brie de Meaux", "cheese", 540, 10, 0),
    ("CHE-GOA", "Goat cheese log", "cheese", 450, 10, 0),
    ("CHE-STI", "Stilton wedge", "cheese", 620, 14, 0),
    ("CHE-MAN", "Manchego curado, per kg", "cheese", 2490, 14, 0),
    ("WIN-BAR", "Barolo 2019", "wine", 4200, 0, 0),
    ("WIN-RIO", "Rioja Reserva", "wine", 1890, 0, 0),
    ("WIN-SAN", "Sancerre", "wine", 2450, 0, 0),
    ("WIN-PRO", "Prosecco", "wine", 1290, 0, 0),
    (
        "OIL-OLI",
        "Olive oil Koroneiki 500ml",
        "pantry",
        1450,
        60,
        0,
    ),
    ("PAN-HON", "Heather honey", "pantry", 890, 60, 0),
    ("PAN-CHO", "Dark chocolate 70%", "pantry", 390, 0, 0),
    ("PAN-PAS", "Bronze-cut pasta", "pantry", 420, 0, 0),
    ("GIF-HAM", "Christmas hamper", "gifts", 6500, 0, 0),
    ("GIF-BOX", "Cheese gift box", "gifts", 3500, 0, 0),
    ("EQP-GRI", "Burr grinder", "equipment", 12900, 0, 365),
    ("EQP-MOK", "Moka pot", "equipment", 3900, 0, 0),
];

const FIRST: &[&str] = &[
    "Anna", "Tom", "Zoë", "Marta", "Søren", "José", "Siobhán", "Mehmet", "Aiko", "Ingrid", "Lukas",
    "Chloé", "Björn", "Fatima", "Olu", "Grace", "Piotr", "Élodie", "Ravi", "Hannah", "小龙",
    "Niamh", "Jürgen", "Ana", "Kwame", "Lena", "Mateo", "Åsa", "Yusuf", "Clara",
];
const LAST: &[&str] = &[
    "Ødegård",
    "O'Brien",
    "Okafor",
    "Schmidt",
    "García",
    "Nowak",
    "Rossi",
    "Kowalski",
    "Smith",
    "Jones",
    "Müller",
    "Dubois",
    "Larsen",
    "Tanaka",
    "Silva",
    "Yılmaz",
    "Murphy",
    "Novák",
    "Andersson",
    "李",
    "Costa",
    "Hughes",
    "Papadopoulos",
    "Brennan",
    "Fischer",
    "Martin",
];
const PREFS: &[(PreferenceCategory, &str, Option<&str>)] = &[
    (PreferenceCategory::Allergy, "nuts", None),
    (PreferenceCategory::Dislike, "goat cheese", Some("cheese")),
    (PreferenceCategory::Taste, "dark roast", Some("coffee")),
    (
        PreferenceCategory::Taste,
        "light, fruity coffee",
        Some("coffee"),
    ),
    (
        PreferenceCategory::Brand,
        "Comté from Fort Saint-Antoine",
        Some("cheese"),
    ),
    (
        PreferenceCategory::GiftIdea,
        "hamper for her mother at Christmas",
        None,
    ),
    (PreferenceCategory::Taste, "dry white wine", Some("wine")),
    (PreferenceCategory::Allergy, "lactose intolerant", None),
];

/// The demo shop's name, so that it is never mistaken for the owner's shop.
pub const DEMO_SHOP_NAME: &str = "Demo deli (made-up customers)";

impl Shop {
    /// Creates a throwaway demo shop in a new vault at `path` and fills it
    /// with [`Shop::generate_demo`]. The vault is encrypted like any other,
    /// with a random passphrase that is never shown nor kept: once the shop
    /// is closed nobody can open the file again, so delete it with
    /// [`remove_demo`]. Refused when a file already exists at `path`.
    pub fn create_demo(path: &Path, opts: &DemoOptions) -> Result<Shop> {
        if path.exists() {
            return Err(CoreError::invalid(
                "demo",
                msg!(
                    "error-demo-there-already-file",
                    path = (path.display()).to_string()
                ),
            ));
        }
        let passphrase = SecretString::from(RecoveryKey::generate().to_string());
        let made = Shop::create_with_kdf(path, &passphrase, KdfParams::minimum()).and_then(
            |(mut shop, _)| {
                shop.update_settings(&Settings {
                    shop_name: DEMO_SHOP_NAME.into(),
                    ..Settings::default()
                })?;
                shop.generate_demo(opts)?;
                Ok(shop)
            },
        );
        if made.is_err() {
            // Half a demo is no use to anyone; a failure here changes nothing.
            let _ = remove_demo(path);
        }
        made
    }
}

/// Deletes the demo vault at `path` (and SQLite's journal beside it, if a
/// crash left one). Close the demo shop first. A missing file is no error.
pub fn remove_demo(path: &Path) -> Result<()> {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    for file in [path, Path::new(&journal)] {
        match std::fs::remove_file(file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(CoreError::Location {
                    path: file.to_path_buf(),
                    reason: e.to_string(),
                })
            }
            _ => {}
        }
    }
    Ok(())
}

/// One customer's plan: regular (with a usual product) or occasional.
struct Plan {
    usual: Option<usize>,
    visits: u64,
}

impl Shop {
    /// Fills the shop with a demo (in one transaction), served by the owner
    /// and three staff ([`crate::staff::DEMO_STAFF_PIN`]). Refused when the shop
    /// already has customers, so real data is never mixed with made-up data.
    pub fn generate_demo(&mut self, opts: &DemoOptions) -> Result<DemoSummary> {
        self.require(crate::staff::Permission::Settings)?;
        if opts.customers == 0 || opts.customers > 1_000_000 || !(1..=50).contains(&opts.years) {
            return Err(CoreError::invalid(
                "customers",
                msg!("error-customers-choose-customers-years"),
            ));
        }
        // Bulk writes: drop the kept suggestions (and their triggers) first.
        self.refresh_suggestions(crate::SuggestionRefresh::Reload)?;
        if !self.list_customers()?.is_empty() {
            return Err(CoreError::invalid(
                "demo",
                msg!("error-demo-shop-already-has"),
            ));
        }
        let people = self.add_demo_staff()?;
        let (author, was) = (self.author().clone(), self.working());
        let sum = self.write(|tx, settings| {
            let cur = settings.currency;
            let mut rng = Rng(opts.seed);
            let mut sum = DemoSummary::default();
            let mut products: Vec<(ProductId, Money)> = Vec::new();
            for (sku, name, category, price, use_up, service) in CATALOG {
                let p = catalog::insert_in(
                    tx,
                    &NewProduct {
                        sku: (*sku).into(),
                        name: (*name).into(),
                        category: Some((*category).into()),
                        tags: vec![(*category).into()],
                        price: Some(Money::new(*price, cur)),
                        use_up_days: (*use_up > 0).then_some(*use_up),
                        service_days: (*service > 0).then_some(*service),
                        arrival_date: None,
                    },
                    cur,
                )?;
                products.push((p.id, Money::new(*price, cur)));
                sum.products += 1;
            }
            let days = i64::from(opts.years) * 365;
            let start = opts.until - Duration::days(days);
            let plans: Vec<Plan> = (0..opts.customers)
                .map(|_| {
                    if rng.chance(25) {
                        let usual = rng.below(6) as usize;
                        let interval = u64::from(CATALOG[usual].4) + rng.below(20);
                        Plan {
                            usual: Some(usual),
                            visits: days as u64 / interval,
                        }
                    } else {
                        Plan {
                            usual: None,
                            visits: 1 + rng.below(4),
                        }
                    }
                })
                .collect();
            let natural: u64 = plans.iter().map(|p| p.visits).sum::<u64>() * 2;
            let scale = opts.lines.map_or(1.0, |l| l as f64 / natural.max(1) as f64);
            let mut writer = purchase::Writer::new(tx)?;
            let mut early: Vec<(String, Option<String>, Option<String>)> = Vec::new();
            for (i, plan) in plans.iter().enumerate() {
                let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
                let mut new = NewCustomer::new(&name);
                new.customer_ref = Some(format!("D{i:06}"));
                if rng.chance(60) {
                    let local: String = crate::text::fold(&name)
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect();
                    new.email = Some(format!("{local}{i}@example.com"));
                }
                if rng.chance(50) {
                    new.phone = Some(format!("+44 7700 9{:05}", i % 100_000));
                }
                if i < DUPLICATES {
                    early.push((name.clone(), new.email.clone(), new.phone.clone()));
                }
                author.set(crate::staff::demo_author(&people, i));
                if let Some(twin) = duplicate_of(i, opts.customers as usize, &early) {
                    (new.display_name, new.email, new.phone) = twin;
                }
                if plan.usual.is_some() {
                    new.tags.push("regular".into());
                }
                let c = customer::insert_in(tx, &new.to_edit().validated(None)?)?;
                sum.customers += 1;
                if rng.chance(30) {
                    let (category, value, applies_to) = *rng.pick(PREFS);
                    preference::insert_in(
                        tx,
                        c.id,
                        &NewPreference {
                            category,
                            value: value.into(),
                            applies_to: applies_to.map(str::to_string),
                            source: if rng.chance(70) {
                                PreferenceSource::Said
                            } else {
                                PreferenceSource::Observed
                            },
                            noted_on: Some(start + Duration::days(rng.below(days as u64) as i64)),
                            purpose: None,
                        },
                    )?;
                    sum.preferences += 1;
                }
                for &(purpose, percent) in &[
                    (Purpose::Service, 70),
                    (Purpose::Recommendations, 40),
                    (Purpose::Promotions, 15),
                ] {
                    if rng.chance(percent + 10) {
                        let state = if rng.chance(percent) {
                            ConsentState::Granted
                        } else {
                            ConsentState::Refused
                        };
                        consent::append_in(
                            tx,
                            c.id,
                            &NewConsent {
                                channel: Channel::Email,
                                purpose,
                                state,
                                at: Some(Utc.from_utc_datetime(
                                    &start.and_hms_opt(10, 0, 0).expect("valid"),
                                )),
                                method: "in person".into(),
                                wording_version: Some("2024-1".into()),
                                note: None,
                                recorded_by: Some("demo".into()),
                            },
                        )?;
                        sum.consents += 1;
                    }
                }
                let visits = ((plan.visits as f64 * scale).round() as u64).max(1);
                for v in 0..visits {
                    let day = match plan.usual {
                        Some(_) => (days as u64 * v / visits + rng.below(5)) as i64,
                        None => seasonal_day(&mut rng, start, days),
                    };
                    let date = (start + Duration::days(day.min(days)))
                        .and_hms_opt(9 + rng.below(9) as u32, rng.below(60) as u32, 0)
                        .expect("valid");
                    let mut items: Vec<usize> = plan.usual.into_iter().collect();
                    let extra = rng.below(3) + u64::from(items.is_empty());
                    items.extend((0..extra).map(|_| rng.below(CATALOG.len() as u64) as usize));
                    let mut p = Purchase {
                        id: PurchaseId::new(),
                        customer_id: c.id,
                        at: Utc.from_utc_datetime(&date),
                        channel: if rng.chance(90) {
                            SaleChannel::InShop
                        } else {
                            SaleChannel::Phone
                        },
                        note: None,
                        lines: Vec::new(),
                        staff_id: None,
                        total: Money::zero(cur),
                        receipt: None,
                        refund_of: None,
                        void: None,
                    };
                    for item in items {
                        let (pid, price) = products[item];
                        let is_return = rng.chance(1);
                        // Cheese by weight: 0.125 to 0.5 kg, cut to order.
                        let by_weight = CATALOG[item].1.ends_with("per kg");
                        let quantity = match (is_return, by_weight) {
                            (true, true) => Quantity::parse("-0.5")?,
                            (true, false) => Quantity::whole(-1),
                            (false, true) => Quantity::parse(
                                ["0.125", "0.25", "0.375", "0.5"][rng.below(4) as usize],
                            )?,
                            (false, false) => Quantity::whole(1 + rng.below(2) as i64),
                        };
                        let price = UnitPrice::from(price);
                        let total = price.times(quantity)?;
                        p.total = p.total.checked_add(total)?;
                        p.lines.push(PurchaseLine {
                            product_id: Some(pid),
                            description: CATALOG[item].1.into(),
                            quantity,
                            unit_price: price,
                            discount: Money::zero(cur),
                            is_return,
                            total,
                        });
                    }
                    writer.purchase(&p)?;
                    sum.purchases += 1;
                    sum.lines += p.lines.len() as u64;
                }
                search::reindex(tx, c.id)?;
            }
            Ok(sum)
        });
        author.set(was);
        sum
    }
}

/// How many of the demo's last customers are a second record of one of its
/// first ones, written as shops write them twice (for the duplicate finder).
const DUPLICATES: usize = 3;

/// The record customer `i` of `n` gets when it is one of the demo's
/// duplicates: customer `i − (n − DUPLICATES)` of `early` written again,
/// name reordered, in capitals or with an initial, sharing an email or phone.
fn duplicate_of(
    i: usize,
    n: usize,
    early: &[(String, Option<String>, Option<String>)],
) -> Option<(String, Option<String>, Option<String>)> {
    let k = i.checked_sub(n.checked_sub(DUPLICATES)?)?;
    if n < 50 {
        return None;
    }
    let (name, email, phone) = early.get(k)?;
    let (first, last) = name.split_once(' ')?;
    Some(match k {
        0 => (format!("{last}, {first}"), None, phone.clone()),
        1 => (name.clone(), email.as_ref().map(|e| e.to_uppercase()), None),
        _ => {
            let initial: String = first.chars().take(1).collect();
            (format!("{initial}. {last}"), email.clone(), phone.clone())
        }
    })
}

/// A day in `0..days`, three times as likely in December, less in August.
fn seasonal_day(rng: &mut Rng, start: NaiveDate, days: i64) -> i64 {
    loop {
        let d = rng.below(days as u64) as i64;
        let weight = match (start + Duration::days(d)).month() {
            12 => 100,
            8 => 20,
            _ => 33,
        };
        if rng.below(100) < weight {
            return d;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_stable_for_a_seed() {
        let mut a = Rng(7);
        let mut b = Rng(7);
        let xs: Vec<u64> = (0..5).map(|_| a.next()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng(8).next(), xs[0]);
    }
}
