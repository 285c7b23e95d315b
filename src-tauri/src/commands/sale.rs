//! Recording a sale.

use shopkeeper_ipc::{IpcError, NewSaleDto, SaleDto};
use tauri::State;

use crate::state::AppState;

/// Records a sale for a customer.
#[tauri::command]
pub fn record_sale(state: State<'_, AppState>, sale: NewSaleDto) -> Result<SaleDto, IpcError> {
    let currency = state.with_shop(|shop| Ok(shop.settings().currency))?;
    let (customer, purchase) = sale.to_core(currency)?;
    state
        .with_shop(|shop| shop.add_purchase(customer, &purchase))
        .map(Into::into)
}
