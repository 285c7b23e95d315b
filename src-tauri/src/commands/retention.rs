//! Keeping data no longer than needed: the retention rule, its review list,
//! and the owner's decision to keep someone (erasing is on the customer).

use shopkeeper_core::{CustomerId, Shop};
use shopkeeper_ipc::{IpcError, RetentionDto};
use tauri::State;

use crate::state::AppState;

fn load(shop: &Shop) -> shopkeeper_core::Result<RetentionDto> {
    Ok(RetentionDto {
        years: shop.retention_years()?,
        review: shop
            .retention_review(chrono::Utc::now())?
            .into_iter()
            .map(Into::into)
            .collect(),
    })
}

/// The retention rule and who it asks the owner to review today.
#[tauri::command]
pub fn retention_review(state: State<'_, AppState>) -> Result<RetentionDto, IpcError> {
    state.with_shop(|shop| load(shop))
}

/// Turns the rule on (`years`) or off (`null`).
#[tauri::command]
pub fn set_retention_years(
    state: State<'_, AppState>,
    years: Option<u32>,
) -> Result<RetentionDto, IpcError> {
    state.with_shop(|shop| {
        shop.set_retention_years(years)?;
        load(shop)
    })
}

/// Keeps a customer the review listed, for the owner's `reason`.
#[tauri::command]
pub fn keep_customer(
    state: State<'_, AppState>,
    id: String,
    reason: String,
) -> Result<RetentionDto, IpcError> {
    let id: CustomerId = id.parse()?;
    state.with_shop(|shop| {
        shop.keep_customer(id, &reason)?;
        load(shop)
    })
}
