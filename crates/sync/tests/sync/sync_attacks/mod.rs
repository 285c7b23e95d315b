//! Attacks on sync by someone who can write to the shared folder: a key
//! holder (the pairing code) writing files with hostile clock readings or
//! posing as another computer, and anyone dropping a huge file. Each test
//! performs the attack on real vault files and checks it is refused while
//! the honest computers keep syncing and converge.

mod hostile_files;

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::Value;
use shopkeeper_core::*;
use shopkeeper_sync::*;

use crate::{create, PASSPHRASE};

const MAGIC: &[u8; 8] = b"SKSYNC\x00\x02";
const HEADER: usize = 8 + 32 + 24 + 8;

/// The sync key in a pairing code (Crockford base 32, check characters dropped).
fn key_of(code: &str) -> [u8; 32] {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let values: Vec<u32> = code
        .bytes()
        .filter(|b| *b != b'-')
        .take(52)
        .map(|b| ALPHABET.iter().position(|a| *a == b).unwrap() as u32)
        .collect();
    let (mut acc, mut bits, mut out) = (0u64, 0, Vec::new());
    for v in values {
        acc = (acc << 5) | u64::from(v);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out[..32].try_into().unwrap()
}

/// Someone holding the sync key, with a signing key of their own.
struct Forger {
    key: [u8; 32],
    signer: SigningKey,
}

impl Forger {
    fn new(code: &str) -> Forger {
        Forger {
            key: key_of(code),
            signer: SigningKey::from_bytes(&rand::random()),
        }
    }

    /// The device id the forger's own key stands for.
    fn device(&self) -> String {
        self.signer.verifying_key().to_bytes()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The content of an honest change file.
    fn read(&self, path: &Path) -> Value {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_stem().unwrap().to_str().unwrap();
        let body = bytes.len() - 64;
        let mut aad = bytes[..HEADER].to_vec();
        aad.extend_from_slice(name.as_bytes());
        let plain = XChaCha20Poly1305::new((&self.key).into())
            .decrypt(
                XNonce::from_slice(&bytes[40..64]),
                Payload {
                    msg: &bytes[HEADER..body],
                    aad: &aad,
                },
            )
            .unwrap();
        serde_json::from_slice(&plain).unwrap()
    }

    /// Writes `content` into `folder` as change file `device`-`seq`, sealed
    /// with the sync key and signed with the forger's key.
    fn write(&self, folder: &Path, device: &str, seq: u64, content: &Value) -> PathBuf {
        let name = format!("{device}-{seq:08}");
        let plain = serde_json::to_vec(content).unwrap();
        let nonce: [u8; 24] = rand::random();
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&self.signer.verifying_key().to_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&((plain.len() + 16) as u64).to_le_bytes());
        let mut aad = out.clone();
        aad.extend_from_slice(name.as_bytes());
        let sealed = XChaCha20Poly1305::new((&self.key).into())
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: &aad,
                },
            )
            .unwrap();
        out.extend_from_slice(&sealed);
        let mut signed = out.clone();
        signed.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&self.signer.sign(&signed).to_bytes());
        let path = folder.join(format!("{name}.shopsync"));
        std::fs::write(&path, out).unwrap();
        path
    }
}

/// Every change file in `folder`, by name.
fn files(folder: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "shopsync"))
        .collect();
    v.sort();
    v
}

/// The newest change file written by `device`.
fn newest_of(folder: &Path, device: &str) -> PathBuf {
    files(folder)
        .into_iter()
        .rfind(|p| p.file_name().unwrap().to_str().unwrap().starts_with(device))
        .unwrap()
}

fn device_of(shop: &Shop) -> String {
    match shop.sync_status().unwrap() {
        SyncStatus::On(on) => on.device_id,
        SyncStatus::Off => panic!("sync is off"),
    }
}

/// Now, in milliseconds since the epoch.
fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

/// Two computers on real vault files sharing `folder`, and the pairing code.
fn pair(dir: &Path, folder: &Path) -> (Shop, Shop, String) {
    let mut a = create(&dir.join("a.vault"));
    let code = a
        .sync_enable(folder, Some("Counter"))
        .unwrap()
        .code
        .to_string();
    let mut b = create(&dir.join("b.vault"));
    b.sync_join(folder, &code, Some("Workshop")).unwrap();
    (a, b, code)
}

fn rename(shop: &mut Shop, id: CustomerId, name: &str) {
    let mut edit = shop.customer(id).unwrap().edit();
    edit.display_name = name.into();
    shop.update_customer(id, &edit).unwrap();
}

