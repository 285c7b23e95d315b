//! Writes sample summaries to a folder, to look at them, in a language
//! (English unless given):
//! `cargo run -p shopkeeper-summary --example sample -- /tmp/summaries de-CH`.

#[path = "../tests/support/sample.rs"]
mod support;

use shopkeeper_summary::{to_html, to_markdown, to_pdf, Variant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&dir)?;
    let language = std::env::args().nth(2).unwrap_or_else(|| "en".into());
    let sample = |name: &str, variant| {
        let mut doc = support::sample(name, variant);
        doc.language = language.clone();
        doc
    };
    for (name, variant) in [
        ("shop", Variant::ForShop),
        ("customer", Variant::ForCustomer),
    ] {
        let doc = sample("Zoë Ødegård", variant);
        std::fs::write(
            dir.join(format!("summary-{name}.pdf")),
            to_pdf(std::slice::from_ref(&doc))?,
        )?;
        std::fs::write(dir.join(format!("summary-{name}.html")), to_html(&doc))?;
        std::fs::write(dir.join(format!("summary-{name}.md")), to_markdown(&doc))?;
    }
    let batch: Vec<_> = ["Zoë Ødegård", "李小龙", "محمد الأحمد", "Siobhán O'Brien"]
        .iter()
        .map(|n| sample(n, Variant::ForShop))
        .collect();
    std::fs::write(dir.join("summary-batch.pdf"), to_pdf(&batch)?)?;
    println!("Wrote summaries to {}", dir.display());
    Ok(())
}
