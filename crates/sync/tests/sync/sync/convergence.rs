//! The convergence property: random edits on 2–4 computers exchanging
//! change files in any order, with duplicates and delays, end in one shop.

use std::collections::BTreeSet;

use proptest::prelude::*;
use shopkeeper_core::*;
use shopkeeper_sync::*;

use super::{buy, consent, dump, eur, files, first, join};

/// One step of the simulation. Indices are taken modulo what exists.
#[derive(Debug, Clone)]
enum Op {
    Add(usize, u8),
    Rename(usize, usize, u8),
    Note(usize, usize, u8),
    Delete(usize, usize),
    Buy(usize, usize, u8),
    Consent(usize, usize, bool),
    Prefer(usize, usize, u8),
    Unprefer(usize, usize),
    Erase(usize, usize, bool),
    /// A computer voids one of the purchases it has.
    Void(usize, usize),
    /// A computer corrects one of the purchases it has (decimal quantities).
    Correct(usize, usize, u8),
    /// A computer syncs with its copy of the folder.
    Sync(usize),
    /// The folder tool copies one file to one computer (again, perhaps).
    Deliver(usize, usize, usize),
}

const NAMES: &[&str] = &["Zoë Ødegård", "李小龙", "O'Brien", "Anna", "Tomasz"];

fn op(replicas: usize) -> impl Strategy<Value = Op> {
    let r = 0..replicas;
    let i = any::<usize>();
    prop_oneof![
        3 => (r.clone(), any::<u8>()).prop_map(|(r, n)| Op::Add(r, n)),
        2 => (r.clone(), i, any::<u8>()).prop_map(|(r, c, n)| Op::Rename(r, c, n)),
        2 => (r.clone(), i, any::<u8>()).prop_map(|(r, c, n)| Op::Note(r, c, n)),
        1 => (r.clone(), i).prop_map(|(r, c)| Op::Delete(r, c)),
        2 => (r.clone(), i, any::<u8>()).prop_map(|(r, c, n)| Op::Buy(r, c, n)),
        2 => (r.clone(), i, any::<bool>()).prop_map(|(r, c, g)| Op::Consent(r, c, g)),
        2 => (r.clone(), i, any::<u8>()).prop_map(|(r, c, n)| Op::Prefer(r, c, n)),
        1 => (r.clone(), i).prop_map(|(r, c)| Op::Unprefer(r, c)),
        1 => (r.clone(), i, any::<bool>()).prop_map(|(r, c, k)| Op::Erase(r, c, k)),
        1 => (r.clone(), i).prop_map(|(r, p)| Op::Void(r, p)),
        2 => (r.clone(), i, any::<u8>()).prop_map(|(r, p, n)| Op::Correct(r, p, n)),
        3 => r.clone().prop_map(Op::Sync),
        4 => (r.clone(), r.clone(), i).prop_map(|(f, t, n)| Op::Deliver(f, t, n)),
    ]
}

fn scenario() -> impl Strategy<Value = (usize, Vec<Op>)> {
    (2usize..=4).prop_flat_map(|n| (Just(n), prop::collection::vec(op(n), 5..40)))
}

/// A computer of the simulation: its shop and its copy of the sync folder.
struct Replica {
    shop: Shop,
    folder: tempfile::TempDir,
}

fn pick<T: Clone>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()].clone())
}

/// Copies every file of every folder into every other folder.
fn deliver_all(replicas: &[Replica]) {
    for from in replicas {
        for f in files(from.folder.path()) {
            for to in replicas {
                let dest = to.folder.path().join(f.file_name().unwrap());
                if !dest.exists() {
                    std::fs::copy(&f, dest).unwrap();
                }
            }
        }
    }
}

/// What the owner was told was recorded, and what was erased.
#[derive(Default)]
struct Acknowledged {
    consents: Vec<(CustomerId, ConsentEntryId)>,
    purchases: Vec<(CustomerId, PurchaseId)>,
    erased: BTreeSet<CustomerId>,
    deleted_purchases_of: BTreeSet<CustomerId>,
}

fn run(n: usize, ops: &[Op]) {
    let (shop, code) = {
        let folder = tempfile::tempdir().unwrap();
        let (shop, code) = first(folder.path());
        ((shop, folder), code)
    };
    let mut replicas = vec![Replica {
        shop: shop.0,
        folder: shop.1,
    }];
    for i in 1..n {
        let folder = tempfile::tempdir().unwrap();
        for f in files(replicas[0].folder.path()) {
            std::fs::copy(&f, folder.path().join(f.file_name().unwrap())).unwrap();
        }
        let shop = join(folder.path(), &code, &format!("Computer {i}"));
        replicas.push(Replica { shop, folder });
    }
    let mut ack = Acknowledged::default();
    for op in ops {
        apply(&mut replicas, op, &mut ack);
    }
    // Everyone back online: sync, copy everything everywhere, sync again.
    for _ in 0..2 {
        for r in replicas.iter_mut() {
            r.shop.sync_now().unwrap();
        }
        deliver_all(&replicas);
    }
    for r in replicas.iter_mut() {
        let report = r.shop.sync_now().unwrap();
        assert!(report.rejected.is_empty(), "{report:?}");
        assert!(report.skipped.is_empty(), "{report:?}");
    }
    let first = dump(&replicas[0].shop);
    for (i, r) in replicas.iter().enumerate().skip(1) {
        assert_eq!(dump(&r.shop), first, "computer {i} differs from computer 0");
    }
    for (who, id) in &ack.consents {
        if !ack.erased.contains(who) {
            assert!(
                first.contains(&id.to_string()),
                "consent entry {id} was lost"
            );
        }
    }
    for (who, id) in &ack.purchases {
        if !ack.deleted_purchases_of.contains(who) {
            assert!(first.contains(&id.to_string()), "purchase {id} was lost");
        }
    }
}

