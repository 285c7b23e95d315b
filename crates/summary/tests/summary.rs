//! Integration tests: the three formats, from the outside.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use shopkeeper_summary::*;
use support::sample::{day, sample};

/// The fonts, or `None` (and a printed reason) when they are not installed.
fn fonts() -> Option<FontSet> {
    match FontSet::system() {
        Ok(f) if f.has_cjk() && f.has_arabic() => Some(f),
        Ok(_) => {
            eprintln!("skipped: fonts-noto-cjk or the Arabic Noto font is not installed");
            None
        }
        Err(e) => {
            eprintln!("skipped: {e}");
            None
        }
    }
}

/// The text of a PDF by `pdftotext` (poppler-utils), or `None` when it is missing.
fn pdf_text(pdf: &[u8]) -> Option<String> {
    let child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("text not checked: pdftotext (package poppler-utils) is not installed");
        return None;
    };
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(pdf)
        .expect("pdftotext reads");
    let out = child.wait_with_output().expect("pdftotext runs");
    assert!(
        out.status.success(),
        "pdftotext could not read the PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("UTF-8 text"))
}

/// The page count from the page tree ("/Count N"), without a PDF parser.
fn page_count(pdf: &[u8]) -> usize {
    let s = String::from_utf8_lossy(pdf);
    s.match_indices("/Count ")
        .filter_map(|(i, m)| {
            let rest = &s[i + m.len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .max()
        .expect("a page tree")
}

fn assert_pdf(pdf: &[u8]) {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    assert!(
        pdf.windows(5).rev().take(32).any(|w| w == b"%%EOF"),
        "PDF not finished"
    );
}

const NAMES: [&str; 4] = ["Zoë Ødegård", "李小龙", "O'Brien", "محمد"];

mod pdf {
    use super::*;

    #[test]
    fn unicode_names_render_and_extract() {
        let Some(fonts) = fonts() else { return };
        for name in NAMES {
            for variant in [Variant::ForShop, Variant::ForCustomer] {
                let pdf = to_pdf_with_fonts(&[sample(name, variant)], &fonts).unwrap();
                assert_pdf(&pdf);
                if let Some(text) = pdf_text(&pdf) {
                    assert!(text.contains(name), "{name} missing from:\n{text}");
                    assert!(text.contains("Page 1 of"), "no page number");
                }
            }
        }
    }

    #[test]
    fn batch_starts_each_customer_on_a_new_page() {
        let Some(fonts) = fonts() else { return };
        let one = to_pdf_with_fonts(&[sample(NAMES[0], Variant::ForShop)], &fonts).unwrap();
        let per_customer = page_count(&one);
        let docs: Vec<_> = NAMES[..3]
            .iter()
            .map(|n| sample(n, Variant::ForShop))
            .collect();
        let pdf = to_pdf_with_fonts(&docs, &fonts).unwrap();
        assert_pdf(&pdf);
        assert_eq!(page_count(&pdf), 3 * per_customer);
        if let Some(text) = pdf_text(&pdf) {
            // pdftotext separates pages with a form feed.
            let pages: Vec<&str> = text.split('\u{c}').collect();
            for (i, name) in NAMES[..3].iter().enumerate() {
                assert!(pages[i * per_customer].contains(name), "{name} not first");
            }
        }
    }

    #[test]
    fn a_long_preference_list_continues_on_the_next_page() {
        let Some(fonts) = fonts() else { return };
        let mut doc = sample("Zoë Ødegård", Variant::ForCustomer);
        doc.preferences[0].items = (1..=120)
            .map(|i| PrefItem {
                value: format!("Preference number {i} with a fairly long description"),
                noted: Some(day(2025, 1, 1)),
                ..Default::default()
            })
            .collect();
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        assert!(page_count(&pdf) >= 3);
        if let Some(text) = pdf_text(&pdf) {
            for i in 1..=120 {
                let item = format!("Preference number {i} with");
                assert!(text.contains(&item), "lost {item}");
            }
            assert!(text.contains("Your preferences (continued)"));
            assert!(text.contains("What we keep about you and why"));
        }
    }

    #[test]
    fn a_very_long_note_is_split_between_pages_not_clipped() {
        let Some(fonts) = fonts() else { return };
        let mut doc = sample("O'Brien", Variant::ForShop);
        let words: Vec<String> = (1..=1500).map(|i| format!("w{i}")).collect();
        doc.notes = vec![words.join(" ")];
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        if let Some(text) = pdf_text(&pdf) {
            assert!(text.contains("w1 "));
            assert!(text.contains("w1500"));
        }
    }

    #[test]
    fn many_purchases_repeat_the_table_header() {
        let Some(fonts) = fonts() else { return };
        let mut doc = sample("O'Brien", Variant::ForShop);
        doc.recent_purchases = (1..=80)
            .map(|i| PurchaseLine {
                date: day(2025, 1, 1),
                description: format!("Item {i}"),
                quantity: "1".into(),
                amount: "€1.00".into(),
            })
            .collect();
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        if let Some(text) = pdf_text(&pdf) {
            assert!(text.contains("Item 80"));
            assert!(text.contains("Recent purchases (continued)"));
            assert!(text.matches("Amount").count() >= 2, "header not repeated");
        }
    }

    #[test]
    fn characters_no_font_has_do_not_stop_the_pdf() {
        let Some(fonts) = fonts() else { return };
        // No colour emoji font is used: the emoji shows as a box, the rest is set.
        let mut doc = sample("Anna 🌻 Berg", Variant::ForShop);
        // Other scripts use their own Noto fonts when installed.
        doc.notes = vec!["Hebrew: שרה כהן. Hindi: प्रिया शर्मा. Thai: สมชาย".into()];
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        if let Some(text) = pdf_text(&pdf) {
            assert!(text.contains("Anna"));
            assert!(text.contains("Berg"));
            assert!(text.contains("Hindi"));
        }
    }

    #[test]
    fn no_customers_is_an_error() {
        let Some(fonts) = fonts() else { return };
        let err = to_pdf_with_fonts(&[], &fonts).unwrap_err();
        assert!(matches!(err, SummaryError::NoCustomers));
    }

    #[test]
    fn a_missing_cjk_font_is_named() {
        let Ok(no_cjk) = FontSet::from_font_dirs(&[DEBIAN_NOTO_DIR]) else {
            eprintln!("skipped: fonts-noto-core is not installed");
            return;
        };
        assert!(!no_cjk.has_cjk());
        // Latin names still work without it.
        to_pdf_with_fonts(&[sample("Zoë Ødegård", Variant::ForShop)], &no_cjk).unwrap();
        let err = to_pdf_with_fonts(&[sample("李小龙", Variant::ForShop)], &no_cjk).unwrap_err();
        assert!(matches!(err, SummaryError::CjkFontMissing));
        assert_eq!(
            err.to_string(),
            "The font for Chinese, Japanese and Korean names is not installed \
             (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts)."
        );
    }
}

mod html {
    use super::*;

    #[test]
    fn text_is_escaped() {
        let mut doc = sample("<script>alert(1)</script>", Variant::ForShop);
        doc.notes = vec!["<img src=x onerror=alert(2)> & \"quotes\"".into()];
        let html = to_html(&doc);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;"));
    }

    #[test]
    fn is_self_contained_with_a_print_stylesheet() {
        let html = to_html(&sample("Zoë Ødegård", Variant::ForShop));
        assert!(html.starts_with("<!doctype html>"));
        assert!(html.contains("@media print"));
        assert!(html.contains("@page { size: A4"));
        assert!(!html.contains("src="), "loads nothing from outside");
        assert!(!html.contains("<link"));
        assert!(html.contains("<span class=\"badge allergy\">Allergy</span>"));
        assert!(html.contains("<span class=\"badge dislike\">Does not like</span>"));
    }

    #[test]
    fn unicode_names_are_kept() {
        for name in NAMES {
            let html = to_html(&sample(name, Variant::ForCustomer));
            let shown = name.replace('\'', "&#39;");
            assert!(
                html.contains(&format!("<h1 dir=\"auto\">{shown}</h1>")),
                "{name}"
            );
        }
    }

    #[test]
    fn customer_variant_uses_plain_headings() {
        let html = to_html(&sample("Zoë Ødegård", Variant::ForCustomer));
        for heading in [
            "What we keep about you and why",
            "How we may contact you",
            "Changes to your choices",
        ] {
            assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
        }
    }
}

mod markdown {
    use super::*;

    #[test]
    fn shop_summary_reads_well() {
        let md = to_markdown(&sample("Zoë Ødegård", Variant::ForShop));
        let expected_start = "# Zoë Ødegård\n\n\
            *Customer summary for the shop · C-0042*  \n\
            Aiko Tailoring · 12 March 2026\n\n\
            ## Allergies and dislikes\n\n\
            - **Does not like:** Wool directly on the skin (itches)  \n  *Fabrics · Noted 4 Oct 2025*\n\
            - **Allergy:** Nickel: no metal buttons or rivets  \n  *Fabrics · Noted 4 Oct 2025*\n\n\
            ## Preferences\n\n### Sizes\n\n";
        assert!(md.starts_with(expected_start), "{md}");
        assert!(md.contains(
            "| Date | What | Quantity | Amount |\n|---|---|--:|--:|\n\
             | 27 Feb 2026 | Linen jacket, made to measure | 1 | NOK 6,400.00 |\n"
        ));
        assert!(md.contains("- **Contact:** zoe@example.org  \n  +47 912 34 567\n"));
        assert!(
            !md.contains("Changes to your choices"),
            "ledger is for the customer"
        );
    }

    #[test]
    fn customer_summary_has_everything() {
        let md = to_markdown(&sample("李小龙", Variant::ForCustomer));
        assert!(md.starts_with("# 李小龙\n\n*What Aiko Tailoring keeps about you*"));
        for part in [
            "## About you",
            "## Your preferences",
            "Why we keep it: So we can suggest what you will like",
            "## How we may contact you",
            "## Changes to your choices",
            "| 14 Mar 2025, 16:05 | Email | A personal note once a season | No | By phone<br>Asked for fewer messages | v2 |",
            "## What we keep about you and why",
            "Prepared for 李小龙 on 12 March 2026.",
        ] {
            assert!(md.contains(part), "missing {part}:\n{md}");
        }
    }

    #[test]
    fn empty_sections_say_so_for_the_customer() {
        let mut doc = sample("O'Brien", Variant::ForCustomer);
        doc.consent_ledger.clear();
        let md = to_markdown(&doc);
        assert!(md.contains("## Changes to your choices\n\n*Nothing recorded.*\n"));
    }

    #[test]
    fn names_cannot_inject_formatting() {
        let md = to_markdown(&sample("**Bold** | [link](x)", Variant::ForShop));
        assert!(md.starts_with(r"# \*\*Bold\*\* \| \[link\](x)"));
        for name in NAMES {
            let md = to_markdown(&sample(name, Variant::ForShop));
            assert!(md.starts_with(&format!("# {name}\n")), "{name}");
        }
    }
}

mod languages {
    use super::*;

    /// The sample in `language`, its amounts written by [`Locale::money`].
    fn sample_in(name: &str, variant: Variant, language: &str) -> SummaryDoc {
        let mut doc = sample(name, variant);
        doc.language = language.into();
        let l = Locale::new(language);
        doc.recent_purchases[0].amount = l.money(640_000, "EUR", 2);
        doc
    }

    /// Every kind of space as a plain one (pdftotext keeps no-break spaces).
    fn spaces(text: &str) -> String {
        text.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn a_german_summary_says_everything_in_german() {
        let doc = sample_in("Zoë Ødegård", Variant::ForCustomer, "de-DE");
        let html = to_html(&doc);
        for part in [
            "<html lang=\"de-DE\">",
            "<span class=\"date\">12. März 2026</span>",
            "<h2>Was wir über Sie speichern und warum</h2>",
            "<h2>Änderungen Ihrer Entscheidungen</h2>",
            "<td dir=\"auto\">27. Feb. 2026</td>",
            "<td class=\"num\" dir=\"auto\">6.400,00\u{a0}€</td>",
        ] {
            assert!(html.contains(part), "missing {part}:\n{html}");
        }
        assert!(html.contains("<td dir=\"auto\">14. März 2025, 16:05</td>"));
        assert!(html.contains("<span class=\"badge allergy\">Allergie</span>"));
        let md = to_markdown(&doc);
        assert!(md.contains("| Datum | Was | Menge | Betrag |"), "{md}");
        assert!(md.contains("Erstellt für Zoë Ødegård am 12. März 2026."));
        let Some(fonts) = fonts() else { return };
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        assert_pdf(&pdf);
        if let Some(text) = pdf_text(&pdf).map(|t| spaces(&t)) {
            for part in [
                "Zoë Ødegård",
                "12. März 2026",
                "Ihre letzten Einkäufe",
                "6.400,00 €",
                "Seite 1 von",
            ] {
                assert!(text.contains(part), "missing {part}:\n{text}");
            }
        }
    }

    #[test]
    fn a_french_summary_says_everything_in_french() {
        let doc = sample_in("O'Brien", Variant::ForShop, "fr-FR");
        let html = to_html(&doc);
        for part in [
            "<html lang=\"fr-FR\">",
            "<span class=\"date\">12 mars 2026</span>",
            "<h2>Allergies et aversions</h2>",
            "<td dir=\"auto\">27 févr. 2026</td>",
            "<td class=\"num\" dir=\"auto\">6\u{202f}400,00\u{a0}€</td>",
            "<span class=\"badge dislike\">N’aime pas</span>",
        ] {
            assert!(html.contains(part), "missing {part}:\n{html}");
        }
        let Some(fonts) = fonts() else { return };
        let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
        if let Some(text) = pdf_text(&pdf).map(|t| spaces(&t)) {
            for part in [
                "O'Brien",
                "12 mars 2026",
                "Achats récents",
                "6 400,00 €",
                "Récapitulatif client pour la boutique",
                "Page 1 sur",
            ] {
                assert!(text.contains(part), "missing {part}:\n{text}");
            }
        }
    }

    #[test]
    fn names_in_any_script_survive_in_any_language() {
        for (name, language) in [("李小龙", "de"), ("محمد", "fr"), ("Zoë Ødegård", "es")]
        {
            let doc = sample_in(name, Variant::ForCustomer, language);
            let html = to_html(&doc);
            assert!(html.contains(&format!("<h1 dir=\"auto\">{name}</h1>")));
            assert!(to_markdown(&doc).starts_with(&format!("# {name}\n")));
            let Some(fonts) = fonts() else { continue };
            let pdf = to_pdf_with_fonts(&[doc], &fonts).unwrap();
            if let Some(text) = pdf_text(&pdf) {
                assert!(text.contains(name), "{name} missing from:\n{text}");
            }
        }
    }

    #[test]
    fn a_language_or_name_cannot_inject_markup_or_catalogue_syntax() {
        // The language comes from the customer's record: anything that is
        // not a language tag is English, and never reaches the page as typed.
        let mut doc = sample_in("{ $shop } <b>", Variant::ForCustomer, "de");
        doc.language = "\"><script>alert(1)</script>".into();
        let html = to_html(&doc);
        assert!(html.contains("<html lang=\"en\">"), "{html}");
        assert!(!html.contains("<script>"));
        // A name is put into the sentences as it is, never read as Fluent.
        assert!(html.contains("Prepared for { $shop } &lt;b&gt; on 12 March 2026."));
    }

    #[test]
    fn the_paper_form_is_printed_in_its_language() {
        let form = FormDoc {
            language: "fr".into(),
            shop_name: "Aiko Tailoring".into(),
            generated: day(2026, 3, 3),
            version: "form-1".into(),
            customer_name: Some("Zoë Ødegård".into()),
            channels: vec!["E-mail".into(), "SMS".into()],
            questions: vec![FormQuestion {
                text: "Pouvons-nous vous écrire ?".into(),
                answers: vec![Some(true), None],
            }],
            ..Default::default()
        };
        let Some(fonts) = fonts() else { return };
        let pdf = form_to_pdf_with_fonts(&form, &fonts).unwrap();
        if let Some(text) = pdf_text(&pdf).map(|t| spaces(&t)) {
            for part in [
                "Vos préférences et vos choix",
                "Pouvons-nous vous contacter ?",
                "Oui",
                "Non",
                "3 mars 2026",
                "Version du formulaire form-1",
                "Date et signature",
            ] {
                assert!(text.contains(part), "missing {part}:\n{text}");
            }
        }
    }
}
