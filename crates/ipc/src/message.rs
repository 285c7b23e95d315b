//! Catalogue messages as the UI receives them: a key and its arguments,
//! which the UI says in the app's language (`say`, ui/src/lib/l10n/say.ts).

use serde::{Deserialize, Serialize};
use shopkeeper_core::{Arg, Message};
use std::collections::BTreeMap;
use ts_rs::TS;

/// One argument of a message.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum IpcArg {
    /// A number (chooses plural forms).
    Number(f64),
    /// Text as it is.
    Text(String),
    /// Another message, said in the same language.
    Message(IpcMessage),
}

/// A catalogue message: an id and its arguments (nested in another's
/// arguments, or on its own, as a suggestion's "Why this suggestion").
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct IpcMessage {
    /// The catalogue id.
    pub key: String,
    /// Its arguments by name.
    pub args: BTreeMap<String, IpcArg>,
}

/// The arguments of `m` by name, nested messages included.
pub(crate) fn args_of(m: &Message) -> BTreeMap<String, IpcArg> {
    m.args()
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(t) => IpcArg::Text(t.clone()),
                Arg::Int(n) => IpcArg::Number(*n as f64),
                Arg::Message(m) => IpcArg::Message(m.as_ref().into()),
            };
            (name.to_string(), value)
        })
        .collect()
}

impl From<&Message> for IpcMessage {
    fn from(m: &Message) -> Self {
        IpcMessage {
            key: m.id().to_string(),
            args: args_of(m),
        }
    }
}
