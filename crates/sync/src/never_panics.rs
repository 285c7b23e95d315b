//! Issue 19: a change file never panics the receiving computer: opening
//! mutated bytes, and merging a decrypted file whose JSON is hostile; a
//! merge that is refused writes nothing.

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value};
use shopkeeper_testkit::check;
use shopkeeper_testkit::hostile::{bytes_like, soup};

use super::file::{self, ChangeFile, Record, SyncKey};
use super::keys::DeviceKey;
use shopkeeper_core::NewCustomer;

use crate::test_vault;

fn sample() -> ChangeFile {
    ChangeFile {
        device: "0123456789abcdef".into(),
        device_name: "Counter".into(),
        seq: 3,
        written_at: "2024-05-01T10:00:00.000Z".into(),
        seen: BTreeMap::new(),
        records: vec![Record {
            t: "customer".into(),
            k: "[\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"]".into(),
            c: BTreeMap::from([("".into(), "0190a1b2c3d4-0000-0123456789abcdef".into())]),
            v: Some(Map::from_iter([
                ("id".into(), "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".into()),
                ("display_name".into(), "Zoë".into()),
                ("emails".into(), "[\"zoe@example.no\"]".into()),
            ])),
        }],
    }
}

#[test]
fn opening_a_mutated_change_file_never_panics_and_only_the_file_as_sealed_opens() {
    let key = SyncKey::generate();
    let writer = DeviceKey::generate();
    let name = format!("{}-00000003", writer.device_id());
    let sealed = file::seal(
        &ChangeFile {
            device: writer.device_id(),
            ..sample()
        },
        &key,
        &writer,
        &name,
    );
    check(10_000, bytes_like(vec![sealed.clone()]), |bytes| {
        if file::open(bytes.clone(), &key, &name).is_ok() {
            prop_assert_eq!(&bytes, &sealed);
        }
        Ok(())
    });
}

#[test]
fn reading_hostile_json_from_a_change_file_never_panics() {
    let json = serde_json::to_vec(&sample()).unwrap();
    check(10_000, bytes_like(vec![json]), |json| {
        // What `file::open` does with the plaintext once it authenticated.
        let _ = serde_json::from_slice::<ChangeFile>(&json);
        Ok(())
    });
}

/// A clock reading: well formed (any time, counter and device), or not.
fn reading() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (0u64..0xffff_ffff_ffff, any::<u16>(), "[0-9a-f]{16}")
            .prop_map(|(m, c, d)| format!("{m:012x}-{c:04x}-{d}")),
        1 => soup(),
    ]
}

/// A JSON value: a scalar (`ids` among the strings), or a short array
/// or object of them.
fn value(ids: Vec<String>) -> impl Strategy<Value = Value> {
    let scalar = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        soup().prop_map(Value::from),
        select(ids).prop_map(Value::from),
    ];
    prop_oneof![
        6 => scalar.clone(),
        1 => proptest::collection::vec(scalar.clone(), 0..3).prop_map(Value::Array),
        1 => proptest::collection::vec(("[a-z_]{1,8}", scalar), 0..3)
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
    ]
}

/// A record of a real table (or of none), with hostile keys, readings and
/// values; `columns` are every table's columns.
fn record(
    tables: Vec<String>,
    columns: Vec<String>,
    ids: Vec<String>,
) -> impl Strategy<Value = Record> {
    let table = prop_oneof![6 => select(tables), 1 => soup()];
    let column = prop_oneof![
        4 => select(columns),
        1 => select(&["", "-"][..]).prop_map(str::to_string),
        1 => soup(),
    ];
    let key = prop_oneof![
        3 => proptest::collection::vec(value(ids.clone()), 1..=2)
            .prop_map(|k| Value::Array(k).to_string()),
        1 => soup(),
    ];
    let values = proptest::collection::vec((column.clone(), value(ids)), 0..8)
        .prop_map(|kv| kv.into_iter().collect::<Map<String, Value>>());
    (
        table,
        key,
        proptest::collection::btree_map(column, reading(), 0..4),
        proptest::option::weighted(0.8, values),
    )
        .prop_map(|(t, k, c, v)| Record { t, k, c, v })
}

/// A change file of hostile records, mostly from one device with a
/// sequence number already applied (so the file is refused at the end,
/// after the merge: everything it did must be undone), sometimes from a
/// new one (applied: the shop takes what it could read).
fn change_file(
    tables: Vec<String>,
    columns: Vec<String>,
    ids: Vec<String>,
) -> impl Strategy<Value = ChangeFile> {
    (
        prop_oneof![3 => Just("0123456789abcdef".to_string()), 1 => "[0-9a-f]{16}", 1 => soup()],
        soup(),
        0u64..3,
        proptest::collection::btree_map("[0-9a-f]{16}", reading(), 0..3),
        proptest::collection::vec(record(tables, columns, ids), 0..6),
    )
        .prop_map(|(device, device_name, seq, seen, records)| ChangeFile {
            device,
            device_name,
            seq,
            written_at: "2024-05-01T10:00:00.000Z".into(),
            seen,
            records,
        })
}

#[test]
fn merging_a_hostile_change_file_never_panics_and_a_refused_one_writes_nothing() {
    let w = test_vault::watched();
    let (tables, columns, ids) = {
        let mut shop = w.subject();
        let zoe = shop.add_customer(&NewCustomer::new("Zoë")).unwrap();
        let synced = shop.changes().tables();
        let tables: Vec<String> = synced.iter().map(|t| t.name.to_string()).collect();
        let mut columns: Vec<String> = synced.iter().flat_map(|t| t.columns.clone()).collect();
        columns.sort();
        columns.dedup();
        let ids = vec![
            zoe.id.to_string(),
            "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b".into(),
        ];
        (tables, columns, ids)
    };
    let json = prop_oneof![
        3 => change_file(tables, columns, ids).prop_map(|cf| serde_json::to_vec(&cf).unwrap()),
        1 => bytes_like(vec![serde_json::to_vec(&sample()).unwrap()]),
    ];
    // Each case is a whole merge on the shop: fewer cases than the parsers
    // (the JSON itself is read 10,000 times above).
    check(2_000, json, |json| {
        // What `file::open` hands on once the file has authenticated.
        if let Ok(cf) = serde_json::from_slice::<ChangeFile>(&json) {
            let _ = w.attempt(|shop| crate::api::apply_file(shop, &cf, "here"), |_| true);
        }
        Ok(())
    });
}
