//! `shopkeeper bench`: search, profile, customer-list and suggestion latency
//! on the open shop; `shopkeeper bench growth` builds shops of several sizes
//! and tabulates how every cost grows with them ([`growth`]).

pub mod growth;
mod growth_one;
mod peak;

use std::time::Instant;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};
use shopkeeper_core::{
    CustomerFilter, CustomerSort, MessageFilter, NewLine, NewPurchase, SaleChannel, Shop,
    SuggestionRefresh,
};

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// How a set of timings spread: their count, median, 99th percentile and
/// worst (milliseconds).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct Spread {
    /// How many timings.
    pub n: usize,
    /// Median.
    pub p50: f64,
    /// 99th percentile (nearest rank).
    pub p99: f64,
    /// Worst.
    pub max: f64,
}

impl Spread {
    /// The spread of `v`, or `None` when there is nothing to spread.
    pub fn of(mut v: Vec<f64>) -> Option<Spread> {
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        Some(Spread {
            n: v.len(),
            p50: at(0.5),
            p99: at(0.99),
            max: at(1.0),
        })
    }
}

/// Prints n, p50, p99 and max of `v` (milliseconds).
fn report(what: &str, v: Vec<f64>) {
    if let Some(s) = Spread::of(v) {
        println!(
            "{what}: n={} p50={:.2}ms p99={:.2}ms max={:.2}ms",
            s.n, s.p50, s.p99, s.max
        );
    }
}

/// What the counter's reads cost: the customer list's first page (which
/// builds the list's in-memory copy) and the timings of searches, profile
/// loads and later list pages (milliseconds).
struct Reads {
    first_page: f64,
    search: Vec<f64>,
    profile: Vec<f64>,
    page: Vec<f64>,
}

/// What Today costs (milliseconds): the first refresh (reads the whole
/// shop, fits the model), refits, full refreshes against the kept model,
/// and the refresh after each new purchase.
struct Today {
    as_of: NaiveDate,
    first: f64,
    shown: usize,
    refit: Vec<f64>,
    full: Vec<f64>,
    after_sale: Vec<f64>,
}

/// Times the suggestions on the day of the shop's latest purchase: the first
/// refresh (reads the whole shop, fits the model), refits, full refreshes
/// (every customer against the kept model) and, with `purchases` > 0, the
/// refresh after each of that many new purchases (recorded in the shop).
/// `None` when the shop has no purchase.
fn today(shop: &mut Shop, rounds: usize, purchases: usize) -> anyhow::Result<Option<Today>> {
    let Some(as_of) = shop.backup_facts()?.last_purchase else {
        return Ok(None);
    };
    shop.refresh_suggestions(SuggestionRefresh::Reload)?;
    let t = Instant::now();
    let shown = shop.suggestions(as_of, 50)?.len();
    let first = ms(t);
    let rounds = rounds.clamp(1, 20);
    let (mut refit, mut full) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        shop.refresh_suggestions(SuggestionRefresh::Refit)?;
        let t = Instant::now();
        shop.suggestions(as_of, 50)?;
        refit.push(ms(t));
        shop.refresh_suggestions(SuggestionRefresh::Everyone)?;
        let t = Instant::now();
        shop.suggestions(as_of, 50)?;
        full.push(ms(t));
    }
    let mut after_sale = Vec::new();
    let customers = shop.list_customers()?;
    let sku = shop.products()?.into_iter().next().map(|p| p.sku);
    for i in 0..purchases {
        let Some(sku) = &sku else { break };
        let who = customers[(i * 7919) % customers.len()].id;
        let at = Utc.from_utc_datetime(&as_of.and_hms_opt(9, 0, 0).expect("valid"))
            + Duration::seconds(i as i64);
        shop.add_purchase(
            who,
            &NewPurchase {
                at: Some(at),
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine {
                    sku: Some(sku.clone()),
                    product_id: None,
                    description: None,
                    quantity: 1.into(),
                    unit_price: None,
                    discount: None,
                    total: None,
                    is_return: false,
                }],
            },
        )?;
        let t = Instant::now();
        shop.suggestions(as_of, 50)?;
        after_sale.push(ms(t));
    }
    Ok(Some(Today {
        as_of,
        first,
        shown,
        refit,
        full,
        after_sale,
    }))
}

/// Runs `rounds` searches (name prefixes, phones, products), profile loads
/// and customer-list pages (each sort, with and without filters).
fn reads(shop: &Shop, rounds: usize) -> anyhow::Result<Reads> {
    let customers = shop.list_customers()?;
    anyhow::ensure!(
        !customers.is_empty(),
        "the shop is empty; run `shopkeeper demo` first"
    );
    let step = (customers.len() / rounds.max(1)).max(1);
    let picks: Vec<_> = customers.iter().step_by(step).take(rounds).collect();
    let mut search = Vec::new();
    let mut profile = Vec::new();
    let mut page = Vec::new();
    // The first page builds the list's in-memory copy: timed on its own.
    let t = Instant::now();
    shop.customer_page(&CustomerFilter::default(), CustomerSort::Name, 0, 60)?;
    let first_page = ms(t);
    for (i, c) in picks.iter().enumerate() {
        let query = match i % 4 {
            0 => c.display_name.chars().take(3).collect::<String>(),
            1 => c.display_name.clone(),
            2 => c.phone().unwrap_or("7700 9").to_string(),
            _ => "yirgach".to_string(),
        };
        let t = Instant::now();
        shop.search(&query, 20)?;
        search.push(ms(t));
        let t = Instant::now();
        shop.customer_view(c.id)?;
        profile.push(ms(t));
        let sort = CustomerSort::ALL[i % CustomerSort::ALL.len()];
        let filter = match i % 3 {
            0 => CustomerFilter::default(),
            1 => CustomerFilter {
                away_for_days: Some(60),
                messages: Some(MessageFilter::MayMessage),
                ..CustomerFilter::default()
            },
            _ => CustomerFilter {
                query: Some(c.display_name.chars().take(3).collect()),
                min_spent_minor: Some(1000),
                ..CustomerFilter::default()
            },
        };
        let t = Instant::now();
        shop.customer_page(&filter, sort, (i * 37) % customers.len(), 60)?;
        page.push(ms(t));
    }
    Ok(Reads {
        first_page,
        search,
        profile,
        page,
    })
}

/// Runs `rounds` searches, profile loads and customer-list pages, printing
/// p50/p99 in milliseconds; then the suggestions (see [`today`]), with the
/// refresh after each of `purchases` new purchases.
pub fn run(shop: &mut Shop, rounds: usize, purchases: usize) -> anyhow::Result<()> {
    let r = reads(shop, rounds)?;
    println!(
        "first list page (builds the list's copy): {:.2}ms",
        r.first_page
    );
    report("search", r.search);
    report("profile", r.profile);
    report("list page", r.page);
    let Some(t) = today(shop, rounds, purchases)? else {
        return Ok(());
    };
    println!(
        "suggestions on {}, first refresh (reads the shop, fits the model): {:.2}ms ({} shown)",
        t.as_of, t.first, t.shown
    );
    report("suggestions, refit + full refresh", t.refit);
    report("suggestions, full refresh (kept model)", t.full);
    report("suggestions after one new purchase", t.after_sale);
    Ok(())
}
