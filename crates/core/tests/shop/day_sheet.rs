//! The day sheet (issue 24): today's follow-ups on one page, in Today's
//! order, each with the one way the customer allows today.

use chrono::NaiveDate;
use shopkeeper_core::demo::DemoOptions;
use shopkeeper_core::*;

use super::shop;

fn demo() -> (tempfile::TempDir, Shop, NaiveDate) {
    let (dir, mut s) = shop();
    let day = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    s.generate_demo(&DemoOptions {
        customers: 120,
        years: 2,
        seed: 11,
        lines: None,
        until: day,
    })
    .unwrap();
    (dir, s, day)
}

#[test]
fn the_sheet_lists_todays_follow_ups_in_order_with_the_way_each_allows() {
    let (_d, shop, day) = demo();
    let today = shop.suggestions(day, 30).unwrap();
    assert!(!today.is_empty());
    let sheet = shop.day_sheet(day, "en", 30).unwrap();
    let names: Vec<&str> = sheet
        .to_contact
        .iter()
        .chain(&sheet.in_person)
        .map(|l| l.customer.as_str())
        .collect();
    let by_channel: Vec<&str> = today
        .iter()
        .filter(|s| s.channel.is_some())
        .chain(today.iter().filter(|s| s.channel.is_none()))
        .map(|s| s.customer_name.as_str())
        .collect();
    assert_eq!(names, by_channel, "Today's order, those to contact first");
    for (line, s) in sheet
        .to_contact
        .iter()
        .zip(today.iter().filter(|s| s.channel.is_some()))
    {
        let channel = s.channel.unwrap();
        let c = shop.customer(s.customer_id).unwrap();
        match channel {
            Channel::Email => assert_eq!(line.how, format!("Email: {}", c.emails[0])),
            Channel::Sms | Channel::Phone | Channel::Messaging => {
                assert!(line.how.ends_with(&c.phones[0].typed), "{}", line.how)
            }
            Channel::Post => assert!(line.how.starts_with("Post"), "{}", line.how),
        }
        assert!(
            !line.why.is_empty() && !line.why.contains("By "),
            "{}",
            line.why
        );
    }

    let md = String::from_utf8(
        shop.export_day_sheet(day, "en", 30, SummaryFormat::Markdown)
            .unwrap(),
    )
    .unwrap();
    assert!(
        md.contains("To contact today") && md.contains(names[0]),
        "{md}"
    );
    let html = String::from_utf8(
        shop.export_day_sheet(day, "de", 30, SummaryFormat::Html)
            .unwrap(),
    )
    .unwrap();
    assert!(
        html.contains("Heute kontaktieren") && html.contains("lang=\"de"),
        "{html}"
    );
    match shop.export_day_sheet(day, "fr", 30, SummaryFormat::Pdf) {
        Ok(pdf) => assert!(pdf.starts_with(b"%PDF")),
        // Only when the Noto fonts are not installed on this machine.
        Err(e) => assert_eq!(e.code(), "summary", "{e}"),
    }
}

#[test]
fn a_day_with_nobody_to_follow_up_says_so() {
    let (_d, shop) = shop();
    let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let md = String::from_utf8(
        shop.export_day_sheet(day, "en", 30, SummaryFormat::Markdown)
            .unwrap(),
    )
    .unwrap();
    assert!(
        md.contains("Nobody to follow up today") && md.contains("Nobody today."),
        "{md}"
    );
}
