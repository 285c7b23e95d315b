//! Customer view: the screen turned to one customer. While it is on, the
//! app state's guard refuses every command but [`super::KIOSK_COMMANDS`]; those
//! never take a customer id: they work on the one customer the view was
//! opened for. Leaving needs the owner's PIN or passphrase.
//!
//! Also here: the owner's PIN (Settings), the printable preference and
//! consent form, and copying a signed form into the ledger.

use shopkeeper_core::{
    ContactFrequency, CustomerId, CustomerSession, PreferenceId, SecretString, SelfEdit, Shop,
    SignedForm,
};
use shopkeeper_ipc::{
    ChangeSummaryDto, CustomerViewDto, CustomerViewStatusDto, FrequencyDto, IpcError, ProfileDto,
    SelfEditDto, SignedFormDto,
};
use tauri::State;

use crate::kiosk_window;
use crate::state::AppState;
use shopkeeper_core::desk::Mode;

/// Runs `change` in Customer view, then reads its customer back.
fn change_then_load(
    state: &AppState,
    change: impl FnOnce(&mut Shop, &mut CustomerSession) -> shopkeeper_core::Result<()>,
) -> Result<CustomerViewDto, IpcError> {
    state.with_customer_view(|shop, session| {
        change(shop, session)?;
        let id = session.customer();
        Ok(CustomerViewDto::new(
            &shop.settings().shop_name,
            &shop.profile(id)?,
            &shop.consent_history(id)?,
            shop.customer_view_questions(session)?,
            session.changes().len(),
        ))
    })
}

/// Which mode the app is in: the UI asks on every start and reload.
#[tauri::command]
pub fn customer_view_status(state: State<'_, AppState>) -> CustomerViewStatusDto {
    let mode = match state.mode() {
        Mode::Owner => "off",
        Mode::Customer => "customer",
        Mode::Thanks => "thanks",
    };
    CustomerViewStatusDto {
        mode: mode.into(),
        language: state.customer_view_language(),
        timeout_secs: state.customer_view_timeout().as_secs() as u32,
        owner_pin: state.has_owner_pin(),
    }
}

/// Turns the screen to customer `id`: the window fills the screen and
/// cannot be closed or left until the owner takes it back.
#[tauri::command]
pub fn open_customer_view(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Result<(), IpcError> {
    let id: CustomerId = id.parse()?;
    state.open_customer_view(id)?;
    kiosk_window::hold(&app, true);
    Ok(())
}

/// What Customer view shows about its customer.
#[tauri::command]
pub fn customer_view_load(state: State<'_, AppState>) -> Result<CustomerViewDto, IpcError> {
    change_then_load(&state, |_, _| Ok(()))
}

/// The customer corrects their contact details and dates.
#[tauri::command]
pub fn customer_view_update_details(
    state: State<'_, AppState>,
    details: SelfEditDto,
) -> Result<CustomerViewDto, IpcError> {
    let edit = SelfEdit::try_from(details)?;
    change_then_load(&state, |shop, session| {
        shop.self_update_details(session, &edit).map(drop)
    })
}

/// The customer adds a preference.
#[tauri::command]
pub fn customer_view_add_preference(
    state: State<'_, AppState>,
    category: String,
    value: String,
) -> Result<CustomerViewDto, IpcError> {
    let category = category.parse()?;
    change_then_load(&state, |shop, session| {
        shop.self_add_preference(session, category, &value)
            .map(drop)
    })
}

/// The customer removes one of their preferences.
#[tauri::command]
pub fn customer_view_remove_preference(
    state: State<'_, AppState>,
    preference_id: String,
) -> Result<CustomerViewDto, IpcError> {
    let id: PreferenceId = preference_id.parse()?;
    change_then_load(&state, |shop, session| {
        shop.self_remove_preference(session, id)
    })
}

/// The customer says yes or no to one channel × purpose.
#[tauri::command]
pub fn customer_view_set_consent(
    state: State<'_, AppState>,
    channel: String,
    purpose: String,
    answer: String,
) -> Result<CustomerViewDto, IpcError> {
    let (channel, purpose, answer) = (channel.parse()?, purpose.parse()?, answer.parse()?);
    change_then_load(&state, |shop, session| {
        shop.self_set_consent(session, channel, purpose, answer)
            .map(drop)
    })
}

/// The customer sets how often they want to hear from the shop.
#[tauri::command]
pub fn customer_view_set_frequency(
    state: State<'_, AppState>,
    rule: FrequencyDto,
) -> Result<CustomerViewDto, IpcError> {
    let rule = ContactFrequency::try_from(rule)?;
    change_then_load(&state, |shop, session| {
        shop.self_set_frequency(session, &rule)
    })
}

/// The customer is reading or scrolling: the timeout starts again.
#[tauri::command]
pub fn customer_view_touch(state: State<'_, AppState>) {
    state.touch_customer_view();
}

/// The window was left alone: rest on the thank-you screen.
#[tauri::command]
pub fn customer_view_rest(state: State<'_, AppState>) {
    state.rest_customer_view();
}

/// The owner takes the screen back with the PIN or the passphrase; answers
/// what the customer changed, and gives the window back.
#[tauri::command]
pub async fn leave_customer_view(
    app: tauri::AppHandle,
    secret: String,
) -> Result<ChangeSummaryDto, IpcError> {
    let window_app = app.clone();
    let (id, summary) = super::off_main(app, move |state| {
        state.leave_customer_view(&SecretString::from(secret))
    })
    .await?;
    kiosk_window::hold(&window_app, false);
    Ok(ChangeSummaryDto::new(summary, id.map(|id| id.to_string())))
}

/// Sets or changes the owner's PIN, given the vault passphrase.
#[tauri::command]
pub async fn set_owner_pin(
    app: tauri::AppHandle,
    passphrase: String,
    pin: String,
) -> Result<(), IpcError> {
    let [passphrase, pin] = [passphrase, pin].map(SecretString::from);
    super::off_main(app, move |state| {
        state.with_shop(|shop| shop.set_owner_pin(&state.vault_path, &passphrase, &pin))
    })
    .await
}

/// Removes the owner's PIN, given the vault passphrase.
#[tauri::command]
pub async fn clear_owner_pin(app: tauri::AppHandle, passphrase: String) -> Result<(), IpcError> {
    let passphrase = SecretString::from(passphrase);
    super::off_main(app, move |state| {
        state.with_shop(|shop| shop.clear_owner_pin(&state.vault_path, &passphrase))
    })
    .await
}

/// Writes the preference and consent form as a PDF to `path` (chosen in
/// the save dialog just now): blank, or
/// pre-filled for customer `id`.
#[tauri::command]
pub fn export_consent_form(
    state: State<'_, AppState>,
    id: Option<String>,
    path: String,
) -> Result<(), IpcError> {
    let id: Option<CustomerId> = id.map(|i| i.parse()).transpose()?;
    let path = state.chosen_path(&path)?;
    state.with_shop(|shop| shop.save_consent_form(id, &path))
}

/// Copies what customer `id` ticked on a signed paper form into the ledger.
#[tauri::command]
pub fn record_signed_form(
    state: State<'_, AppState>,
    id: String,
    form: SignedFormDto,
) -> Result<ProfileDto, IpcError> {
    let id: CustomerId = id.parse()?;
    let form = SignedForm::try_from(form)?;
    state.with_shop(|shop| {
        shop.record_signed_form(id, &form)?;
        shop.customer_view(id).map(|v| (&v).into())
    })
}
