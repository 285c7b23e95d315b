//! Sync between the shop's computers: convergence (a property test over
//! random edits on 2–4 computers exchanging change files in any order, with
//! duplicates and delays), erasure winning over older changes, and change
//! files that are damaged, cut short or from another shop.

mod convergence;
mod decimal_quantities;
mod local_settings;
mod purchase_changes;
mod staff;

use std::path::{Path, PathBuf};

use shopkeeper_core::*;
use shopkeeper_sync::*;

use crate::consent;

/// The shop's content as every computer must agree on it: the whole-shop
/// export (every synced table, rows sorted by key, every column).
fn dump(shop: &Shop) -> String {
    shop.export_shop().unwrap()
}

fn eur(cents: i64) -> Money {
    Money::new(cents, Currency::EUR)
}

fn buy(shop: &mut Shop, who: CustomerId, cents: i64) -> Result<Purchase> {
    shop.add_purchase(
        who,
        &NewPurchase {
            at: None,
            channel: SaleChannel::InShop,
            note: Some("paid cash".into()),
            lines: vec![NewLine::free_text("Comté 200g", 1, eur(cents))],
        },
    )
}

/// A first computer with sync on in `folder`, and the pairing code.
fn first(folder: &Path) -> (Shop, String) {
    let mut shop = Shop::open_in_memory().unwrap();
    let started = shop.sync_enable(folder, Some("Counter")).unwrap();
    (shop, started.code.to_string())
}

/// Zoë Ødegård, with an e-mail address, added to `shop`.
fn add_zoe(shop: &mut Shop) -> Customer {
    shop.add_customer(&NewCustomer {
        email: Some("zoe@example.no".into()),
        ..NewCustomer::new("Zoë Ødegård")
    })
    .unwrap()
}

/// Another computer joined to the shop in `folder`.
fn join(folder: &Path, code: &str, name: &str) -> Shop {
    let mut shop = Shop::open_in_memory().unwrap();
    shop.sync_join(folder, code, Some(name)).unwrap();
    shop
}

