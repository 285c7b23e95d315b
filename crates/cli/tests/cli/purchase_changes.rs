//! `shopkeeper purchase add` with decimal quantities, `purchase void` and
//! `purchase correct`, on a real vault through the real binary.

use crate::common::*;

/// The purchase id `purchase add` printed: `Recorded … (ID)`.
fn id_of(printed: &str) -> String {
    let start = printed.rfind('(').unwrap() + 1;
    printed[start..].trim().trim_end_matches(')').to_string()
}

#[test]
fn decimal_quantities_void_and_correct_from_the_command_line() {
    let (_dir, vault) = new_shop();
    ok(
        &vault,
        &["customer", "add", "--name", "Zoë Ødegård", "--ref", "Z1"],
    );
    ok(
        &vault,
        &["customer", "add", "--name", "Ana Lima", "--ref", "A1"],
    );
    let added = ok(
        &vault,
        &[
            "purchase",
            "add",
            "--customer",
            "Z1",
            "--date",
            "2026-11-02",
            "--item",
            "0,125x Comté per kg @ 28.90",
            "--item",
            "2.75x Linen per m @ 18.00",
            "--item",
            "3x Mug @ 6.50",
        ],
    );
    assert!(added.contains("Recorded 72.61 EUR"), "{added}");
    let id = id_of(&added);
    let list = ok(
        &vault,
        &["purchase", "list", "--customer", "Z1", "--format", "csv"],
    );
    for q in [",0.125,", ",2.75,", ",3,"] {
        assert!(list.contains(q), "{q} in {list}");
    }

    // A correction: the right lines (a return of half a kilo), date and customer.
    ok(
        &vault,
        &[
            "purchase",
            "correct",
            &id,
            "--item",
            "0.25x Comté per kg @ 28.90",
            "--item=-0.5x Brie per kg @ 22.00",
            "--date",
            "2026-11-03",
            "--customer",
            "A1",
            "--reason",
            "wrong customer and weight",
        ],
    );
    let list = ok(
        &vault,
        &["purchase", "list", "--customer", "A1", "--format", "csv"],
    );
    assert!(list.contains(",0.25,") && list.contains(",-0.5,"), "{list}");
    assert!(list.contains("2026-11-03"), "{list}");
    assert!(!ok(
        &vault,
        &["purchase", "list", "--customer", "Z1", "--format", "csv"]
    )
    .contains(&id));

    let refused = shopkeeper(&vault, &["purchase", "void", &id]);
    assert!(!refused.status.success(), "a void needs a reason");
    ok(
        &vault,
        &["purchase", "void", &id, "--reason", "entered twice"],
    );
    let profile = ok(&vault, &["customer", "show", "A1", "--format", "csv"]);
    assert!(profile.contains("(void)"), "{profile}");
    assert!(
        profile.contains("visits,0"),
        "a void counts nowhere: {profile}"
    );
    let again = shopkeeper(&vault, &["purchase", "void", &id, "--reason", "again"]);
    assert!(
        stderr(&again).contains("already void"),
        "{}",
        stderr(&again)
    );

    let history = ok(&vault, &["purchase", "history", &id, "--format", "csv"]);
    assert!(history.contains("correct,owner"), "{history}");
    assert!(history.contains("customer,"), "{history}");
    // (CSV cells starting with `-` are quoted against formula injection.)
    assert!(
        history.contains(
            "line 2,2.75 × Linen per m @ 18.00 EUR = 49.50 EUR,'-0.5 × Brie per kg @ 22.00 EUR = -11.00 EUR"
        ),
        "{history}"
    );
    assert!(history.contains("void,owner,,entered twice"), "{history}");
}
