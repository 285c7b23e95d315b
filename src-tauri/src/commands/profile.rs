//! One customer's profile: loaded in one call, and each edit made on it.
//! Every edit answers with the whole profile again, so the screen shows
//! exactly what was saved.

use shopkeeper_core::{
    ContactFrequency, CustomerEdit, CustomerId, LinkId, NewConsent, NewContact, NewPreference,
    PreferenceId, PurchasesOnErasure, Relation, Shop,
};
use shopkeeper_ipc::{
    CustomerEditDto, ErasureReportDto, FrequencyDto, IpcError, NewConsentDto, NewContactDto,
    NewPreferenceDto, ProfileDto,
};
use tauri::State;

use crate::state::AppState;

/// Runs `edit` on customer `id`, then reads their profile back.
fn edit_then_load(
    state: &AppState,
    id: &str,
    edit: impl FnOnce(&mut Shop, CustomerId) -> shopkeeper_core::Result<()>,
) -> Result<ProfileDto, IpcError> {
    let id: CustomerId = id.parse()?;
    state.with_shop(|shop| {
        edit(shop, id)?;
        shop.customer_view(id).map(|v| (&v).into())
    })
}

/// Everything the profile screen shows about one customer.
#[tauri::command]
pub fn load_profile(state: State<'_, AppState>, id: String) -> Result<ProfileDto, IpcError> {
    edit_then_load(&state, &id, |_, _| Ok(()))
}

/// Replaces the customer's contact details, dates, tags and notes.
#[tauri::command]
pub fn update_customer(
    state: State<'_, AppState>,
    id: String,
    edit: CustomerEditDto,
) -> Result<ProfileDto, IpcError> {
    let edit = CustomerEdit::try_from(edit)?;
    edit_then_load(&state, &id, |shop, id| {
        shop.update_customer(id, &edit).map(drop)
    })
}

/// Appends a consent decision to the customer's ledger.
#[tauri::command]
pub fn record_consent(
    state: State<'_, AppState>,
    id: String,
    input: NewConsentDto,
) -> Result<ProfileDto, IpcError> {
    let input = NewConsent::try_from(input)?;
    edit_then_load(&state, &id, |shop, id| {
        shop.record_consent(id, &input).map(drop)
    })
}

/// Sets how often the customer wants to hear from the shop.
#[tauri::command]
pub fn set_contact_frequency(
    state: State<'_, AppState>,
    id: String,
    rule: FrequencyDto,
) -> Result<ProfileDto, IpcError> {
    let rule = ContactFrequency::try_from(rule)?;
    edit_then_load(&state, &id, |shop, id| {
        shop.set_contact_frequency(id, &rule)
    })
}

/// Remembers a preference, allergy or dislike.
#[tauri::command]
pub fn add_preference(
    state: State<'_, AppState>,
    id: String,
    input: NewPreferenceDto,
) -> Result<ProfileDto, IpcError> {
    let input = NewPreference::try_from(input)?;
    edit_then_load(&state, &id, |shop, id| {
        shop.add_preference(id, &input).map(drop)
    })
}

/// Forgets one of the customer's preferences.
#[tauri::command]
pub fn remove_preference(
    state: State<'_, AppState>,
    id: String,
    preference_id: String,
) -> Result<ProfileDto, IpcError> {
    let pref: PreferenceId = preference_id.parse()?;
    edit_then_load(&state, &id, |shop, _| shop.remove_preference(pref))
}

/// Logs a contact with the customer (now).
#[tauri::command]
pub fn log_contact(
    state: State<'_, AppState>,
    id: String,
    input: NewContactDto,
) -> Result<ProfileDto, IpcError> {
    let input = NewContact::try_from(input)?;
    edit_then_load(&state, &id, |shop, id| {
        shop.log_contact(id, &input).map(drop)
    })
}

/// Links another customer (`other_id` is `relation` to this one).
#[tauri::command]
pub fn link_customer(
    state: State<'_, AppState>,
    id: String,
    other_id: String,
    relation: String,
) -> Result<ProfileDto, IpcError> {
    let other: CustomerId = other_id.parse()?;
    let relation: Relation = relation.parse()?;
    edit_then_load(&state, &id, |shop, id| {
        shop.link_customers(id, other, relation).map(drop)
    })
}

/// Removes a household link shown on this customer's profile.
#[tauri::command]
pub fn unlink_customer(
    state: State<'_, AppState>,
    id: String,
    link_id: String,
) -> Result<ProfileDto, IpcError> {
    let link: LinkId = link_id.parse()?;
    edit_then_load(&state, &id, |shop, id| shop.unlink_customers(id, link))
}

/// Writes the summaries of the customers `ids` (`variant`: `shop` or
/// `customer`) to `path` (chosen in the save dialog just now) as PDF, HTML or Markdown by its extension; several
/// customers go into one PDF, one per page. Not encrypted.
#[tauri::command]
pub fn export_customer_summary(
    state: State<'_, AppState>,
    ids: Vec<String>,
    variant: String,
    path: String,
) -> Result<(), IpcError> {
    let ids = ids
        .iter()
        .map(|id| id.parse())
        .collect::<Result<Vec<CustomerId>, _>>()?;
    let variant = shopkeeper_core::summary::variant_named(&variant);
    state.save_summaries(&ids, variant, &path)
}

/// The customer's right of access: everything about them as JSON at `path`
/// (chosen in the save dialog just now) and their summary as a PDF beside it. Returns both paths.
#[tauri::command]
pub fn export_customer_data(
    state: State<'_, AppState>,
    id: String,
    path: String,
) -> Result<(String, String), IpcError> {
    let id: CustomerId = id.parse()?;
    let path = state.chosen_path(&path)?;
    let (json, pdf) = state.with_shop(|shop| shop.save_customer_data(id, &path))?;
    Ok((json.display().to_string(), pdf.display().to_string()))
}

fn purchases_on_erasure(keep: bool) -> PurchasesOnErasure {
    if keep {
        PurchasesOnErasure::KeepAnonymized
    } else {
        PurchasesOnErasure::Delete
    }
}

/// What erasing the customer would remove; nothing is changed.
#[tauri::command]
pub fn erasure_preview(
    state: State<'_, AppState>,
    id: String,
    keep_purchases: bool,
) -> Result<ErasureReportDto, IpcError> {
    let id: CustomerId = id.parse()?;
    state
        .with_shop(|shop| shop.erasure_preview(id, purchases_on_erasure(keep_purchases)))
        .map(Into::into)
}

/// Erases the customer everywhere (their right to be forgotten).
#[tauri::command]
pub fn erase_customer(
    state: State<'_, AppState>,
    id: String,
    keep_purchases: bool,
) -> Result<ErasureReportDto, IpcError> {
    let id: CustomerId = id.parse()?;
    state
        .with_shop(|shop| shop.erase_customer(id, purchases_on_erasure(keep_purchases)))
        .map(Into::into)
}