#[test]
fn two_computers_edit_offline_and_converge_through_one_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let zoe = add_zoe(&mut a);
    a.sync_now().unwrap();
    let mut b = join(dir.path(), &code, "Workshop");
    assert_eq!(b.customer(zoe.id).unwrap().display_name, "Zoë Ødegård");
    assert_eq!(
        b.search("odegard", 5).unwrap().len(),
        1,
        "search is rebuilt"
    );

    // Offline: both change Zoë, one of them the same detail.
    let mut edit = a.customer(zoe.id).unwrap().edit();
    edit.notes = Some("Ask about the trip to Porto".into());
    a.update_customer(zoe.id, &edit).unwrap();
    let mut edit = b.customer(zoe.id).unwrap().edit();
    edit.notes = Some("Prefers the blue wrapping".into());
    edit.tags = vec!["regular".into()];
    b.update_customer(zoe.id, &edit).unwrap();
    let lee = b.add_customer(&NewCustomer::new("李小龙")).unwrap();
    b.record_consent(lee.id, &consent(ConsentState::Granted))
        .unwrap();
    a.record_consent(zoe.id, &consent(ConsentState::Refused))
        .unwrap();
    buy(&mut a, zoe.id, 1250).unwrap();

    let status = a.sync_status().unwrap();
    let SyncStatus::On(on) = status else {
        panic!("sync is on")
    };
    assert!(on.pending_changes > 0);
    assert_eq!(on.waiting_files, Some(1), "B's first file");
    assert!(on.peers.is_empty(), "not applied yet");

    a.sync_now().unwrap();
    let rb = b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(dump(&a), dump(&b));
    // Both details kept where only one side changed them; the later note won.
    let z = a.customer(zoe.id).unwrap();
    assert_eq!(z.tags, vec!["regular".to_string()]);
    assert_eq!(z.notes.as_deref(), Some("Prefers the blue wrapping"));
    assert_eq!(a.consent_history(zoe.id).unwrap().len(), 1);
    assert_eq!(a.consent_history(lee.id).unwrap().len(), 1);
    assert_eq!(b.purchases(zoe.id, 10).unwrap().len(), 1);
    // The same note changed on both: a conflict, listed where the two met
    // (B applied A's note after making its own; A then got B's file, written
    // after B had seen A's note, so for A it is an ordinary later change).
    assert_eq!(rb.conflicts, 1, "{rb:?}");
    let listed = b.sync_conflicts(10).unwrap();
    assert_eq!(listed[0].detail, "notes");
    assert_eq!(listed[0].customer.as_deref(), Some("Zoë Ødegård"));
    assert_eq!(listed[0].kept_from, "Workshop");
    assert_eq!(listed[0].lost_from, "Counter");
    assert!(a.sync_conflicts(10).unwrap().is_empty());

    // Deleted on one, edited on the other at the same time: the delete wins.
    a.delete_customer(lee.id).unwrap();
    let mut edit = b.customer(lee.id).unwrap().edit();
    edit.notes = Some("Likes hard cheese".into());
    b.update_customer(lee.id, &edit).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert!(b.customer(lee.id).is_err());
    assert_eq!(dump(&a), dump(&b));

    // Nothing left to do: a sync writes no file.
    assert_eq!(a.sync_now().unwrap().sent_file, None);
    let SyncStatus::On(on) = b.sync_status().unwrap() else {
        panic!("sync is on")
    };
    assert_eq!((on.pending_changes, on.waiting_files), (0, Some(0)));
    assert_eq!(on.device_name, "Workshop");
    assert_eq!(on.peers[0].name, "Counter");

    b.sync_disable().unwrap();
    assert_eq!(b.sync_status().unwrap(), SyncStatus::Off);
    assert!(b.sync_now().is_err());
}

fn pending(shop: &Shop) -> usize {
    let SyncStatus::On(on) = shop.sync_status().unwrap() else {
        panic!("sync is on")
    };
    on.pending_changes
}

/// With sync on, an import takes the capture triggers off the tables and
/// stamps what it made at the end (docs/sync.md, "Bulk imports"): every
/// record made gets its clock, a dry
/// run leaves none, capture is back afterwards, and the other computer ends
/// with the same shop.
#[test]
fn an_import_reaches_the_other_computers_like_any_change() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let zoe = add_zoe(&mut a);
    a.sync_now().unwrap();
    let mut b = join(dir.path(), &code, "Workshop");
    assert_eq!(pending(&a), 0);
    let csv = "customer_ref,customer_name,email,date,sku,product,quantity,line_total
,Zoë Ødegård,zoe@example.no,2024-03-01,COF,Coffee,2,25.80
,Zoë Ødegård,zoe@example.no,2024-03-01,,Gift wrap,1,2.50
C2,李小龙,,2024-03-02 15:30,COF,,1,12.90
C3,O'Brien,,2024-03-03,COF,,-1,-12.90
";
    let dry = import::ImportOptions {
        dry_run: true,
        ..Default::default()
    };
    a.import_purchases(csv.as_bytes(), &dry, &mut |_| {})
        .unwrap();
    assert_eq!(pending(&a), 0, "a dry run leaves no clocks");
    let r = a
        .import_purchases(csv.as_bytes(), &Default::default(), &mut |_| {})
        .unwrap();
    assert_eq!(
        (r.customers_created, r.customers_matched, r.products_created),
        (2, 1, 1)
    );
    assert_eq!((r.purchases, r.lines), (3, 4));
    assert_eq!(
        pending(&a),
        1 + 2 + 1 + 3 + 4,
        "one clock per record made, and the batch's"
    );
    // Capture is back on after the import.
    let obrien = a.find_customer("C3").unwrap();
    let mut edit = obrien.edit();
    edit.notes = Some("Returned the coffee".into());
    a.update_customer(obrien.id, &edit).unwrap();
    assert_eq!(
        pending(&a),
        1 + 2 + 1 + 3 + 4,
        "same record, one more clock"
    );
    a.add_customer(&NewCustomer::new("Ana")).unwrap();
    assert_eq!(pending(&a), 1 + 2 + 1 + 3 + 4 + 1);

    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert_eq!(dump(&a), dump(&b));
    assert_eq!(b.purchases(zoe.id, 10).unwrap()[0].lines.len(), 2);
    assert_eq!(
        b.customer(obrien.id).unwrap().notes.as_deref(),
        Some("Returned the coffee"),
        "the later edit is newer than the import's reading"
    );
    assert_eq!(b.search("obrien", 5).unwrap().len(), 1);
}

