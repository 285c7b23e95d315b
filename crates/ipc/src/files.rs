//! Choosing a file or a folder in the native dialog, which the shell opens:
//! the window never names a file to write itself.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One entry of the dialog's file-type list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FileFilterDto {
    /// What the owner reads ("PDF").
    pub name: String,
    /// Extensions without the dot (`["pdf"]`).
    pub extensions: Vec<String>,
}

/// What the native dialog asks and offers.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FileChoiceDto {
    /// The dialog's title.
    pub title: String,
    /// A file name to start with (save), or a folder to start in.
    pub default_path: Option<String>,
    /// The file types offered (none: any file).
    pub filters: Vec<FileFilterDto>,
    /// Choose a folder rather than a file (open only).
    pub folder: bool,
}
