//! The customer book: listing, finding and adding customers, pages of the
//! list and tagging several at once.

use shopkeeper_core::{CustomerFilter, CustomerId, CustomerSort};
use shopkeeper_ipc::{CustomerDto, CustomerFilterDto, CustomerPageDto, IpcError, NewCustomerDto};
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

/// One page of the customer list: matching `filter`, in `sort` order
/// (`name`, `last-visit`, `spend`), from `offset`, at most `limit` rows.
#[tauri::command]
pub fn customer_page(
    state: State<'_, AppState>,
    filter: CustomerFilterDto,
    sort: String,
    offset: usize,
    limit: usize,
) -> Result<CustomerPageDto, IpcError> {
    let filter = CustomerFilter::try_from(filter)?;
    let sort: CustomerSort = sort.parse()?;
    state
        .with_shop(|shop| shop.customer_page(&filter, sort, offset, limit))
        .map(Into::into)
}

/// Adds `tag` to each customer of `ids`; returns how many changed.
#[tauri::command]
pub fn tag_customers(
    state: State<'_, AppState>,
    ids: Vec<String>,
    tag: String,
) -> Result<usize, IpcError> {
    let ids = ids
        .iter()
        .map(|id| id.parse::<CustomerId>())
        .collect::<Result<Vec<_>, _>>()?;
    state.with_shop(|shop| shop.tag_customers(&ids, &tag))
}