/// An import undone on one computer is undone on the other: the deletions
/// (and the consent entries the import wrote) travel like any change, and
/// both end with the same shop as before the import.
#[test]
fn an_undone_import_is_undone_on_the_other_computer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let zoe = add_zoe(&mut a);
    a.sync_now().unwrap();
    let mut b = join(dir.path(), &code, "Workshop");
    let before = dump(&a);
    let csv = "receipt,customer_ref,customer_name,email,date,sku,product,quantity,line_total
1,,Zoë Ødegård,zoe@example.no,2024-03-01,COF,Coffee,2,25.80
2,C2,李小龙,,2024-03-02 15:30,COF,,1,12.90
";
    let r = a
        .import_purchases(csv.as_bytes(), &Default::default(), &mut |_| {})
        .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert_eq!(b.purchases(zoe.id, 10).unwrap().len(), 1);
    let undone = b.undo_import(r.batch.unwrap()).unwrap();
    assert_eq!(
        (undone.purchases, undone.customers, undone.products),
        (2, 1, 1)
    );
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(dump(&a), dump(&b));
    assert!(a.purchases(zoe.id, 10).unwrap().is_empty());
    assert!(a.find_customer("C2").is_err());
    assert!(a.imports().unwrap()[0].undone_at.is_some());
    let strip = |d: String| -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(&d).unwrap();
        v["tables"].as_object_mut().unwrap().remove("import_batch");
        v.as_object_mut().unwrap().remove("exported_at");
        v
    };
    assert_eq!(strip(dump(&a)), strip(before));
}

/// With sync off, an import writes no clocks at all (the capture triggers
/// are off the tables and nothing is stamped), so the shop file does not
/// grow by a clock row per record; turning sync on later gives every record
/// its clock, and the other computer receives the whole import. The
/// triggers are back after the import: the next change is captured.
#[test]
fn an_import_with_sync_off_leaves_no_clocks_and_still_reaches_the_other_computer() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("shop.vault");
    let mut a = crate::create(&vault);
    let csv = "customer_ref,customer_name,date,sku,product,quantity,line_total
