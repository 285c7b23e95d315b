//! Staff from the command line (issue 23): the owner adds people, `--as`
//! acts as one of them and is refused what their role may not do, and the
//! consent history and purchase list say who recorded each entry.

use std::path::Path;

use crate::common::*;

const PIN: &str = "246810";

/// Runs a command as `who`, with their PIN in the environment.
fn as_person(vault: &Path, who: &str, args: &[&str], pin: &str) -> std::process::Output {
    let args = [&["--as", who][..], args].concat();
    shopkeeper_with(
        vault,
        &args,
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            ("SHOPKEEPER_STAFF_PIN", pin),
        ],
    )
}

fn add(vault: &Path, name: &str, role: &str) {
    let out = shopkeeper_with(
        vault,
        &["staff", "add", name, "--role", role],
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            ("SHOPKEEPER_STAFF_PIN", PIN),
        ],
    );
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_staff_member_records_a_sale_and_a_consent_and_is_refused_an_export_of_everyone() {
    let (dir, vault) = new_shop();
    add(&vault, "Anna Berg", "staff");
    ok(&vault, &["customer", "add", "--name", "Zoë Ødegård"]);
    let list = ok(&vault, &["staff", "list", "--format", "csv"]);
    assert!(list.contains("Anna Berg,AB,staff"), "{list}");

    let sale = as_person(
        &vault,
        "anna berg",
        &[
            "purchase",
            "add",
            "--customer",
            "Zoë Ødegård",
            "--item",
            "2 x Comté @ 4.50",
        ],
        PIN,
    );
    assert!(sale.status.success(), "{sale:?}");
    let consent = as_person(
        &vault,
        "AB",
        &[
            "consent",
            "set",
            "--customer",
            "Zoë Ødegård",
            "--channel",
            "email",
            "--purpose",
            "promotions",
            "--state",
            "granted",
            "--method",
            "in person",
        ],
        PIN,
    );
    assert!(consent.status.success(), "{consent:?}");

    let out = dir.path().join("everyone.csv");
    let refused = as_person(
        &vault,
        "Anna Berg",
        &["export", "customers", "--output", out.to_str().unwrap()],
        PIN,
    );
    assert_eq!(refused.status.code(), Some(8), "{refused:?}");
    assert!(
        stderr(&refused).contains("Ask the owner"),
        "{}",
        stderr(&refused)
    );
    assert!(!out.exists(), "nothing was written");
    let settings = as_person(
        &vault,
        "Anna Berg",
        &["settings", "set", "--name", "Anna's"],
        PIN,
    );
    assert_eq!(settings.status.code(), Some(8), "{settings:?}");
    let staff = as_person(
        &vault,
        "Anna Berg",
        &["staff", "add", "Bo Ek", "--role", "owner"],
        PIN,
    );
    assert_eq!(staff.status.code(), Some(8), "{staff:?}");

    let history = ok(
        &vault,
        &[
            "consent",
            "history",
            "--customer",
            "Zoë Ødegård",
            "--format",
            "csv",
        ],
    );
    assert!(
        history.lines().next().unwrap().ends_with("taken_by"),
        "{history}"
    );
    assert!(
        history.lines().nth(1).unwrap().ends_with("Anna Berg"),
        "{history}"
    );
    let bought = ok(
        &vault,
        &[
            "purchase",
            "list",
            "--customer",
            "Zoë Ødegård",
            "--format",
            "csv",
        ],
    );
    assert!(
        bought.lines().nth(1).unwrap().ends_with("Anna Berg"),
        "{bought}"
    );

    let did = ok(
        &vault,
        &["staff", "activity", "Anna Berg", "--format", "csv"],
    );
    assert!(
        did.contains(",sale,Zoë Ødegård,") && did.contains(",consent,Zoë Ødegård,"),
        "{did}"
    );
    ok(
        &vault,
        &["export", "customers", "--output", out.to_str().unwrap()],
    );
    let owner = ok(&vault, &["staff", "activity", "owner", "--format", "csv"]);
    assert!(owner.contains(",export,,,customers"), "{owner}");
}

#[test]
fn a_wrong_pin_an_unknown_name_and_as_on_the_vault_are_refused_in_words() {
    let (_dir, vault) = new_shop();
    add(&vault, "Tom", "manager");
    let wrong = as_person(&vault, "Tom", &["customer", "list"], "999999");
    assert_eq!(wrong.status.code(), Some(7), "{wrong:?}");
    assert!(
        stderr(&wrong).contains("PIN is not right"),
        "{}",
        stderr(&wrong)
    );
    let nobody = as_person(&vault, "Nobody", &["customer", "list"], PIN);
    assert_eq!(nobody.status.code(), Some(3), "{nobody:?}");
    let vault_cmd = as_person(&vault, "Tom", &["vault", "verify"], PIN);
    assert!(!vault_cmd.status.success());
    assert!(
        stderr(&vault_cmd).contains("without --as"),
        "{}",
        stderr(&vault_cmd)
    );
    // A manager may change the settings, not the staff.
    assert!(
        as_person(&vault, "Tom", &["settings", "set", "--name", "Tom's"], PIN)
            .status
            .success()
    );
    assert_eq!(
        as_person(&vault, "Tom", &["staff", "set-role", "Tom", "owner"], PIN)
            .status
            .code(),
        Some(8)
    );
    let short = shopkeeper_with(
        &vault,
        &["staff", "add", "Bo", "--role", "staff"],
        &[
            ("SHOPKEEPER_PASSPHRASE", PASSPHRASE),
            ("SHOPKEEPER_STAFF_PIN", "1234"),
        ],
    );
    assert_eq!(short.status.code(), Some(7), "{short:?}");
}

#[test]
fn anyone_at_the_counter_prints_the_day_sheet() {
    let (dir, vault) = new_shop();
    ok(
        &vault,
        &[
            "demo",
            "--customers",
            "80",
            "--years",
            "2",
            "--seed",
            "5",
            "--until",
            "2025-11-30",
        ],
    );
    let sheet = dir.path().join("today.pdf");
    let out = as_person(
        &vault,
        "Tom Rossi",
        &[
            "export",
            "day-sheet",
            "--date",
            "2025-12-01",
            "-o",
            sheet.to_str().unwrap(),
        ],
        shopkeeper_core::demo::DEMO_STAFF_PIN,
    );
    assert!(out.status.success(), "{out:?}");
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF"));
    let md = dir.path().join("heute.md");
    let de = shopkeeper(
        &vault,
        &[
            "--lang",
            "de",
            "export",
            "day-sheet",
            "--date",
            "2025-12-01",
            "-o",
            md.to_str().unwrap(),
        ],
    );
    assert!(de.status.success(), "{de:?}");
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.contains("Heutige Nachfassaktionen") && text.contains("Heute kontaktieren"),
        "{text}"
    );
}
