//! Recording a sale, and voiding or correcting a recorded one.

use shopkeeper_ipc::{
    parse_purchase_id, CorrectionDto, IpcError, NewSaleDto, PurchaseChangeDto, PurchaseDto, SaleDto,
};
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

/// Voids a purchase (it stays on record, marked void with now and `reason`).
#[tauri::command]
pub fn void_purchase(
    state: State<'_, AppState>,
    purchase_id: String,
    reason: String,
) -> Result<PurchaseDto, IpcError> {
    let id = parse_purchase_id(&purchase_id)?;
    state
        .with_shop(|shop| shop.void_purchase(id, &reason))
        .map(Into::into)
}

/// Corrects a purchase's lines, date or customer.
#[tauri::command]
pub fn correct_purchase(
    state: State<'_, AppState>,
    correction: CorrectionDto,
) -> Result<PurchaseDto, IpcError> {
    let currency = state.with_shop(|shop| Ok(shop.settings().currency))?;
    let (id, c) = correction.to_core(currency)?;
    state
        .with_shop(|shop| shop.correct_purchase(id, &c))
        .map(Into::into)
}

/// A purchase's voids and corrections, oldest first.
#[tauri::command]
pub fn purchase_history(
    state: State<'_, AppState>,
    purchase_id: String,
) -> Result<Vec<PurchaseChangeDto>, IpcError> {
    let id = parse_purchase_id(&purchase_id)?;
    let history = state.with_shop(|shop| shop.purchase_history(id))?;
    Ok(history.into_iter().map(Into::into).collect())
}
