//! Exact decimal quantities (issue 18) carried through sync exactly.

use shopkeeper_core::*;
use shopkeeper_sync::*;

use crate::purchases::{expected, record, seen};
use crate::{create, shop};

#[test]
fn decimal_quantities_round_trip_exactly_through_sync() {
    let (dir, mut a) = shop();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let code = a
        .sync_enable(&folder, Some("Counter"))
        .unwrap()
        .code
        .to_string();
    let anna = a.add_customer(&NewCustomer::new("Anna")).unwrap();
    let p = record(&mut a, anna.id);
    a.sync_now().unwrap();
    let mut b = create(&dir.path().join("b.vault"));
    b.sync_join(&folder, &code, Some("Workshop")).unwrap();
    b.sync_now().unwrap();
    assert_eq!(seen(&b.purchase(p.id).unwrap()), expected());
    assert_eq!(b.export_shop().unwrap(), a.export_shop().unwrap());
}
