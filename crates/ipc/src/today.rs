//! The Today screen: follow-up suggestions, their drafts, and recent contacts.

use serde::{Deserialize, Serialize};
use shopkeeper_core::{contact_channel_name, ContactEntry, Draft, Suggestion};
use std::collections::BTreeMap;
use ts_rs::TS;

use crate::message::{args_of, IpcArg, IpcMessage};

/// One follow-up suggestion, with everything that explains it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SuggestionDto {
    /// Stable key; actions refer to it.
    pub key: String,
    /// Who (UUID text).
    pub customer_id: String,
    /// Their display name.
    pub customer_name: String,
    /// The kind (`replenishment-due`, `occasion`, ...).
    pub kind: String,
    /// Why, in plain English words (for logs; the app says the message).
    pub reason: String,
    /// Why, as a catalogue message: its id (`reason-suggestion`)...
    pub reason_key: String,
    /// ...and its arguments (the rule's reason and how to reach them, as
    /// nested messages).
    pub reason_args: BTreeMap<String, IpcArg>,
    /// "Why this suggestion": the numbers behind it, one message a sentence.
    pub explanation: Vec<IpcMessage>,
    /// The customer's ranking value (higher first): the order core gives
    /// the list in; comparable only within one list.
    pub score: f64,
    /// The channel consent allows (`email`, `sms`, ...); `None` means
    /// "mention in person next visit".
    pub channel: Option<String>,
}

impl From<&Suggestion> for SuggestionDto {
    fn from(s: &Suggestion) -> Self {
        SuggestionDto {
            key: s.key.clone(),
            customer_id: s.customer_id.to_string(),
            customer_name: s.customer_name.clone(),
            kind: s.kind.to_string(),
            reason: s.reason.to_string(),
            reason_key: s.reason.id().to_string(),
            reason_args: args_of(&s.reason),
            explanation: s.explanation.iter().map(IpcMessage::from).collect(),
            score: s.score,
            channel: s.channel.map(|c| c.to_string()),
        }
    }
}

/// A message drafted from the owner's template for a suggestion.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftDto {
    /// Subject line (for email).
    pub subject: String,
    /// The message.
    pub body: String,
    /// The template's language.
    pub language: String,
    /// Links that open it in the app for the suggestion's channel.
    pub links: Vec<ContactLinkDto>,
}

/// A link that opens a draft (or a call) in an app.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactLinkDto {
    /// Which app: `mail`, `sms`, `call`, `whatsapp` or `signal`.
    pub app: String,
    /// The link itself (the app opens it through `open_draft`, which makes
    /// it again from the draft as edited).
    pub url: String,
}

impl From<Draft> for DraftDto {
    fn from(d: Draft) -> Self {
        DraftDto {
            subject: d.subject,
            body: d.body,
            language: d.language,
            links: d
                .links
                .into_iter()
                .map(|l| ContactLinkDto {
                    app: l.app.to_string(),
                    url: l.url,
                })
                .collect(),
        }
    }
}

/// A contact made with a customer, for "recent contacts".
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentContactDto {
    /// Unique id.
    pub id: String,
    /// With whom (UUID text).
    pub customer_id: String,
    /// Their display name.
    pub customer_name: String,
    /// When (RFC 3339).
    pub at: String,
    /// How (`email`, ..., or `in-person`).
    pub channel: String,
    /// What was said, briefly.
    pub summary: String,
}

impl From<(ContactEntry, String)> for RecentContactDto {
    fn from((c, name): (ContactEntry, String)) -> Self {
        RecentContactDto {
            id: c.id.to_string(),
            customer_id: c.customer_id.to_string(),
            customer_name: name,
            at: c.at.to_rfc3339(),
            channel: contact_channel_name(c.channel).to_string(),
            summary: c.summary,
        }
    }
}
