//! `shopkeeper settings ...`

use shopkeeper_core::{Currency, Shop};

use crate::args::SettingsCommand;
use crate::output::{self, listing};

listing!(
    /// One setting.
    Setting {
        key: String,
        value: String,
    }
);

/// Runs a `settings` subcommand.
pub fn run(shop: &mut Shop, cmd: SettingsCommand) -> anyhow::Result<()> {
    match cmd {
        SettingsCommand::Show(args) => {
            let s = shop.settings();
            let f = &s.default_frequency;
            let rows = [
                ("shop_name", s.shop_name.clone()),
                ("currency", s.currency.to_string()),
                ("phone_region", s.phone_region.clone().unwrap_or_default()),
                ("owner_name", s.owner_name.clone().unwrap_or_default()),
                ("language", s.language.clone()),
                (
                    "default_frequency",
                    format!("at most {} per {} days", f.max_contacts, f.period_days),
                ),
            ]
            .map(|(k, v)| Setting {
                key: k.into(),
                value: v,
            });
            output::show(&rows, args.format)
        }
        SettingsCommand::Set {
            name,
            currency,
            phone_region,
            owner_name,
            language,
        } => {
            let mut s = shop.settings().clone();
            if let Some(n) = name {
                s.shop_name = n;
            }
            if let Some(c) = currency {
                s.currency = Currency::parse(&c)?;
            }
            if phone_region.is_some() {
                s.phone_region = phone_region;
            }
            if owner_name.is_some() {
                s.owner_name = owner_name;
            }
            if let Some(l) = language {
                s.language = l;
            }
            shop.update_settings(&s)?;
            println!("Settings saved");
            Ok(())
        }
    }
}
