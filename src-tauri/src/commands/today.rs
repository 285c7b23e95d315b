//! The Today screen: today's follow-up suggestions, their drafts, the three
//! actions (done, snooze, dismiss), recent contacts, and how good the
//! suggestions have been.

use shopkeeper_core::{parse_contact_channel, parse_date, parse_key, CoreError, DismissReason};
use shopkeeper_ipc::{DraftDto, IpcError, QualityDto, RecentContactDto, SuggestionDto};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use super::{local_now, off_main};
use crate::state::AppState;

/// Today's suggestions, best first, at most `limit` (worked out off the main
/// thread: on a big shop it takes a moment). They are kept for drafts.
#[tauri::command]
pub async fn today_suggestions(
    app: AppHandle,
    limit: usize,
) -> Result<Vec<SuggestionDto>, IpcError> {
    off_main(app, move |state| {
        let found = state.with_shop(|shop| shop.suggestions(local_now().date(), limit.min(500)))?;
        let dtos = found.iter().map(SuggestionDto::from).collect();
        state.keep_suggestions(found);
        Ok(dtos)
    })
    .await
}

/// The message drafted for the suggestion `key` from the owner's template.
#[tauri::command]
pub fn suggestion_draft(state: State<'_, AppState>, key: String) -> Result<DraftDto, IpcError> {
    let suggestion = state.suggestion(&key)?;
    state
        .with_shop(|shop| shop.draft(&suggestion))
        .map(Into::into)
}

/// Marks the suggestion done: writes the contact log with the channel used
/// (`None` or `in-person`: mentioned in person) and the note.
#[tauri::command]
pub fn complete_suggestion(
    state: State<'_, AppState>,
    key: String,
    channel: Option<String>,
    note: String,
) -> Result<(), IpcError> {
    let parts = parse_key(&key)?;
    let channel = match channel {
        Some(c) => parse_contact_channel(&c)?,
        None => None,
    };
    state.with_shop(|shop| {
        shop.complete_suggestion(&key, parts.customer_id, channel, &note)
            .map(drop)
    })
}

/// Hides the suggestion until `until` (YYYY-MM-DD).
#[tauri::command]
pub fn snooze_suggestion(
    state: State<'_, AppState>,
    key: String,
    until: String,
) -> Result<(), IpcError> {
    let parts = parse_key(&key)?;
    let until = parse_date(&until, "until")?;
    state.with_shop(|shop| shop.snooze_suggestion(&key, parts.customer_id, until))
}

/// Dismisses the suggestion for good, with the reason
/// (`not-relevant`, `already-handled`, `not-interested-in-kind`).
#[tauri::command]
pub fn dismiss_suggestion(
    state: State<'_, AppState>,
    key: String,
    reason: String,
) -> Result<(), IpcError> {
    let parts = parse_key(&key)?;
    let reason: DismissReason = reason.parse()?;
    state.with_shop(|shop| {
        shop.dismiss_suggestion(&key, parts.customer_id, parts.kind, reason, None)
    })
}

/// The latest contacts with any customer.
#[tauri::command]
pub fn recent_contacts(
    state: State<'_, AppState>,
    limit: usize,
) -> Result<Vec<RecentContactDto>, IpcError> {
    state
        .with_shop(|shop| shop.recent_contacts(limit.min(100)))
        .map(|cs| cs.into_iter().map(Into::into).collect())
}

/// Opens the owner's mail app with a drafted message. Only `mailto:` links
/// are opened; Shopkeeper itself sends nothing.
#[tauri::command]
pub fn open_mailto(app: AppHandle, mailto: String) -> Result<(), IpcError> {
    if !mailto.starts_with("mailto:") {
        return Err(IpcError {
            code: "invalid".into(),
            field: Some("mailto".into()),
            message: "Only mail links can be opened from a draft.".into(),
        });
    }
    app.opener()
        .open_url(mailto, None::<&str>)
        .map_err(|e| IpcError {
            code: "unexpected".into(),
            field: None,
            message: format!("The mail app could not be opened ({e}). Copy the message instead."),
        })
}

/// How far back "How good are my suggestions?" ranks the customers.
const QUALITY_LOOKBACK_DAYS: u32 = 90;
/// How long after that a customer counts as having come back.
const QUALITY_HORIZON_DAYS: u32 = 60;

/// How good the suggestions are: the customers ranked as they were
/// `QUALITY_LOOKBACK_DAYS` ago, compared with who really bought in the
/// `QUALITY_HORIZON_DAYS` after (worked out off the main thread). `None` when
/// the shop has too little history to tell.
#[tauri::command]
pub async fn suggestion_quality(app: AppHandle) -> Result<Option<QualityDto>, IpcError> {
    off_main(app, |state| {
        let as_of = local_now().date() - chrono::Duration::days(i64::from(QUALITY_LOOKBACK_DAYS));
        state.with_shop(|shop| match shop.backtest(as_of, QUALITY_HORIZON_DAYS) {
            Ok(report) => Ok(Some(QualityDto::new(
                &report,
                as_of.to_string(),
                QUALITY_LOOKBACK_DAYS,
                QUALITY_HORIZON_DAYS,
            ))),
            Err(CoreError::Invalid { .. }) => Ok(None),
            Err(e) => Err(e),
        })
    })
    .await
}