/// A copy of a file's content claiming to be from `device` file `seq`, with
/// every clock reading replaced by `reading` and every customer renamed `name`.
fn hostile(content: &Value, device: &str, seq: u64, reading: &str, name: &str) -> Value {
    let mut v = content.clone();
    v["device"] = device.into();
    v["seq"] = seq.into();
    for rec in v["records"].as_array_mut().unwrap() {
        for h in rec["c"].as_object_mut().unwrap().values_mut() {
            *h = reading.into();
        }
        if rec["t"] == "customer" {
            rec["v"]["display_name"] = name.into();
        }
    }
    v
}

#[test]
fn a_reading_from_far_ahead_or_not_a_reading_never_wins_over_a_later_honest_edit() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, mut b, code) = pair(dir.path(), &folder);
    let zoe = a.add_customer(&NewCustomer::new("Zoë")).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    let forger = Forger::new(&code);
    let honest = forger.read(&newest_of(&folder, &device_of(&a)));
    let me = forger.device();
    let readings = [
        "zzzz".to_string(),
        "zzzzzzzzzzzz-zzzz-zzzzzzzzzzzzzzzz".into(),
        format!("ffffffffffff-ffff-{me}"),
        format!("FFFFFFFFFFFF-FFFF-{me}"),
        format!("+fffffffffff-ffff-{me}"),
        format!("ffffffffffff-ffff-{me}ff"),
    ];
    for (seq, reading) in readings.iter().enumerate() {
        let content = hostile(&honest, &me, seq as u64 + 1, reading, "Forged");
        forger.write(&folder, &me, seq as u64 + 1, &content);
    }
    // The honest edit comes after the forged files are in the folder.
    rename(&mut a, zoe.id, "Zoë Ødegård");
    a.sync_now().unwrap();
    for shop in [&mut b, &mut a] {
        let report = shop.sync_now().unwrap();
        assert_eq!(report.rejected.len(), readings.len(), "{report:?}");
        assert!(report
            .rejected
            .iter()
            .all(|r| matches!(r.problem, FileProblem::BadReading | FileProblem::Ahead)));
        assert_eq!(shop.customer(zoe.id).unwrap().display_name, "Zoë Ødegård");
    }
    // Both keep writing files and hearing each other.
    rename(&mut b, zoe.id, "Zoë Ø.");
    assert!(b.sync_now().unwrap().sent_file.is_some());
    a.sync_now().unwrap();
    assert_eq!(a.customer(zoe.id).unwrap().display_name, "Zoë Ø.");
}

#[test]
fn a_forged_file_posing_as_another_computer_is_refused_and_that_computer_keeps_syncing() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, mut b, code) = pair(dir.path(), &folder);
    let zoe = a.add_customer(&NewCustomer::new("Zoë")).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    // A key holder writes B's next file: B's device id, B's next number.
    let forger = Forger::new(&code);
    let b_device = device_of(&b);
    let b_last = newest_of(&folder, &b_device);
    let next: u64 = b_last.file_stem().unwrap().to_str().unwrap()[17..]
        .parse::<u64>()
        .unwrap()
        + 1;
    let honest = forger.read(&newest_of(&folder, &device_of(&a)));
    let now = format!(
        "{:012x}-0000-{b_device}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis()
    );
    let content = hostile(&honest, &b_device, next, &now, "Forged");
    let forged = forger.write(&folder, &b_device, next, &content);
    let forged_name = forged.file_name().unwrap().to_string_lossy().into_owned();

    let report = a.sync_now().unwrap();
    let refused = report.rejected.iter().find(|r| r.file == forged_name);
    assert_eq!(
        refused.map(|r| r.problem.clone()),
        Some(FileProblem::NotItsWriter),
        "{report:?}"
    );
    assert_eq!(a.customer(zoe.id).unwrap().display_name, "Zoë");
    // B is not stopped: it passes over the taken name and says why.
    rename(&mut b, zoe.id, "Zoë Ødegård");
    let report = b.sync_now().unwrap();
    let sent = report.sent_file.clone().expect("B wrote a file");
    assert_ne!(sent, forged_name);
    assert!(
        report.rejected.iter().any(|r| r.file == forged_name),
        "{report:?}"
    );
    a.sync_now().unwrap();
    assert_eq!(a.customer(zoe.id).unwrap().display_name, "Zoë Ødegård");
    rename(&mut b, zoe.id, "Zoë Ø.");
    assert!(b.sync_now().unwrap().sent_file.is_some());
    a.sync_now().unwrap();
    assert_eq!(a.customer(zoe.id).unwrap().display_name, "Zoë Ø.");
}

