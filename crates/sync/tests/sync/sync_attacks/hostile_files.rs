//! Hostile files never stop convergence: a key holder dropping hostile
//! change files among honest computers' edits, in any order.

use std::path::PathBuf;

use proptest::prelude::*;
use serde_json::Value;
use shopkeeper_core::*;
use shopkeeper_sync::*;

use super::{device_of, files, hostile, now_millis, rename, Forger};
use crate::create;

/// What a key holder drops into the folder.
#[derive(Debug, Clone)]
enum Hostile {
    /// Any text as the reading.
    Garbage(String),
    /// The largest reading there is.
    Max,
    /// A well-formed reading more than a day ahead (hours).
    FarAhead(u64),
    /// Not the fixed width.
    WrongWidth,
    /// Capital hexadecimal digits.
    Capitals,
    /// A well-formed reading less than a day ahead (hours): accepted.
    NearAhead(u64),
    /// An honest-looking file under computer `i`'s device id and next number.
    Posing(usize),
}

#[derive(Debug, Clone)]
enum Step {
    Edit(usize, u8),
    Sync(usize),
    Attack(Hostile),
}

fn hostile_step() -> impl Strategy<Value = Hostile> {
    prop_oneof![
        "[ -~]{0,40}".prop_map(Hostile::Garbage),
        Just(Hostile::Max),
        (25u64..10_000_000).prop_map(Hostile::FarAhead),
        Just(Hostile::WrongWidth),
        Just(Hostile::Capitals),
        (0u64..23).prop_map(Hostile::NearAhead),
        (0usize..3).prop_map(Hostile::Posing),
    ]
}

fn steps(n: usize) -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        3 => (0..n, any::<u8>()).prop_map(|(r, x)| Step::Edit(r, x)),
        3 => (0..n).prop_map(Step::Sync),
        3 => hostile_step().prop_map(Step::Attack),
    ];
    prop::collection::vec(step, 3..14)
}

/// Computers on real vault files, one shared folder, and a forger.
struct World {
    _dir: tempfile::TempDir,
    folder: PathBuf,
    shops: Vec<Shop>,
    forger: Forger,
    forged: u64,
    customers: Vec<CustomerId>,
}

impl World {
    fn new(n: usize) -> World {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder");
        std::fs::create_dir(&folder).unwrap();
        let mut first = create(&dir.path().join("0.vault"));
        let code = first.sync_enable(&folder, None).unwrap().code.to_string();
        let customers = ["Zoë", "李小龙"]
            .map(|name| first.add_customer(&NewCustomer::new(name)).unwrap().id)
            .to_vec();
        first.sync_now().unwrap();
        let mut shops = vec![first];
        for i in 1..n {
            let mut shop = create(&dir.path().join(format!("{i}.vault")));
            shop.sync_join(&folder, &code, None).unwrap();
            shops.push(shop);
        }
        let forger = Forger::new(&code);
        World {
            _dir: dir,
            folder,
            shops,
            forger,
            forged: 0,
            customers,
        }
    }

    fn attack(&mut self, h: &Hostile) {
        let me = self.forger.device();
        let (device, reading) = match h {
            Hostile::Garbage(g) => (me.clone(), g.clone()),
            Hostile::Max => (me.clone(), format!("ffffffffffff-ffff-{me}")),
            Hostile::FarAhead(hours) => {
                let at = now_millis() + hours * 3_600_000;
                (me.clone(), format!("{at:012x}-0000-{me}"))
            }
            Hostile::WrongWidth => (me.clone(), format!("{:x}-0-{me}", now_millis())),
            Hostile::Capitals => (me.clone(), format!("{:012X}-00AB-{me}", now_millis())),
            Hostile::NearAhead(hours) => {
                let at = now_millis() + hours * 3_600_000;
                (me.clone(), format!("{at:012x}-0000-{me}"))
            }
            Hostile::Posing(i) => {
                let d = device_of(&self.shops[i % self.shops.len()]);
                (d.clone(), format!("{:012x}-0000-{d}", now_millis()))
            }
        };
        let seq = match h {
            Hostile::Posing(_) => {
                files(&self.folder)
                    .iter()
                    .filter(|p| {
                        p.file_name()
                            .unwrap()
                            .to_str()
                            .unwrap()
                            .starts_with(&device)
                    })
                    .count() as u64
                    + 1
            }
            _ => {
                self.forged += 1;
                self.forged
            }
        };
        let name = match h {
            Hostile::NearAhead(_) => "Forged, accepted",
            _ => "Forged, refused",
        };
        let source = files(&self.folder).pop().unwrap();
        let content = hostile(&self.forger.read(&source), &device, seq, &reading, name);
        let path = self.folder.join(format!("{device}-{seq:08}.shopsync"));
        if !path.exists() {
            self.forger.write(&self.folder, &device, seq, &content);
        }
    }

    fn step(&mut self, step: &Step) {
        match step {
            Step::Edit(r, x) => {
                let id = self.customers[*x as usize % self.customers.len()];
                let n = self.shops.len();
                rename(&mut self.shops[*r % n], id, &format!("Name {x}"));
            }
            Step::Sync(r) => {
                let n = self.shops.len();
                self.shops[*r % n].sync_now().unwrap();
            }
            Step::Attack(h) => self.attack(h),
        }
    }
}

/// The shop's content the computers share: the export without the settings
/// that stay on each computer (its backups' recovery secret).
fn shared(shop: &Shop) -> String {
    let mut doc: Value = serde_json::from_str(&shop.export_shop().unwrap()).unwrap();
    doc["tables"]["setting"]
        .as_array_mut()
        .unwrap()
        .retain(|s| !s["key"].as_str().unwrap().starts_with("backup_"));
    doc.to_string()
}

fn cases() -> u32 {
    std::env::var("SHOPKEEPER_SYNC_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map_or(3, |n| n / 4 + 1)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn hostile_files_never_stop_convergence_or_stall_a_computer(
        (n, plan) in (2usize..=3).prop_flat_map(|n| (Just(n), steps(n)))
    ) {
        let mut world = World::new(n);
        for step in &plan {
            world.step(step);
        }
        // Every computer still makes new files after the attacks. (An edit
        // could lose to a forged reading less than a day ahead, leaving
        // nothing to send: a new customer cannot.)
        for r in 0..n {
            world.shops[r].add_customer(&NewCustomer::new(format!("Final {r}"))).unwrap();
            let report = world.shops[r].sync_now().unwrap();
            prop_assert!(report.sent_file.is_some(), "computer {} stalled: {:?}", r, report);
        }
        for _ in 0..2 {
            for shop in world.shops.iter_mut() {
                shop.sync_now().unwrap();
            }
        }
        let dumps: Vec<String> = world.shops.iter().map(shared).collect();
        for (i, d) in dumps.iter().enumerate().skip(1) {
            prop_assert_eq!(d, &dumps[0], "computer {} differs from computer 0", i);
        }
        prop_assert!(!dumps[0].contains("Forged, refused"));
    }
}
