//! Purchases with exact decimal quantities (issue 18).

use shopkeeper_core::*;

use super::pounds;

/// A quantity from its text.
pub fn q(text: &str) -> Quantity {
    Quantity::parse(text).unwrap()
}

/// A line of `quantity` (text) of `what` at `pence` per unit.
pub fn line(what: &str, quantity: &str, pence: i64) -> NewLine {
    let quantity = q(quantity);
    NewLine {
        is_return: quantity.is_negative(),
        ..NewLine::free_text(what, quantity, pounds(pence))
    }
}

/// Records a purchase of `lines` for `who` on 2 November 2026.
pub fn buy(shop: &mut Shop, who: CustomerId, lines: Vec<NewLine>) -> Purchase {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: Some("2026-11-02T10:00:00Z".parse().unwrap()),
            channel: SaleChannel::InShop,
            note: None,
            lines,
        },
    )
    .unwrap()
}

/// The four lines the decimal tests record: cheese by weight, fabric by
/// length, mugs by piece, and half a kilo of cheese brought back.
pub fn the_lines() -> Vec<NewLine> {
    vec![
        line("Comté, per kg", "0.125", 2890),
        line("Linen, per m", "2.75", 1800),
        line("Mug", "3", 650),
        line("Brie, per kg", "-0.5", 2200),
    ]
}

/// Records [`the_lines`] for `who`, now.
pub fn record(shop: &mut Shop, who: CustomerId) -> Purchase {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: None,
            lines: the_lines(),
        },
    )
    .unwrap()
}

/// Quantities and totals as text, in order: `("0.125", 361)`.
pub fn seen(p: &Purchase) -> Vec<(String, i64)> {
    p.lines
        .iter()
        .map(|l| (l.quantity.to_string(), l.total.minor))
        .collect()
}

/// What [`seen`] must say of [`the_lines`].
pub fn expected() -> Vec<(String, i64)> {
    vec![
        // 28.90 × 0.125 = 3.6125 → 3.61 (half to even is not needed here)
        ("0.125".into(), 361),
        ("2.75".into(), 4950),
        ("3".into(), 1950),
        ("-0.5".into(), -1100),
    ]
}
