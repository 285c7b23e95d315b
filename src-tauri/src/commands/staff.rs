//! Staff at the counter: the people and their roles (Settings → Staff),
//! who is working now, switching person with a PIN, and what each did.
//! Core refuses what the person working may not do; the PIN checks (slow on
//! purpose) run on the blocking pool, with growing waits after wrong tries.

use shopkeeper_core::{NewStaff, SecretString};
use shopkeeper_ipc::{ActivityDto, IpcError, NewStaffDto, StaffDto, WorkingDto};
use tauri::{AppHandle, State};

use crate::state::AppState;

/// The lines the activity view shows at most.
const ACTIVITY_LINES: usize = 500;

/// The people who can sign in, by name.
#[tauri::command]
pub fn list_staff(state: State<'_, AppState>) -> Result<Vec<StaffDto>, IpcError> {
    let staff = state.with_shop(|shop| shop.staff())?;
    Ok(staff.into_iter().map(StaffDto::from).collect())
}

/// Adds a person with their PIN (owners only).
#[tauri::command]
pub async fn add_staff(
    app: AppHandle,
    person: NewStaffDto,
    pin: String,
) -> Result<StaffDto, IpcError> {
    let new = NewStaff::try_from(person)?;
    let pin = SecretString::from(pin);
    let added = super::off_main(app, move |state| {
        state.with_shop(|shop| shop.add_staff(&new, &pin))
    });
    Ok(added.await?.into())
}

/// Removes a person: they can no longer sign in (owners only).
#[tauri::command]
pub fn remove_staff(state: State<'_, AppState>, id: String) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.remove_staff(&id))
}

/// Gives a person another role (owners only).
#[tauri::command]
pub fn set_staff_role(
    state: State<'_, AppState>,
    id: String,
    role: String,
) -> Result<StaffDto, IpcError> {
    let role = role.parse()?;
    Ok(state
        .with_shop(|shop| shop.set_staff_role(&id, role))?
        .into())
}

/// Sets a person's PIN (owners for anyone, a person for their own).
#[tauri::command]
pub async fn set_staff_pin(app: AppHandle, id: String, pin: String) -> Result<(), IpcError> {
    let pin = SecretString::from(pin);
    super::off_main(app, move |state| {
        state.with_shop(|shop| shop.set_staff_pin(&id, &pin))
    })
    .await
}

/// Who is at the counter now.
#[tauri::command]
pub fn who_is_working(state: State<'_, AppState>) -> Result<WorkingDto, IpcError> {
    Ok(state.counter()?.into())
}

/// A member of staff signs in with their PIN; answers who is working.
#[tauri::command]
pub async fn sign_in_staff(
    app: AppHandle,
    id: String,
    pin: String,
) -> Result<WorkingDto, IpcError> {
    let pin = SecretString::from(pin);
    super::off_main(app, move |state| {
        state.sign_in_staff(&id, &pin)?;
        Ok(state.counter()?.into())
    })
    .await
}

/// The owner takes the counter back with the owner's PIN or the vault
/// passphrase; answers who is working.
#[tauri::command]
pub async fn take_counter_back(app: AppHandle, secret: String) -> Result<WorkingDto, IpcError> {
    let secret = SecretString::from(secret);
    super::off_main(app, move |state| {
        state.take_counter_back(&secret)?;
        Ok(state.counter()?.into())
    })
    .await
}

/// Sets after how many idle minutes the app asks who is there (`None`: never).
#[tauri::command]
pub fn set_ask_who_minutes(
    state: State<'_, AppState>,
    minutes: Option<u32>,
) -> Result<(), IpcError> {
    state.with_shop(|shop| shop.set_ask_who_minutes(minutes))
}

/// What one person did (`None`: the owner), newest first (owners and managers).
#[tauri::command]
pub fn staff_activity(
    state: State<'_, AppState>,
    staff_id: Option<String>,
) -> Result<Vec<ActivityDto>, IpcError> {
    let lines = state.with_shop(|shop| shop.activity_lines(staff_id.as_deref(), ACTIVITY_LINES))?;
    Ok(lines.into_iter().map(ActivityDto::from).collect())
}
