//! Sample summaries shared by the tests and the `sample` example.

#![allow(dead_code)]

use chrono::NaiveDate;
use shopkeeper_summary::*;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn pref(value: &str, highlight: Highlight) -> PrefItem {
    PrefItem {
        value: value.into(),
        applies_to: None,
        source: Some("Told us in the shop".into()),
        noted: Some(day(2025, 10, 4)),
        purpose: Some("So we can suggest what you will like".into()),
        highlight,
    }
}

/// A regular of a tailor's shop, with a bit of everything.
pub fn sample(name: &str, variant: Variant) -> SummaryDoc {
    SummaryDoc {
        language: "en".into(),
        shop_name: "Aiko Tailoring".into(),
        generated: day(2026, 3, 12),
        variant,
        customer: CustomerPart {
            display_name: name.into(),
            contact_lines: vec!["zoe@example.org".into(), "+47 912 34 567".into()],
            language: Some("English, Norwegian".into()),
            birthday: Some("14 May".into()),
            important_dates: vec![ImportantDate {
                label: "Daughter's wedding".into(),
                date: day(2026, 6, 20),
            }],
            household: vec!["Mia (daughter)".into(), "Lars (husband)".into()],
            tags: vec!["regular".into(), "wedding 2026".into()],
            customer_ref: "C-0042".into(),
        },
        preferences: vec![
            PrefGroup {
                label: "Sizes".into(),
                items: vec![
                    pref("Jacket 40R, sleeves 1 cm shorter", Highlight::None),
                    pref("Trousers waist 81 cm, inside leg 79 cm", Highlight::None),
                    PrefItem {
                        value: "Dress 38, fitted at the waist".into(),
                        applies_to: Some("Mia (daughter)".into()),
                        ..pref("", Highlight::None)
                    },
                ],
            },
            PrefGroup {
                label: "Fabrics".into(),
                items: vec![
                    pref("Linen and light wool; navy, olive, undyed", Highlight::None),
                    pref("Wool directly on the skin (itches)", Highlight::Dislike),
                    pref("Nickel: no metal buttons or rivets", Highlight::Allergy),
                ],
            },
        ],
        recent_purchases: vec![
            PurchaseLine {
                date: day(2026, 2, 27),
                description: "Linen jacket, made to measure".into(),
                quantity: "1".into(),
                amount: "NOK 6,400.00".into(),
            },
            PurchaseLine {
                date: day(2026, 1, 15),
                description: "Trousers: hem and taper".into(),
                quantity: "2".into(),
                amount: "NOK 780.00".into(),
            },
            PurchaseLine {
                date: day(2025, 11, 3),
                description: "Horn buttons, dark".into(),
                quantity: "8".into(),
                amount: "NOK 320.00".into(),
            },
        ],
        contact: ContactPart {
            allowed: vec![
                ContactPermission {
                    channel: "Email".into(),
                    purpose: "When an order or fitting is ready".into(),
                    state: "Yes".into(),
                },
                ContactPermission {
                    channel: "Text message".into(),
                    purpose: "Fitting reminders".into(),
                    state: "Yes".into(),
                },
                ContactPermission {
                    channel: "Email".into(),
                    purpose: "A personal note once a season".into(),
                    state: "No".into(),
                },
            ],
            frequency: Some("At most one message a month".into()),
            quiet_until: Some(day(2026, 4, 1)),
            preferred_channel: Some("Text message".into()),
        },
        notes: vec![
            "Prefers fittings on Saturday mornings; bring the wedding fabric swatches.".into(),
            "Ask about the trip to Porto.".into(),
        ],
        consent_ledger: vec![
            LedgerRow {
                when: day(2024, 9, 2).and_hms_opt(11, 20, 0).expect("valid time"),
                channel: "Email".into(),
                purpose: "When an order or fitting is ready".into(),
                state: "Yes".into(),
                how: "In the shop, on the counter screen".into(),
                wording_version: Some("v1".into()),
                note: None,
            },
            LedgerRow {
                when: day(2025, 3, 14).and_hms_opt(16, 5, 0).expect("valid time"),
                channel: "Email".into(),
                purpose: "A personal note once a season".into(),
                state: "No".into(),
                how: "By phone".into(),
                wording_version: Some("v2".into()),
                note: Some("Asked for fewer messages".into()),
            },
        ],
        data_purposes: vec![
            DataPurpose {
                kind: "Name and contact details".into(),
                purpose: "To reach you when your order is ready, as you allowed".into(),
            },
            DataPurpose {
                kind: "Sizes and preferences".into(),
                purpose: "To make and suggest clothes that fit and that you like".into(),
            },
            DataPurpose {
                kind: "Purchases".into(),
                purpose: "For your receipts, alterations and our accounts".into(),
            },
            DataPurpose {
                kind: "Your consent choices".into(),
                purpose: "To show what you allowed and when, as the law asks".into(),
            },
        ],
    }
}
