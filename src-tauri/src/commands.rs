//! Tauri commands: each one converts its input, calls the core and converts
//! the answer. Nothing else.

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

/// Where the shop's data file is, for display.
#[tauri::command]
pub fn vault_location(state: State<'_, AppState>) -> String {
    state.vault_path.display().to_string()
}
