//! The vault as the UI sees it: whether it exists, whether it is unlocked,
//! passphrase strength, and what the owner must keep after creating it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the shop's vault is and whether it is open.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatusDto {
    /// The vault file's location, for display.
    pub path: String,
    /// Whether a vault exists there (else the app offers to create one).
    pub exists: bool,
    /// Whether it is unlocked in this app right now.
    pub unlocked: bool,
    /// Minutes without activity after which the app locks itself.
    pub auto_lock_minutes: u32,
    /// Whether the open shop is the made-up demo (not the vault at `path`).
    pub demo: bool,
}

/// The shop's details asked for when it is created.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewShopDto {
    /// The shop's name, used in messages; blank for the default.
    pub shop_name: String,
    /// ISO 4217 code of the currency every amount is in, such as `EUR`.
    pub currency: String,
}

impl NewShopDto {
    /// The settings of the new shop (the name and currency are checked by the core).
    pub fn to_settings(&self) -> Result<shopkeeper_core::Settings, crate::IpcError> {
        let default = shopkeeper_core::Settings::default();
        Ok(shopkeeper_core::Settings {
            shop_name: if self.shop_name.trim().is_empty() {
                default.shop_name.clone()
            } else {
                self.shop_name.clone()
            },
            currency: shopkeeper_core::Currency::parse(&self.currency)?,
            ..default
        })
    }
}

/// How hard a passphrase would be to guess, with advice in words.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StrengthDto {
    /// 0 (very weak) to 4 (very strong).
    pub score: u8,
    /// Whether Shopkeeper accepts it for a new vault.
    pub acceptable: bool,
    /// The main problem, if any.
    pub warning: Option<String>,
    /// What would make it stronger.
    pub suggestions: Vec<String>,
}

/// What the owner gets once, right after creating a vault.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedVaultDto {
    /// The recovery key, in groups to type back.
    pub recovery_key: String,
    /// The emergency kit: a printable page with the recovery key and how to use it.
    pub emergency_kit: String,
}

impl From<shopkeeper_core::access::PassphraseStrength> for StrengthDto {
    fn from(s: shopkeeper_core::access::PassphraseStrength) -> Self {
        StrengthDto {
            score: s.score,
            acceptable: s.acceptable,
            warning: s.warning,
            suggestions: s.suggestions,
        }
    }
}

impl From<&shopkeeper_core::CreatedVault> for CreatedVaultDto {
    fn from(c: &shopkeeper_core::CreatedVault) -> Self {
        CreatedVaultDto {
            recovery_key: c.recovery_key.to_string(),
            emergency_kit: c.emergency_kit.to_string(),
        }
    }
}

/// What the owner is told after the data key changed (a passphrase change or
/// a new emergency kit): the new kit, once, and the old copies the old
/// passphrase or kit still opens.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RekeyedDto {
    /// The new recovery key and emergency kit (the old kit opens nothing now).
    pub kit: CreatedVaultDto,
    /// Files beside the vault the old passphrase or kit still opens.
    pub old_copies: Vec<String>,
}

impl From<&shopkeeper_core::Rekeyed> for RekeyedDto {
    fn from(r: &shopkeeper_core::Rekeyed) -> Self {
        RekeyedDto {
            kit: (&r.created).into(),
            old_copies: r
                .old_copies
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        }
    }
}
