//! Customers as the UI sees them.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{Customer, NewCustomer};
use ts_rs::TS;

/// A customer as listed in the UI.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDto {
    /// Unique id (UUID text).
    pub id: String,
    /// The name the shop knows them by.
    pub display_name: String,
    /// Email address, if any.
    pub email: Option<String>,
    /// Phone as typed, if any.
    pub phone: Option<String>,
    /// When the record was created (RFC 3339).
    pub created_at: String,
}

impl From<Customer> for CustomerDto {
    fn from(c: Customer) -> Self {
        CustomerDto {
            id: c.id.to_string(),
            display_name: c.display_name.clone(),
            email: c.email().map(str::to_string),
            phone: c.phone().map(str::to_string),
            created_at: c.created_at.to_rfc3339(),
        }
    }
}

/// The form the owner fills in to add a customer.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCustomerDto {
    /// The name; required.
    pub display_name: String,
    /// Email; optional.
    pub email: Option<String>,
    /// Phone; optional.
    pub phone: Option<String>,
}

impl From<NewCustomerDto> for NewCustomer {
    fn from(d: NewCustomerDto) -> Self {
        NewCustomer {
            display_name: d.display_name,
            email: d.email,
            phone: d.phone,
            ..NewCustomer::default()
        }
    }
}
