//! The catalog: listing, adding, editing and archiving products, and the
//! shop's money (its currency, and amounts typed in it).

use shopkeeper_core::{Currency, ProductId};
use shopkeeper_ipc::{
    parse_money as parse_amount, CurrencyDto, IpcError, MoneyDto, ProductDto, ProductInputDto,
};
use tauri::State;

use crate::state::AppState;

fn currency(state: &AppState) -> Result<Currency, IpcError> {
    state.with_shop(|shop| Ok(shop.settings().currency))
}

/// The live catalog, by name.
#[tauri::command]
pub fn list_products(state: State<'_, AppState>) -> Result<Vec<ProductDto>, IpcError> {
    state
        .with_shop(|shop| shop.products())
        .map(|ps| ps.into_iter().map(Into::into).collect())
}

/// Adds a product.
#[tauri::command]
pub fn add_product(
    state: State<'_, AppState>,
    input: ProductInputDto,
) -> Result<ProductDto, IpcError> {
    let product = input.to_core(currency(&state)?)?;
    state
        .with_shop(|shop| shop.add_product(&product))
        .map(Into::into)
}

/// Replaces a product's fields.
#[tauri::command]
pub fn update_product(
    state: State<'_, AppState>,
    id: String,
    input: ProductInputDto,
) -> Result<ProductDto, IpcError> {
    let product = input.to_core(currency(&state)?)?;
    state
        .with_shop(|shop| shop.update_product(id.parse::<ProductId>()?, &product))
        .map(Into::into)
}

/// Takes a product out of the catalog.
#[tauri::command]
pub fn archive_product(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.archive_product(id.parse()?))
}

/// The shop's currency.
#[tauri::command]
pub fn shop_currency(state: State<'_, AppState>) -> Result<CurrencyDto, IpcError> {
    currency(&state).map(Into::into)
}

/// Parses an amount typed in the shop's currency ("12,50" or "12.50").
#[tauri::command]
pub fn parse_money(state: State<'_, AppState>, text: String) -> Result<MoneyDto, IpcError> {
    parse_amount(&text, currency(&state)?, "amount").map(Into::into)
}
