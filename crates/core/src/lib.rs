//! The shop's memory: customers, their purchases, preferences and consent.
//!
//! `shopkeeper-core` is the domain of Shopkeeper. It knows nothing about Tauri,
//! JSON or the command line; the desktop shell and the CLI are thin layers over
//! it. All data lives in one SQLite database inside an encrypted vault, created
//! with [`Shop::create`] and opened with [`Shop::open`].
//!
//! ```
//! use shopkeeper_core::{NewCustomer, Shop};
//!
//! let mut shop = Shop::open_in_memory().unwrap();
//! let zoe = shop.add_customer(&NewCustomer::new("Zoë Ødegård")).unwrap();
//! assert_eq!(shop.list_customers().unwrap()[0].id, zoe.id);
//! assert_eq!(shop.search("odegard", 10).unwrap()[0].id, zoe.id);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
extern crate shopkeeper_l10n;

mod kinds;

pub mod access;
pub mod backup;
pub mod backup_schedule;
pub mod book;
pub mod changes;

pub mod catalog;
pub mod consent;
mod consent_form;
pub mod contact;
mod customer;
pub mod customer_view;
pub mod demo;
pub mod desk;
pub mod digest;
pub mod duplicates;
mod erase;
mod erasure_log;
mod error;
pub mod export;
pub mod frequency;
pub mod household;
mod ids;
pub mod import;
pub mod kiosk;
pub mod limits;
mod merge;
pub mod money;
pub mod owner_pin;
mod paths;
mod phone;
pub mod preference;
pub mod promise;
pub mod purchase;
mod purchase_change;
pub mod quantity;
pub mod rekey;
mod restore_pages;
mod retention;
mod schema;
mod search;
mod settings;
mod shop;
pub mod staff;
mod store;
pub mod suggest;
pub mod summary;
#[cfg(test)]
mod test_vault;
mod text;
pub mod text_file;
mod time;
mod wording;

pub use access::CreatedVault;
pub use backup::{restore_backup, BackupError, BackupSecret, RestoreReport};
pub use book::{
    ConsentSummary, CustomerFilter, CustomerPage, CustomerRow, CustomerSort, CustomerView,
    LinkedCustomer, MessageFilter,
};
pub use catalog::{NewProduct, Product};
pub use consent::{Channel, ConsentEntry, ConsentState, ConsentStatus, NewConsent, Purpose};
pub use contact::{contact_channel_name, parse_contact_channel, ContactEntry, NewContact};
pub use customer::{
    Customer, CustomerEdit, DayMonth, ImportantDate, NewCustomer, ANONYMOUS_CUSTOMER,
};
pub use customer_view::{ChangeSummary, CustomerChange, CustomerSession, SelfEdit, SignedForm};
pub use erase::{ErasureReport, PurchasesOnErasure};
pub use erasure_log::ErasureLog;
pub use error::{Arg, CoreError, Message, Result, Step};
pub use export::{
    DuplicatePolicy, ShopImportReport, VcardCardNotes, VcardDuplicate, VcardField,
    VcardImportReport, VcardMatch, VcardNote,
};
pub use frequency::{ContactFrequency, EffectiveFrequency};
pub use household::{HouseholdLink, Relation};
pub use ids::{
    ConsentEntryId, ContactId, CustomerId, ImportId, LinkId, PreferenceId, ProductId, PromiseId,
    PurchaseId,
};
pub use money::{Currency, CurrencyHint, DecimalMark, FoundAmount, Money, UnitPrice};
pub use paths::{default_vault_path, resolve_vault_path, VAULT_ENV};
pub use phone::{parse_region, Phone};
pub use preference::{NewPreference, Preference, PreferenceCategory, PreferenceSource};
pub use promise::{Promise, PromiseStatus};
pub use purchase::{
    NewLine, NewPurchase, Purchase, PurchaseLine, PurchaseStats, SaleChannel, Void,
};
pub use purchase_change::{ChangeKind, Correction, FieldChange, PurchaseChange, OWNER_AUTHOR};
pub use quantity::Quantity;
pub use rekey::{RekeyProgress, Rekeyed};
pub use retention::{KeepDecision, ReviewItem};
pub use schema::migration_backup_path;
pub use settings::{Settings, LOCAL_SETTINGS};
pub use shop::{Profile, Shop};
pub use staff::{NewStaff, Permission, Role, StaffMember, Working};
pub use suggest::{
    parse_key, BacktestReport, CustomerScore, DismissReason, Draft, KeyParts, KindOutcome,
    MessageTemplate, Suggestion, SuggestionKind, SuggestionRefresh,
};
pub use summary::{SummaryError, SummaryFormat, Variant as SummaryVariant};
pub use text::{fold, MAX_NOTE_CHARS};
pub use time::{parse_date, parse_when};
pub use wording::ConsentWording;

pub use secrecy::{ExposeSecret, SecretString};
pub use shopkeeper_vault::{
    KdfChoice, KdfParams, RecoveryKey, Unlock, VaultError, VaultInfo, VerifyReport,
};
pub use zeroize::Zeroizing;

/// The schema version this build writes (for diagnostics and tests).
pub const SCHEMA_VERSION: i64 = schema::CURRENT_VERSION;

/// The vault file format this build writes (the About window shows it).
pub const VAULT_FORMAT_VERSION: u16 = shopkeeper_vault::FORMAT_VERSION;

/// The backup file format this build writes (the About window shows it).
pub const BACKUP_FORMAT_VERSION: u32 = shopkeeper_backup::format::VERSION;
