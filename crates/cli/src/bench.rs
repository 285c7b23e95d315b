//! `shopkeeper bench`: search, profile, customer-list and suggestion latency
//! on the open shop.

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use shopkeeper_core::{
    CustomerFilter, CustomerSort, MessageFilter, NewLine, NewPurchase, SaleChannel, Shop,
    SuggestionRefresh,
};

/// Milliseconds since `t`.
fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// Prints n, p50, p99 and max of `v` (milliseconds).
fn report(what: &str, mut v: Vec<f64>) {
    if v.is_empty() {
        return;
    }
    v.sort_by(f64::total_cmp);
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what}: n={} p50={:.2}ms p99={:.2}ms max={:.2}ms",
        v.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

/// Times the suggestions on the day of the shop's latest purchase: the first
/// refresh (reads the whole shop, fits the model), refits, full refreshes
/// (every customer against the kept model) and, with `purchases` > 0, the
/// refresh after each of that many new purchases (recorded in the shop).
fn suggestions(shop: &mut Shop, rounds: usize, purchases: usize) -> anyhow::Result<()> {
    let Some(as_of) = shop.backup_facts()?.last_purchase else {
        return Ok(());
    };
    shop.refresh_suggestions(SuggestionRefresh::Reload)?;
    let t = Instant::now();
    let n = shop.suggestions(as_of, 50)?.len();
    println!(
        "suggestions on {as_of}, first refresh (reads the shop, fits the model): {:.2}ms ({n} shown)",
        ms(t)
    );
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
    report("suggestions, refit + full refresh", refit);
    report("suggestions, full refresh (kept model)", full);
    let customers = shop.list_customers()?;
    let Some(sku) = shop.products()?.into_iter().next().map(|p| p.sku) else {
        return Ok(());
    };
    let mut after = Vec::new();
    for i in 0..purchases {
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
        after.push(ms(t));
    }
    report("suggestions after one new purchase", after);
    Ok(())
}

/// Runs `rounds` searches (name prefixes, phones, products), profile loads
/// and customer-list pages (each sort, with and without filters), printing
/// p50/p99 in milliseconds; then the suggestions (see [`suggestions`]).
pub fn run(shop: &mut Shop, rounds: usize, purchases: usize) -> anyhow::Result<()> {
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
    println!(
        "first list page (builds the list's copy): {:.2}ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    for (i, c) in picks.iter().enumerate() {
        let query = match i % 4 {
            0 => c.display_name.chars().take(3).collect::<String>(),
            1 => c.display_name.clone(),
            2 => c.phone().unwrap_or("7700 9").to_string(),
            _ => "yirgach".to_string(),
        };
        let t = Instant::now();
        shop.search(&query, 20)?;
        search.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        shop.customer_view(c.id)?;
        profile.push(t.elapsed().as_secs_f64() * 1e3);
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
        page.push(t.elapsed().as_secs_f64() * 1e3);
    }
    for (what, v) in [
        ("search", search),
        ("profile", profile),
        ("list page", page),
    ] {
        report(what, v);
    }
    suggestions(shop, rounds, purchases)
}
