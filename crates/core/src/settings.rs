//! Shop-wide settings: name, currency, phone region, default contact
//! frequency; and which settings stay in this vault ([`LOCAL_SETTINGS`]).

use rusqlite::{params, Connection, OptionalExtension};

use crate::frequency::ContactFrequency;
use crate::money::Currency;
use crate::time::now_stamp;
use crate::{phone, text, Result};

/// Settings that stay in this vault file, on this computer: secrets (the
/// hash of the owner's PIN, the secret that opens backups with the recovery
/// key) and facts about this computer (where and when it backs up, its last
/// backup, whether it shows the morning digest and the day it last did).
/// They are never exported, never imported and never synced, so a
/// whole-shop export or another computer's change file can neither carry
/// them away nor replace the keys this shop's backups are locked with or the
/// PIN that guards Customer view. A new setting of that kind goes here.
/// (This computer's sync key and state live in their own table, `sync_local`,
/// which is never exported or synced either.)
pub const LOCAL_SETTINGS: &[&str] = &[
    "backup_folder",
    "backup_on_close",
    "backup_daily",
    "backup_remind_days",
    "backup_recovery_secret",
    "backup_slot_salt",
    "digest_on",
    "digest_shown_on",
    "last_backup_at",
    "last_backup_problem",
    "owner_pin",
];

/// Whether the setting `key` stays in this vault (see [`LOCAL_SETTINGS`]).
pub(crate) fn is_local(key: &str) -> bool {
    LOCAL_SETTINGS.contains(&key)
}

/// SQL condition, over the setting key `column` (an SQL expression such as
/// `key` or `NEW.key`), keeping only the settings that leave this vault.
pub(crate) fn shared_sql(column: &str) -> String {
    let keys: Vec<String> = LOCAL_SETTINGS.iter().map(|k| format!("'{k}'")).collect();
    format!("{column} NOT IN ({})", keys.join(", "))
}

/// The shop's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The shop's name, used in messages.
    pub shop_name: String,
    /// The currency every amount is in.
    pub currency: Currency,
    /// Country whose phone numbers may be written without a country code (e.g. `GB`).
    pub phone_region: Option<String>,
    /// The contact frequency for customers who have none of their own.
    pub default_frequency: ContactFrequency,
    /// Minutes without activity after which the app locks itself (1 to 480).
    pub auto_lock_minutes: u32,
    /// Who signs messages ("Marta"); the shop's name when not set.
    pub owner_name: Option<String>,
    /// The language of messages to customers whose own has no template
    /// ("en", "de"); English when no template exists in it either.
    pub language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            shop_name: "My shop".into(),
            currency: Currency::EUR,
            phone_region: None,
            default_frequency: ContactFrequency::default(),
            auto_lock_minutes: crate::access::DEFAULT_AUTO_LOCK_MINUTES,
            owner_name: None,
            language: "en".into(),
        }
    }
}

/// How many purchases are recorded (voided ones too: they were recorded in the currency).
fn purchase_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM purchase", [], |r| r.get(0))?)
}

impl crate::Shop {
    /// Whether the currency may still change: only while no purchase is recorded.
    pub fn currency_can_change(&self) -> Result<bool> {
        Ok(purchase_count(self.conn())? == 0)
    }
}

pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    let get = |key: &str| -> Result<Option<String>> {
        Ok(conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    };
    let mut s = Settings::default();
    if let Some(v) = get("shop_name")? {
        s.shop_name = v;
    }
    if let Some(v) = get("currency")? {
        s.currency = Currency::parse(&v)?;
    }
    s.phone_region = get("phone_region")?;
    if let Some(v) = get("default_frequency")? {
        s.default_frequency = serde_json::from_str(&v).unwrap_or_default();
    }
    if let Some(v) = get("auto_lock_minutes")? {
        s.auto_lock_minutes = v.parse().unwrap_or(s.auto_lock_minutes);
    }
    s.owner_name = get("owner_name")?;
    if let Some(v) = get("language")? {
        s.language = v;
    }
    Ok(s)
}

/// The settings tidied (name trimmed, phone region normalised), or the first
/// problem with them.
pub(crate) fn validated(s: &Settings) -> Result<Settings> {
    let shop_name = text::required(&s.shop_name, "shop_name", "The shop's name")?;
    let phone_region = s
        .phone_region
        .as_deref()
        .map(phone::parse_region)
        .transpose()?;
    s.default_frequency.validate()?;
    if !(1..=480).contains(&s.auto_lock_minutes) {
        return Err(crate::CoreError::invalid(
            "auto_lock_minutes",
            msg!("error-auto-lock-minutes-locking-after-quiet"),
        ));
    }
    let owner_name = text::optional(s.owner_name.as_deref(), "owner_name")?;
    let language = text::language(&s.language, "language")?;
    Ok(Settings {
        shop_name,
        phone_region,
        owner_name,
        language,
        ..s.clone()
    })
}

pub(crate) fn save(conn: &mut Connection, s: &Settings) -> Result<Settings> {
    let s = validated(s)?;
    let before = load(conn)?;
    if s.currency != before.currency {
        let purchases = purchase_count(conn)?;
        if purchases > 0 {
            return Err(crate::CoreError::invalid(
                "currency",
                msg!(
                    "error-currency-currency-stays-purchases",
                    before = (before.currency.code()).to_string(),
                    purchases = purchases.to_string()
                ),
            ));
        }
    }
    let freq = serde_json::to_string(&s.default_frequency).expect("serializable");
    let now = now_stamp();
    let tx = conn.transaction()?;
    {
        let mut put = tx.prepare(
            "INSERT INTO setting (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )?;
        put.execute(params!["shop_name", s.shop_name, now])?;
        put.execute(params!["currency", s.currency.code(), now])?;
        match &s.phone_region {
            Some(r) => put.execute(params!["phone_region", r, now])?,
            None => tx.execute("DELETE FROM setting WHERE key = 'phone_region'", [])?,
        };
        put.execute(params!["default_frequency", freq, now])?;
        match &s.owner_name {
            Some(o) => put.execute(params!["owner_name", o, now])?,
            None => tx.execute("DELETE FROM setting WHERE key = 'owner_name'", [])?,
        };
        put.execute(params!["language", s.language, now])?;
        put.execute(params![
            "auto_lock_minutes",
            s.auto_lock_minutes.to_string(),
            now
        ])?;
    }
    tx.commit()?;
    load(conn)
}
