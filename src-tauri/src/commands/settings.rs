//! The Settings screen: the shop's profile and habits, consent wordings,
//! the passphrase and a new emergency kit.

use shopkeeper_core::desk::DeskError;
use shopkeeper_core::SecretString;
use shopkeeper_ipc::{ConsentWordingDto, IpcError, RekeyedDto, SettingsDto, TemplateDto};
use tauri::{AppHandle, State};

use super::off_main;
use crate::state::AppState;

/// The shop's settings.
#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Result<SettingsDto, IpcError> {
    state.with_shop(|shop| {
        Ok(SettingsDto::new(
            shop.settings(),
            shop.currency_can_change()?,
        ))
    })
}

/// Saves the shop's settings; the auto-lock time applies at once.
#[tauri::command]
pub fn save_settings(
    state: State<'_, AppState>,
    input: SettingsDto,
) -> Result<SettingsDto, IpcError> {
    state.with_shop(|shop| {
        let saved = shop.update_settings(&input.apply_to(shop.settings())?)?;
        Ok(SettingsDto::new(&saved, shop.currency_can_change()?))
    })
}

/// The consent wording of each purpose in `language`, with its version.
#[tauri::command]
pub fn consent_wordings(
    state: State<'_, AppState>,
    language: String,
) -> Result<Vec<ConsentWordingDto>, IpcError> {
    state
        .with_shop(|shop| shop.consent_wordings(&language))
        .map(|ws| ws.into_iter().map(Into::into).collect())
}

/// Changes the wording of one purpose in `language` (a new version if the words changed).
#[tauri::command]
pub fn save_consent_wording(
    state: State<'_, AppState>,
    purpose: String,
    language: String,
    text: String,
) -> Result<ConsentWordingDto, IpcError> {
    state
        .with_shop(|shop| shop.set_consent_wording(purpose.parse()?, &language, &text))
        .map(Into::into)
}

/// The message templates for every kind of follow-up, in the shop's language.
#[tauri::command]
pub fn message_templates(state: State<'_, AppState>) -> Result<Vec<TemplateDto>, IpcError> {
    state
        .with_shop(|shop| shop.templates())
        .map(|ts| ts.into_iter().map(Into::into).collect())
}

/// Saves the owner's own template for `kind` in `language`; an unknown
/// placeholder is refused with the list of those the kind can fill.
#[tauri::command]
pub fn save_message_template(
    state: State<'_, AppState>,
    kind: String,
    language: String,
    subject: String,
    body: String,
) -> Result<TemplateDto, IpcError> {
    state
        .with_shop(|shop| shop.set_template(kind.parse()?, &language, &subject, &body))
        .map(Into::into)
}

/// Goes back to the built-in template for `kind` in `language`.
#[tauri::command]
pub fn reset_message_template(
    state: State<'_, AppState>,
    kind: String,
    language: String,
) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.reset_template(kind.parse()?, &language))
}

/// A wrong current passphrase is about the `current` field, not the new one.
fn about_current(e: DeskError) -> IpcError {
    let mut e = IpcError::from(e);
    if e.code == "wrong-passphrase" {
        e.field = Some("current".into());
    }
    e
}

/// Changes the passphrase, given the current one and the new one twice;
/// the data key and the recovery key change with it. Returns the new kit
/// (kept to save until dismissed) and the old copies still open to the old
/// passphrase. Off the window's thread: Argon2id, and every page is sealed again.
#[tauri::command]
pub async fn change_passphrase(
    app: AppHandle,
    current: String,
    passphrase: String,
    confirmation: String,
) -> Result<RekeyedDto, IpcError> {
    let [current, passphrase, confirmation] =
        [current, passphrase, confirmation].map(SecretString::from);
    off_main(app, move |state| {
        let done = state.rekey(&current, &passphrase, Some(&confirmation));
        Ok(RekeyedDto::from(&done.map_err(about_current)?))
    })
    .await
}

/// Makes a new recovery key and data key (the old emergency kit stops
/// working) and returns the new kit to show once, with the old copies the
/// old kit still opens. Off the window's thread, like [`change_passphrase`].
#[tauri::command]
pub async fn new_emergency_kit(app: AppHandle, passphrase: String) -> Result<RekeyedDto, IpcError> {
    off_main(app, move |state| {
        let passphrase = SecretString::from(passphrase);
        let done = state.rekey(&passphrase, &passphrase, None);
        Ok(RekeyedDto::from(&done.map_err(about_current)?))
    })
    .await
}
