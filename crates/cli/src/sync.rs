//! `shopkeeper sync ...`: optional sync between the shop's computers through
//! a shared folder (docs/sync.md). Off until turned on; nothing here opens a
//! network connection.

use shopkeeper_core::Shop;
use shopkeeper_sync::{ShopSync, SyncReport, SyncStatus};

use crate::args::SyncCommand;
use crate::output::listing;

listing!(
    /// One conflict as printed.
    ConflictRow {
        at: String,
        customer: Option<String>,
        record: String,
        detail: String,
        kept: Option<String>,
        kept_from: String,
        not_kept: Option<String>,
        not_kept_from: String,
    }
);

/// Runs a `sync` subcommand.
pub fn run(shop: &mut Shop, cmd: SyncCommand) -> anyhow::Result<()> {
    match cmd {
        SyncCommand::Enable { folder, join, name } => match join {
            Some(code) => {
                let report = shop.sync_join(&folder, &code, name.as_deref())?;
                println!(
                    "This computer has joined the shop shared in {}.",
                    folder.display()
                );
                print_report(&report);
            }
            None => {
                let started = shop.sync_enable(&folder, name.as_deref())?;
                println!(
                    "Sync is on. The shop was written, encrypted, to {}.",
                    folder.display()
                );
                println!();
                println!("On each other computer of the shop, type this pairing code:");
                println!();
                println!("    {}", started.code.as_str());
                println!();
                println!("    shopkeeper sync enable --folder DIR --join CODE");
                println!();
                println!(
                    "Keep the code private: with it and the folder, anyone can read the shop."
                );
            }
        },
        SyncCommand::Status { show_code } => match shop.sync_status()? {
            SyncStatus::Off => {
                println!("Sync is off: nothing leaves this computer.");
            }
            SyncStatus::On(on) => {
                println!("Sync is on.");
                println!("  Folder:           {}", on.folder.display());
                println!("  This computer:    {} ({})", on.device_name, on.device_id);
                println!(
                    "  Last sync:        {}",
                    on.last_sync
                        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                        .unwrap_or_else(|| "never".into())
                );
                println!("  Changes to send:  {}", on.pending_changes);
                match on.waiting_files {
                    Some(n) => println!("  Files to apply:   {n}"),
                    None => println!("  Files to apply:   unknown (the folder cannot be reached)"),
                }
                println!(
                    "  Conflicts resolved: {} (shopkeeper sync conflicts)",
                    on.conflicts
                );
                if on.peers.is_empty() {
                    println!("  Other computers:  none heard from yet");
                } else {
                    println!("  Other computers:");
                    for p in on.peers {
                        println!(
                            "    {} ({}): last change applied {}, {} file(s)",
                            p.name,
                            p.device_id,
                            p.last_applied.format("%Y-%m-%d %H:%M UTC"),
                            p.files
                        );
                    }
                }
                if show_code {
                    println!("  Pairing code:     {}", shop.sync_pairing_code()?.as_str());
                }
            }
        },
        SyncCommand::Now => {
            let report = shop.sync_now()?;
            print_report(&report);
        }
        SyncCommand::Conflicts { limit, list } => {
            let rows: Vec<ConflictRow> = shop
                .sync_conflicts(limit)?
                .into_iter()
                .map(|c| ConflictRow {
                    at: c.at.format("%Y-%m-%d %H:%M").to_string(),
                    customer: c.customer,
                    record: c.record,
                    detail: c.detail,
                    kept: c.kept,
                    kept_from: c.kept_from,
                    not_kept: c.lost,
                    not_kept_from: c.lost_from,
                })
                .collect();
            if rows.is_empty() && matches!(list.format, crate::args::Format::Table) {
                println!("No conflicts.");
            } else {
                crate::output::show(&rows, list.format)?;
            }
        }
        SyncCommand::Disable => {
            shop.sync_disable()?;
            println!("Sync is off on this computer. Its change files stay in the folder for the other computers.");
        }
    }
    Ok(())
}

fn print_report(r: &SyncReport) {
    println!(
        "Applied {} file(s) from other computers ({} change(s), {} conflict(s) resolved).",
        r.files_applied, r.changes_received, r.conflicts
    );
    match &r.sent_file {
        Some(f) => println!("Wrote {} change(s) to {f}.", r.changes_sent),
        None => println!("Nothing new to send."),
    }
    for rejected in &r.rejected {
        eprintln!("{rejected}");
    }
    for skipped in &r.skipped {
        eprintln!("{skipped}");
    }
}
