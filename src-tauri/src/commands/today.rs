//! The Today screen: today's follow-up suggestions, their drafts, the three
//! actions (done, snooze, dismiss), recent contacts, and how good the
//! suggestions have been.

use shopkeeper_core::suggest::links::LinkApp;
use shopkeeper_core::{parse_contact_channel, parse_date, parse_key, DismissReason};
use shopkeeper_ipc::{DraftDto, IpcError, OutcomeDto, QualityDto, RecentContactDto, SuggestionDto};
use shopkeeper_l10n::msg;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use super::{local_now, off_main};
use crate::state::AppState;

/// Today's suggestions, best first, at most `limit` (worked out off the main
/// thread: on a big shop it takes a moment), each noted as shown (the
/// comparison group of the outcomes). They are kept for drafts.
#[tauri::command]
pub async fn today_suggestions(
    app: AppHandle,
    limit: usize,
) -> Result<Vec<SuggestionDto>, IpcError> {
    off_main(app, move |state| {
        let found =
            state.with_shop(|shop| shop.show_suggestions(local_now().date(), limit.min(500)))?;
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
    let channel = channel.as_deref().map(parse_contact_channel).transpose()?;
    state.with_shop(|shop| {
        shop.complete_suggestion(&key, parts.customer_id, channel.flatten(), &note)
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

/// Opens the message drafted for suggestion `key`, as the owner left it
/// (`subject`, `body`), in `via`: the mail app, a text, a call, WhatsApp
/// or Signal, by the channel the customer allowed (`Shop::draft_link`
/// makes the link; the window never hands one over). Shopkeeper itself
/// sends nothing.
#[tauri::command]
pub fn open_draft(
    app: AppHandle,
    state: State<'_, AppState>,
    key: String,
    via: String,
    subject: String,
    body: String,
) -> Result<(), IpcError> {
    let suggestion = state.suggestion(&key)?;
    let via: LinkApp = via.parse()?;
    let link = state.with_shop(|shop| shop.draft_link(&suggestion, via, &subject, &body))?;
    open_in_app(&app, link.url)
}

/// Hands `url` (a contact link core made) to the desktop's opener.
fn open_in_app(app: &AppHandle, url: String) -> Result<(), IpcError> {
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        IpcError::new(
            "unexpected",
            None,
            msg!("error-contact-app", reason = e.to_string()),
        )
    })
}

/// Takes back the latest snooze or dismissal of the suggestion `key` (the
/// undo offered for a few seconds after each).
#[tauri::command]
pub fn undo_suggestion_action(state: State<'_, AppState>, key: String) -> Result<(), IpcError> {
    let parts = parse_key(&key)?;
    state.with_shop(|shop| shop.undo_suggestion_action(&key, parts.customer_id))
}

/// How good the suggestions are: the customers ranked as they were some
/// months ago, compared with who really bought after (worked out off the
/// main thread). `None` when the shop has too little history to tell.
#[tauri::command]
pub async fn suggestion_quality(app: AppHandle) -> Result<Option<QualityDto>, IpcError> {
    let quality = off_main(app, |state| {
        state.with_shop(|shop| shop.suggestion_quality(local_now().date()))
    })
    .await?;
    Ok(quality.map(|q| {
        QualityDto::new(
            &q.report,
            q.as_of.to_string(),
            q.lookback_days,
            q.horizon_days,
        )
    }))
}

/// What became of the follow-ups, per kind: of those done, how many came
/// back within the kind's horizon, against those shown and not contacted.
#[tauri::command]
pub async fn suggestion_outcomes(app: AppHandle) -> Result<Vec<OutcomeDto>, IpcError> {
    let outcomes = off_main(app, |state| {
        state.with_shop(|shop| shop.suggestion_outcomes(local_now().date()))
    })
    .await?;
    Ok(outcomes.iter().map(OutcomeDto::from).collect())
}

/// Saves today's follow-ups on one page for the counter at `path` (chosen
/// in the save dialog just now), in `language` (the app's), as PDF, HTML or
/// Markdown by its extension. Not encrypted.
#[tauri::command]
pub fn save_day_sheet(
    state: State<'_, AppState>,
    language: String,
    path: String,
) -> Result<(), IpcError> {
    state.save_day_sheet(&language, &path)
}
