//! The file's currency against the shop's: the same, or for a new shop
//! with no purchases yet, the shop's from now on; otherwise refused.

use rusqlite::Connection;

use crate::money::{Currency, CurrencyHint};
use crate::settings::Settings;
use crate::{CoreError, Result};

/// The one currency `hint` means, if it means one (`EUR`, `€`; not `$`).
pub(super) fn single(hint: CurrencyHint) -> Option<Currency> {
    match hint {
        CurrencyHint::Code(c) => Some(c),
        CurrencyHint::Sign { currencies, .. } => match currencies {
            [one] => Some(*one),
            _ => None,
        },
    }
}

/// The settings to import with, and whether the file's currency became
/// the shop's: the shop's when the file names none or the same; the file's
/// when the shop has no purchase yet (written in this transaction, so a dry
/// run or a refused import leaves the shop's currency as it was); else an
/// error naming both.
pub(super) fn settle(
    tx: &Connection,
    settings: &Settings,
    file: Option<CurrencyHint>,
) -> Result<(Settings, bool)> {
    let mut settings = settings.clone();
    let Some(hint) = file.filter(|h| !h.allows(settings.currency)) else {
        return Ok((settings, false));
    };
    let purchases: i64 = tx.query_row("SELECT count(*) FROM purchase", [], |r| r.get(0))?;
    match single(hint) {
        Some(currency) if purchases == 0 => {
            crate::backup_schedule::put(tx, "currency", Some(currency.code()))?;
            settings.currency = currency;
            Ok((settings, true))
        }
        _ => Err(CoreError::invalid(
            "currency",
            msg!(
                "error-currency-file-shop-import",
                file = hint.to_string(),
                shop = settings.currency.to_string(),
                purchases = purchases
            ),
        )),
    }
}