fn apply(replicas: &mut [Replica], op: &Op, ack: &mut Acknowledged) {
    let live = |shop: &Shop| -> Vec<CustomerId> {
        shop.list_customers()
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    match *op {
        Op::Add(r, n) => {
            let name = NAMES[n as usize % NAMES.len()];
            replicas[r]
                .shop
                .add_customer(&NewCustomer::new(name))
                .unwrap();
        }
        Op::Rename(r, c, n) | Op::Note(r, c, n) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                let mut edit = shop.customer(id).unwrap().edit();
                match op {
                    Op::Rename(..) => edit.display_name = NAMES[n as usize % NAMES.len()].into(),
                    _ => edit.notes = Some(format!("note {n}")),
                }
                shop.update_customer(id, &edit).unwrap();
            }
        }
        Op::Delete(r, c) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                shop.delete_customer(id).unwrap();
            }
        }
        Op::Buy(r, c, n) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                let p = buy(shop, id, 100 + i64::from(n)).unwrap();
                ack.purchases.push((id, p.id));
            }
        }
        Op::Void(r, p) | Op::Correct(r, p, _) => {
            let shop = &mut replicas[r].shop;
            let here: Vec<PurchaseId> = ack
                .purchases
                .iter()
                .map(|(_, id)| *id)
                .filter(|id| shop.purchase(*id).is_ok_and(|p| p.void.is_none()))
                .collect();
            if let Some(id) = pick(&here, p) {
                match *op {
                    Op::Void(..) => {
                        shop.void_purchase(id, "rang up twice").unwrap();
                    }
                    Op::Correct(_, _, n) => {
                        let q = |k: u8| Quantity::parse(&format!("0.{}", 1 + k % 9)).unwrap();
                        let mut lines = vec![NewLine::free_text("Comté, per kg", q(n), eur(2890))];
                        if n % 2 == 0 {
                            lines.push(NewLine::free_text("Linen, per m", q(n / 2), eur(1800)));
                        }
                        let done = shop.correct_purchase(
                            id,
                            &Correction {
                                lines: Some(lines),
                                ..Correction::default()
                            },
                        );
                        // The same correction twice changes nothing (refused).
                        if let Err(e) = done {
                            assert_eq!(e.field(), Some("correction"), "{e}");
                        }
                    }
                    _ => unreachable!(),
                }
            }
        }
        Op::Consent(r, c, granted) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                let state = if granted {
                    ConsentState::Granted
                } else {
                    ConsentState::Refused
                };
                let e = shop.record_consent(id, &consent(state)).unwrap();
                ack.consents.push((id, e.id));
            }
        }
        Op::Prefer(r, c, n) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                let p = NewPreference::said(PreferenceCategory::Taste, format!("taste {n}"));
                shop.add_preference(id, &p).unwrap();
            }
        }
        Op::Unprefer(r, c) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                if let Some(p) = shop.preferences(id).unwrap().first() {
                    shop.remove_preference(p.id).unwrap();
                }
            }
        }
        Op::Erase(r, c, keep) => {
            let shop = &mut replicas[r].shop;
            if let Some(id) = pick(&live(shop), c) {
                let handling = if keep {
                    PurchasesOnErasure::KeepAnonymized
                } else {
                    ack.deleted_purchases_of.insert(id);
                    PurchasesOnErasure::Delete
                };
                shop.erase_customer(id, handling).unwrap();
                ack.erased.insert(id);
            }
        }
        Op::Sync(r) => {
            let report = replicas[r].shop.sync_now().unwrap();
            assert!(report.rejected.is_empty(), "{report:?}");
        }
        Op::Deliver(from, to, i) => {
            if let Some(f) = pick(&files(replicas[from].folder.path()), i).filter(|_| from != to) {
                let dest = replicas[to].folder.path().join(f.file_name().unwrap());
                // A duplicate delivery copies the same file over itself.
                std::fs::copy(&f, dest).unwrap();
            }
        }
    }
}

/// Cases per run: a quick default for `make test`; set
/// `SHOPKEEPER_SYNC_CASES` (e.g. 2000) for a long run.
fn cases() -> u32 {
    std::env::var("SHOPKEEPER_SYNC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn computers_that_exchange_all_their_files_end_equal((n, ops) in scenario()) {
        run(n, &ops);
    }
}

/// Someone at a window left unlocked asks for the pairing code (which would
/// let another computer join the shop and read every customer): without the
/// vault passphrase typed again, nothing is shown.
#[test]
fn the_pairing_code_is_shown_again_only_with_the_passphrase() {
    let (dir, mut shop) = crate::shop();
    let path = dir.path().join("shop.vault");
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let started = shop.sync_enable(&folder, Some("Counter")).unwrap();
    for wrong in ["", "copper kettle", "COPPER KETTLE UNDER THE PLUM TREE"] {
        let err = shop
            .sync_pairing_code_for_owner(&path, &SecretString::from(wrong))
            .unwrap_err();
        assert_eq!(err.code(), "wrong-passphrase", "{wrong:?}");
        assert!(!err.to_string().contains(started.code.as_str()));
    }
    let code = shop
        .sync_pairing_code_for_owner(&path, &SecretString::from(crate::PASSPHRASE))
        .unwrap();
    assert_eq!(code.as_str(), started.code.as_str());
}
