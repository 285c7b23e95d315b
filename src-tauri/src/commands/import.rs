//! The import wizard: preview a CSV file, then a dry run or the import,
//! on a worker thread with progress events (`import-progress`).

use std::fs::File;
use std::io::BufReader;

use shopkeeper_core::import::{preview_csv, ImportOptions};
use shopkeeper_core::CoreError;
use shopkeeper_ipc::{
    CsvPreviewDto, ImportKind, ImportProgressDto, ImportReportDto, ImportRequestDto, IpcError,
};
use tauri::{AppHandle, Emitter};

use super::off_main;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 5;

fn open(path: &str) -> Result<BufReader<File>, IpcError> {
    File::open(path).map(BufReader::new).map_err(|e| {
        CoreError::invalid("path", format!("The file {path} could not be opened: {e}.")).into()
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

/// Imports (or, for a dry run, checks) the file; nothing is written when a
/// row is bad unless the owner chose to skip bad rows.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    request: ImportRequestDto,
) -> Result<ImportReportDto, IpcError> {
    let emitter = app.clone();
    off_main(app, move |state| {
        let total = preview_csv(open(&request.path)?, 0)?.total_rows;
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        let opts = ImportOptions::try_from(&request)?;
        let input = open(&request.path)?;
        let mut progress = move |rows: u64| {
            let rows = u32::try_from(rows).unwrap_or(u32::MAX);
            let _ = emitter.emit("import-progress", ImportProgressDto { rows, total });
        };
        state
            .with_shop(|shop| match request.kind {
                ImportKind::Customers => shop.import_customers(input, &opts, &mut progress),
                ImportKind::Purchases => shop.import_purchases(input, &opts, &mut progress),
            })
            .map(Into::into)
    })
    .await
}
