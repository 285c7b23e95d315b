//! `shopkeeper bench`: search, profile and customer-list latency on the open shop.

use std::time::Instant;

use shopkeeper_core::{CustomerFilter, CustomerSort, MessageFilter, Shop};

/// Runs `rounds` searches (name prefixes, phones, products), profile loads
/// and customer-list pages (each sort, with and without filters), printing
/// p50/p99 in milliseconds.
pub fn run(shop: &Shop, rounds: usize) -> anyhow::Result<()> {
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
    for (what, mut v) in [
        ("search", search),
        ("profile", profile),
        ("list page", page),
    ] {
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
    Ok(())
}
