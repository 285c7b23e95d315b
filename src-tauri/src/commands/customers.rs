//! The customer book: listing, finding and adding customers.

use shopkeeper_ipc::{CustomerDto, IpcError, NewCustomerDto};
use tauri::State;

use crate::state::AppState;

/// All customers, by name.
#[tauri::command]
pub fn list_customers(state: State<'_, AppState>) -> Result<Vec<CustomerDto>, IpcError> {
    state
        .with_shop(|shop| shop.list_customers())
        .map(|cs| cs.into_iter().map(Into::into).collect())
}

/// Adds a customer.
#[tauri::command]
pub fn add_customer(
    state: State<'_, AppState>,
    input: NewCustomerDto,
) -> Result<CustomerDto, IpcError> {
    state
        .with_shop(|shop| shop.add_customer(&input.into()))
        .map(Into::into)
}

/// Customers matching `query` (any part of a name, email, phone, note,
/// preference, tag or product bought), best first.
#[tauri::command]
pub fn search_customers(
    state: State<'_, AppState>,
    query: String,
    limit: usize,
) -> Result<Vec<CustomerDto>, IpcError> {
    state
        .with_shop(|shop| shop.search(&query, limit.min(200)))
        .map(|cs| cs.into_iter().map(Into::into).collect())
}
