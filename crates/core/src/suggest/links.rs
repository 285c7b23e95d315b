//! Links that open a drafted message in the app for the channel the
//! customer allowed: `mailto:` for email, `sms:` for a text, `tel:` for a
//! call, WhatsApp's and Signal's click-to-chat links for a messaging app.
//! Post has none (the letter is written by hand or from the day sheet).
//!
//! The app hands a link to the desktop's opener, so only links of these
//! exact forms are ever opened ([`check_link`]): never a web page, a file
//! or a program.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::Suggestion;
use crate::consent::Channel;
use crate::kinds::text_enum;
use crate::{CoreError, Customer, Result, Shop};

text_enum!(
    /// The app a link opens.
    LinkApp, "app" {
        /// The mail app (`mailto:`).
        Mail = "mail",
        /// The phone's or computer's messages app (`sms:`).
        Sms = "sms",
        /// A call (`tel:`).
        Call = "call",
        /// WhatsApp (`https://wa.me/`).
        WhatsApp = "whatsapp",
        /// Signal (`https://signal.me/`).
        Signal = "signal",
    }
);

/// A link that opens a draft (or a call) in an app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLink {
    /// Which app.
    pub app: LinkApp,
    /// The link, percent-encoded.
    pub url: String,
}

/// Characters left as they are in a query value (RFC 3986 unreserved).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// ...and in a mail address, which keeps `@` and `+` readable.
const ADDRESS: &AsciiSet = &COMPONENT.remove(b'@').remove(b'+');

/// The link forms that may be opened, by their exact start.
const ALLOWED: &[&str] = &[
    "mailto:",
    "sms:+",
    "tel:+",
    "https://wa.me/",
    "https://signal.me/#p/+",
];

pub(crate) fn mailto(address: &str, subject: &str, body: &str) -> String {
    // Line breaks in a mailto body are CRLF (RFC 6068).
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(address, ADDRESS),
        utf8_percent_encode(subject, COMPONENT),
        utf8_percent_encode(&body, COMPONENT)
    )
}

/// The links for a draft to `customer` by `channel`: none without a channel,
/// an address or a number in international form (`+44…`, known when the
/// shop's phone region or the number itself says the country).
pub(crate) fn links(
    channel: Option<Channel>,
    customer: &Customer,
    subject: &str,
    body: &str,
) -> Vec<ContactLink> {
    let link = |app, url| ContactLink { app, url };
    let number = customer.phones.iter().find_map(|p| p.e164.clone());
    let text = utf8_percent_encode(body, COMPONENT).to_string();
    match (channel, number) {
        (Some(Channel::Email), _) => customer
            .emails
            .first()
            .map(|a| link(LinkApp::Mail, mailto(a, subject, body)))
            .into_iter()
            .collect(),
        (Some(Channel::Sms), Some(n)) => vec![link(LinkApp::Sms, format!("sms:{n}?body={text}"))],
        (Some(Channel::Phone), Some(n)) => vec![link(LinkApp::Call, format!("tel:{n}"))],
        (Some(Channel::Messaging), Some(n)) => vec![
            link(
                LinkApp::WhatsApp,
                format!("https://wa.me/{}?text={text}", n.trim_start_matches('+')),
            ),
            link(LinkApp::Signal, format!("https://signal.me/#p/{n}")),
        ],
        _ => Vec::new(),
    }
}

impl Shop {
    /// The link that opens the message to suggestion `s`'s customer in
    /// `app`, carrying `subject` and `body` as the owner left them (a draft
    /// is often edited before it goes). Refused when the customer's channel
    /// has no such app, or their record no address or number for it.
    pub fn draft_link(
        &self,
        s: &Suggestion,
        app: LinkApp,
        subject: &str,
        body: &str,
    ) -> Result<ContactLink> {
        let customer = self.customer(s.customer_id)?;
        let link = links(s.channel, &customer, subject, body)
            .into_iter()
            .find(|l| l.app == app)
            .ok_or_else(|| CoreError::invalid("app", msg!("error-link-no-app")))?;
        check_link(&link.url)?;
        Ok(link)
    }
}

/// Only a link of the forms Shopkeeper makes may be handed to the desktop's
/// opener: `mailto:`, `sms:+…`, `tel:+…`, `https://wa.me/…` and
/// `https://signal.me/#p/+…`, with nothing that could end a URL early or
/// start another; anything else is refused.
pub fn check_link(link: &str) -> Result<()> {
    let allowed = ALLOWED.iter().any(|start| link.starts_with(start));
    let clean = !link
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'));
    if allowed && clean {
        return Ok(());
    }
    Err(CoreError::invalid(
        "link",
        msg!("error-link-only-contact-links"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_links_shopkeeper_makes_may_be_opened() {
        for good in [
            "mailto:ana@example.com?subject=Hi",
            "sms:+447700900123?body=Hi%20Ana",
            "tel:+447700900123",
            "https://wa.me/447700900123?text=Hi",
            "https://signal.me/#p/+447700900123",
        ] {
            assert!(check_link(good).is_ok(), "{good}");
        }
        for bad in [
            "https://example.com",
            "https://wa.me.evil.example/1",
            "https://signal.me/#p/../../x",
            "file:///etc/passwd",
            " mailto:a@b",
            "MAILTO:x",
            "tel:123",
            "sms:+44 7700",
            "javascript:alert(1)",
            "mailto:a@b\nhttps://evil",
        ] {
            assert_eq!(check_link(bad).unwrap_err().field(), Some("link"), "{bad}");
        }
    }

    #[test]
    fn mailto_links_are_percent_encoded() {
        let link = mailto("zoë+shop@example.com", "Ta & co", "Hi Zoë —\nline 2?");
        assert_eq!(
            link,
            "mailto:zo%C3%AB+shop@example.com?subject=Ta%20%26%20co&body=Hi%20Zo%C3%AB%20%E2%80%94%0D%0Aline%202%3F"
        );
    }
}