C1,Zoë Ødegård,2024-03-01,COF,Coffee,2,25.80
C1,Zoë Ødegård,2024-03-01,,Gift wrap,1,2.50
C2,李小龙,2024-03-02 15:30,COF,,1,12.90
";
    let r = a
        .import_purchases(csv.as_bytes(), &Default::default(), &mut |_| {})
        .unwrap();
    assert_eq!((r.customers_created, r.purchases, r.lines), (2, 2, 3));
    let zoe = a.find_customer("C1").unwrap();
    let mut edit = zoe.edit();
    edit.notes = Some("Likes a dark roast".into());
    a.update_customer(zoe.id, &edit).unwrap();
    drop(a);
    let clocks = |tables: &str| -> i64 {
        crate::raw(&vault)
            .query_row(
                &format!("SELECT count(*) FROM sync_clock WHERE tbl IN ({tables})"),
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(
        clocks("'purchase', 'purchase_line', 'product'"),
        0,
        "the import wrote no clocks"
    );
    assert!(
        clocks("'customer'") >= 1,
        "the edit after the import was captured: the triggers are back"
    );

    std::fs::create_dir(dir.path().join("sync")).unwrap();
    let mut a = crate::reopen(&vault).unwrap();
    let code = a
        .sync_enable(&dir.path().join("sync"), Some("Counter"))
        .unwrap()
        .code
        .to_string();
    drop(a);
    assert_eq!(clocks("'purchase'"), 2, "turning sync on gave them clocks");
    assert_eq!(clocks("'purchase_line'"), 3);
    let b = join(&dir.path().join("sync"), &code, "Workshop");
    let a = crate::reopen(&vault).unwrap();
    // The same shop from the catalog on (the settings differ: a vault made
    // by `Shop::create` keeps its backup secret, a local setting, there).
    let shared = |shop: &Shop| dump(shop).split_once("\"product\"").unwrap().1.to_string();
    assert_eq!(shared(&a), shared(&b));
    let zoe_there = b.find_customer("C1").unwrap();
    assert_eq!(zoe_there.notes.as_deref(), Some("Likes a dark roast"));
    assert_eq!(b.purchases(zoe_there.id, 10).unwrap()[0].lines.len(), 2);
    assert_eq!(b.search("gift wrap", 5).unwrap().len(), 1);
}

#[test]
fn an_erasure_wins_and_older_changes_do_not_bring_the_customer_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let zoe = add_zoe(&mut a);
    a.record_consent(zoe.id, &consent(ConsentState::Granted))
        .unwrap();
    let kept = buy(&mut a, zoe.id, 900).unwrap();
    a.sync_now().unwrap();
    let mut b = join(dir.path(), &code, "Workshop");

    // B, not yet knowing, keeps adding to Zoë; A erases her.
    let mut edit = b.customer(zoe.id).unwrap().edit();
    edit.notes = Some("Her daughter's wedding is in June".into());
    b.update_customer(zoe.id, &edit).unwrap();
    b.add_preference(
        zoe.id,
        &NewPreference::said(PreferenceCategory::Allergy, "walnuts"),
    )
    .unwrap();
    b.record_consent(zoe.id, &consent(ConsentState::Refused))
        .unwrap();
    let late = buy(&mut b, zoe.id, 300).unwrap();
    a.erase_customer(zoe.id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    b.sync_now().unwrap(); // B's changes reach the folder first…
    a.sync_now().unwrap(); // …A applies them after its erasure…
    b.sync_now().unwrap(); // …and B receives the erasure after its changes.
    a.sync_now().unwrap();
    for s in [&a, &b] {
        assert!(s.customer(zoe.id).is_err());
        assert!(s.search("zoe", 5).unwrap().is_empty());
        assert!(s.consent_history(zoe.id).unwrap().is_empty());
        let text = dump(s);
        for gone in ["Zoë", "zoe@example.no", "walnuts", "wedding", "paid cash"] {
            assert!(!text.contains(gone), "{gone} came back");
        }
        // Purchases stay, anonymized, for the shop's figures.
        assert!(text.contains(&kept.id.to_string()));
        assert!(text.contains(&late.id.to_string()));
    }
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn damaged_cut_short_and_foreign_files_are_refused_and_the_rest_applied() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let mut b = join(dir.path(), &code, "Workshop");
    let other = tempfile::tempdir().unwrap();
    let (mut stranger, _) = first(other.path());
    stranger.add_customer(&NewCustomer::new("O'Brien")).unwrap();
    stranger.sync_now().unwrap();

    // A writes three files: one gets damaged, one cut short, one is fine.
    let mut written = Vec::new();
    for name in ["Ana", "Bea", "Cai"] {
        a.add_customer(&NewCustomer::new(name)).unwrap();
        written.push(dir.path().join(a.sync_now().unwrap().sent_file.unwrap()));
    }
    let mut bytes = std::fs::read(&written[0]).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&written[0], &bytes).unwrap();
    let bytes = std::fs::read(&written[1]).unwrap();
    std::fs::write(&written[1], &bytes[..bytes.len() / 2]).unwrap();
    // Another shop's file, named like one of this shop's.
    let foreign = files(other.path()).pop().unwrap();
    let posing = dir.path().join("00112233445566aa-00000001.shopsync");
    std::fs::copy(foreign, &posing).unwrap();
    // Not a change file name at all: left alone.
    std::fs::write(dir.path().join(".stfolder"), b"").unwrap();

    let report = b.sync_now().unwrap();
    assert_eq!(report.files_applied, 1, "{report:?}");
    assert_eq!(report.rejected.len(), 3, "{report:?}");
    let problem = |f: &Path| {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        report
            .rejected
            .iter()
            .find(|r| r.file == name)
            .unwrap()
            .problem
            .clone()
    };
    assert_eq!(problem(&written[0]), FileProblem::WrongKeyOrDamaged);
    assert_eq!(problem(&written[1]), FileProblem::Truncated);
    assert_eq!(problem(&posing), FileProblem::WrongKeyOrDamaged);
    let message = report.rejected[0].to_string();
    assert!(message.contains("was skipped"), "{message}");
    let names: Vec<String> = b
        .list_customers()
        .unwrap()
        .into_iter()
        .map(|c| c.display_name)
        .collect();
    assert_eq!(names, vec!["Cai".to_string()]);

    // Once a good copy arrives (the folder tool finishes copying), it applies.
    std::fs::write(&written[1], &bytes).unwrap();
    let report = b.sync_now().unwrap();
    assert_eq!(report.files_applied, 1);
    assert!(b.find_customer("Bea").is_ok());
}