#[test]
fn an_owner_pin_set_on_one_computer_does_not_arrive_on_another() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, mut b, _) = pair(dir.path(), &folder);
    let pass = SecretString::from(PASSPHRASE);
    b.set_owner_pin(
        &dir.path().join("b.vault"),
        &pass,
        &SecretString::from("2468"),
    )
    .unwrap();
    a.set_owner_pin(
        &dir.path().join("a.vault"),
        &pass,
        &SecretString::from("1357"),
    )
    .unwrap();
    for _ in 0..2 {
        a.sync_now().unwrap();
        b.sync_now().unwrap();
    }
    assert!(b.verify_owner_pin(&SecretString::from("2468")).unwrap());
    assert!(!b.verify_owner_pin(&SecretString::from("1357")).unwrap());
    assert!(a.verify_owner_pin(&SecretString::from("1357")).unwrap());
    // Cleared on A: B's own PIN stays.
    a.clear_owner_pin(&dir.path().join("a.vault"), &pass)
        .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert!(b.has_owner_pin().unwrap());
}

/// The process's peak resident memory, in bytes (Linux).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[test]
fn a_two_gigabyte_file_in_the_folder_is_skipped_at_once_and_the_sync_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, mut b, _) = pair(dir.path(), &folder);
    a.add_customer(&NewCustomer::new("Zoë")).unwrap();
    a.sync_now().unwrap();
    // No key needed: anyone who can write to the folder. Sparse: no disk used.
    let huge = folder.join("00112233445566aa-00000001.shopsync");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(2 << 30).unwrap();
    drop(file);
    let before = peak_memory();
    let start = std::time::Instant::now();
    let report = b.sync_now().unwrap();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert!(
        peak_memory().saturating_sub(before) < 512 << 20,
        "memory grew by {} MiB",
        (peak_memory() - before) >> 20
    );
    assert_eq!(report.files_applied, 1, "{report:?}");
    assert_eq!(
        report
            .rejected
            .iter()
            .map(|r| (r.file.as_str(), r.problem.clone()))
            .collect::<Vec<_>>(),
        vec![("00112233445566aa-00000001.shopsync", FileProblem::TooLarge)]
    );
    assert!(report.rejected[0].to_string().contains("larger than"));
    assert_eq!(b.list_customers().unwrap().len(), 1);
}

/// A key holder's change file giving a purchase line a quantity or unit
/// price that is not a decimal (`abc`, `1.2.3`, `1e9999`, `--1`, `.5`)
/// would make the purchase, and so the customer's profile, unreadable on
/// every computer. The schema refuses such text: the record is skipped and
/// reported, the purchase stays as it was and the profile still opens.
#[test]
fn a_quantity_or_unit_price_that_is_not_a_decimal_is_refused_and_the_profile_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let (mut a, mut b, code) = pair(dir.path(), &folder);
    let anna = a.add_customer(&NewCustomer::new("Anna")).unwrap();
    let p = a
        .add_purchase(
            anna.id,
            &NewPurchase {
                at: None,
                channel: SaleChannel::InShop,
                note: None,
                lines: vec![NewLine::free_text(
                    "Comté, per kg",
                    Quantity::parse("0.125").unwrap(),
                    Money::new(2890, Currency::EUR),
                )],
            },
        )
        .unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    let forger = Forger::new(&code);
    let honest = forger.read(&newest_of(&folder, &device_of(&a)));
    let me = forger.device();
    let line = honest["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["t"] == "purchase_line")
        .unwrap()
        .clone();
    let bad = [
        ("quantity", "abc"),
        ("quantity", "1.2.3"),
        ("quantity", "1e9999"),
        ("quantity", "--1"),
        ("quantity", ".5"),
        ("unit_minor", "NaN"),
        ("unit_minor", "12,50"),
    ];
    for (seq, (column, value)) in bad.iter().enumerate() {
        let reading = format!("{:012x}-0000-{me}", now_millis());
        let mut rec = line.clone();
        rec["v"][*column] = (*value).into();
        for h in rec["c"].as_object_mut().unwrap().values_mut() {
            *h = reading.clone().into();
        }
        rec["c"][*column] = reading.into();
        let mut content = honest.clone();
        content["device"] = me.clone().into();
        content["seq"] = (seq as u64 + 1).into();
        content["records"] = Value::Array(vec![rec]);
        forger.write(&folder, &me, seq as u64 + 1, &content);
    }
    let report = b.sync_now().unwrap();
    assert!(report.rejected.is_empty(), "{report:?}");
    assert_eq!(report.skipped.len(), bad.len(), "{report:?}");
    let kept = b.purchase(p.id).unwrap();
    assert_eq!(kept.lines[0].quantity.to_string(), "0.125");
    assert_eq!(kept.lines[0].unit_price.minor_text(), "2890");
    assert_eq!(b.profile(anna.id).unwrap().recent_purchases.len(), 1);
}
