//! Possible duplicates: the list, the warning while a customer is typed in,
//! and merging two records into one.

use shopkeeper_core::duplicates::Probe;
use shopkeeper_core::CustomerId;
use shopkeeper_ipc::{CustomerDto, IpcError, LookAlikeDto, NewCustomerDto, PossibleDuplicateDto};
use tauri::AppHandle;

use super::off_main;

/// Most pairs the list shows at once.
const MOST_PAIRS: usize = 200;

/// The pairs of customers that are probably one person, most likely first.
#[tauri::command]
pub async fn possible_duplicates(app: AppHandle) -> Result<Vec<PossibleDuplicateDto>, IpcError> {
    off_main(app, |state| {
        let pairs = state.with_shop(|shop| shop.possible_duplicates())?;
        Ok(pairs.into_iter().take(MOST_PAIRS).map(Into::into).collect())
    })
    .await
}

/// Customers already in the shop who look like the one being typed in.
#[tauri::command]
pub async fn customers_like(
    app: AppHandle,
    input: NewCustomerDto,
) -> Result<Vec<LookAlikeDto>, IpcError> {
    let probe = Probe {
        name: input.display_name,
        emails: input.email.into_iter().collect(),
        phones: input.phone.into_iter().collect(),
    };
    off_main(app, move |state| {
        let like = state.with_shop(|shop| shop.customers_like(&probe, 3))?;
        Ok(like.into_iter().map(Into::into).collect())
    })
    .await
}

/// Moves everything of `absorb` onto `keep`; returns the kept customer.
#[tauri::command]
pub async fn merge_customers(
    app: AppHandle,
    keep: String,
    absorb: String,
) -> Result<CustomerDto, IpcError> {
    let (keep, absorb): (CustomerId, CustomerId) = (keep.parse()?, absorb.parse()?);
    off_main(app, move |state| {
        state
            .with_shop(|shop| shop.merge_customers(keep, absorb))
            .map(Into::into)
    })
    .await
}