#[test]
fn a_wrong_pairing_code_or_an_empty_folder_is_refused_before_anything_changes() {
    let dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let (_a, code) = first(dir.path());
    let mut b = Shop::open_in_memory().unwrap();
    let err = b.sync_join(empty.path(), &code, None).unwrap_err();
    assert!(err.to_string().contains("No shop is shared"), "{err}");
    let other = tempfile::tempdir().unwrap();
    let (_c, other_code) = first(other.path());
    let err = b.sync_join(dir.path(), &other_code, None).unwrap_err();
    assert_eq!(err.field(), Some("code"));
    let mut typo: Vec<char> = code.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(
        b.sync_join(dir.path(), &typo, None).unwrap_err().field(),
        Some("code")
    );
    assert_eq!(b.sync_status().unwrap(), SyncStatus::Off);
    // A folder that already holds a shop is not started afresh.
    let err = b.sync_enable(dir.path(), None).unwrap_err();
    assert!(err.to_string().contains("already holds"), "{err}");
}

fn files(folder: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "shopsync"))
        .collect();
    v.sort();
    v
}

#[test]
fn an_erasure_from_another_computer_removes_what_this_one_showed_about_her() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, code) = first(dir.path());
    let zoe = add_zoe(&mut a);
    buy(&mut a, zoe.id, 900).unwrap();
    a.sync_now().unwrap();
    let mut b = join(dir.path(), &code, "Workshop");

    // B's Today showed her thank-you (long enough ago to be counted).
    let today = chrono::Utc::now().date_naive();
    let shown = b.suggestions(today, 50).unwrap();
    assert_eq!(shown.len(), 1);
    b.note_shown(&shown, chrono::Utc::now() - chrono::Duration::days(100))
        .unwrap();
    assert_eq!(b.suggestion_outcomes(today).unwrap()[0].not_contacted, 1);

    a.erase_customer(zoe.id, PurchasesOnErasure::KeepAnonymized)
        .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert!(b.customer(zoe.id).is_err());
    assert!(
        b.suggestion_outcomes(today).unwrap().is_empty(),
        "B's record of what it showed her went with the erasure"
    );
}
