//! The import wizard: preview a CSV file, then a dry run or the import,
//! on a worker thread with its progress sent over a channel; and a
//! vCard file's dry run or import.

use shopkeeper_l10n::msg;
use std::fs::File;
use std::io::BufReader;

use shopkeeper_core::import::{preview_csv, ImportOptions, ImportReport};
use shopkeeper_core::{limits, CoreError, Shop};
use shopkeeper_ipc::{
    CsvPreviewDto, ImportKind, ImportProgressDto, ImportReportDto, ImportRequestDto, IpcError,
    UndoReportDto, VcardImportReportDto, VcardImportRequestDto,
};
use tauri::ipc::Channel;
use tauri::AppHandle;

use super::off_main;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;

fn open(path: &str) -> Result<BufReader<File>, IpcError> {
    File::open(path).map(BufReader::new).map_err(|e| {
        CoreError::invalid(
            "path",
            msg!(
                "error-path-file-could-opened",
                path = path.to_string(),
                e = e.to_string()
            ),
        )
        .into()
    })
}

/// The header, first rows and row count of the CSV file at `path`, and how
/// an import would read its columns (the layout recognised, the owner's
/// remembered fixes).
#[tauri::command]
pub async fn preview_import(app: AppHandle, path: String) -> Result<CsvPreviewDto, IpcError> {
    off_main(app, move |state| {
        let input = open(&path)?;
        state
            .with_shop(|shop| shop.preview_import(input, PREVIEW_ROWS))
            .map(Into::into)
    })
    .await
}

/// Sends the import's progress to the window over `channel` (the file's row
/// count read first, for the bar's end). A channel, not an event: the window
/// may not listen to events (it holds no permission but its own commands).
fn progress_to(
    channel: Channel<ImportProgressDto>,
    path: &str,
) -> Result<impl FnMut(u64), IpcError> {
    let total = preview_csv(open(path)?, 0)?.total_rows;
    let total = u32::try_from(total).unwrap_or(u32::MAX);
    Ok(move |rows: u64| {
        let rows = u32::try_from(rows).unwrap_or(u32::MAX);
        let _ = channel.send(ImportProgressDto { rows, total });
    })
}

/// Imports customers or purchases from `input`, by the wizard's `kind`.
fn import_file(
    shop: &mut Shop,
    kind: ImportKind,
    input: BufReader<File>,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(u64),
) -> shopkeeper_core::Result<ImportReport> {
    match kind {
        ImportKind::Customers => shop.import_customers(input, opts, progress),
        ImportKind::Purchases => shop.import_purchases(input, opts, progress),
    }
}

/// Imports (or, for a dry run, checks) the file; nothing is written when a
/// row is bad unless the owner chose to skip bad rows.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    request: ImportRequestDto,
    progress: Channel<ImportProgressDto>,
) -> Result<ImportReportDto, IpcError> {
    off_main(app, move |state| {
        let mut progress = progress_to(progress, &request.path)?;
        let (opts, input) = (ImportOptions::try_from(&request)?, open(&request.path)?);
        state
            .with_shop(|shop| import_file(shop, request.kind, input, &opts, &mut progress))
            .map(Into::into)
    })
    .await
}

/// Undoes the import `batch` (from its summary): removes exactly what it added.
#[tauri::command]
pub async fn undo_import(app: AppHandle, batch: String) -> Result<UndoReportDto, IpcError> {
    off_main(app, move |state| {
        let id = batch.parse()?;
        state.with_shop(|shop| shop.undo_import(id)).map(Into::into)
    })
    .await
}

/// Imports (or, for a dry run, checks) the vCard file; the report lists
/// what each card left out.
#[tauri::command]
pub async fn import_vcards(
    app: AppHandle,
    request: VcardImportRequestDto,
) -> Result<VcardImportReportDto, IpcError> {
    off_main(app, move |state| {
        let file = limits::read_bytes(request.path.as_ref(), limits::MAX_VCARD_FILE)?;
        state
            .with_shop(|shop| shop.import_vcards(file, (&request).into(), request.dry_run))
            .map(Into::into)
    })
    .await
}
