//! Message drafts: a template per kind of suggestion and language, filled in
//! for one suggestion. The built-in templates are English, short and in the
//! owner's voice; the owner may save their own per kind and language.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use rusqlite::{params, Connection};

use super::{Suggestion, SuggestionKind};
use crate::consent::Channel;
use crate::time::now_stamp;
use crate::{text, CoreError, Result, Shop};

/// The placeholders a template may use, and what each stands for. Not
/// every kind has every one: see [`MessageTemplate::placeholders`].
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("first_name", "the customer's first name"),
    ("name", "the customer's full name"),
    ("shop_name", "the shop's name"),
    (
        "owner",
        "who signs: the owner's name from the settings, else the shop's name",
    ),
    ("product", "the product the suggestion is about"),
    ("occasion", "the birthday or other date"),
    (
        "date",
        "the day of the occasion, or the day a service or promise is due",
    ),
    ("promise", "what you promised, in your words"),
];

/// The language of the built-in templates.
const BUILT_IN_LANGUAGE: &str = "en";

/// A message template for one kind of suggestion in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageTemplate {
    /// Which kind of suggestion it is for.
    pub kind: SuggestionKind,
    /// Its language ("en").
    pub language: String,
    /// The email subject, with placeholders.
    pub subject: String,
    /// The message, with placeholders such as `{first_name}`.
    pub body: String,
    /// True for a built-in template the owner has not changed.
    pub built_in: bool,
}

impl MessageTemplate {
    /// The placeholders a template of `kind` may use.
    pub fn placeholders(kind: SuggestionKind) -> Vec<&'static str> {
        let mut names = vec!["first_name", "name", "shop_name", "owner"];
        names.extend_from_slice(match kind {
            SuggestionKind::ReplenishmentDue | SuggestionKind::MatchesTaste => &["product"][..],
            SuggestionKind::ServiceCheck => &["product", "date"],
            SuggestionKind::Occasion => &["occasion", "date"],
            SuggestionKind::PromisedFollowUp => &["promise", "date"],
            SuggestionKind::LapsingRegular | SuggestionKind::ThankYou => &[],
        });
        names
    }

    fn built_in(kind: SuggestionKind) -> MessageTemplate {
        let (subject, body) = match kind {
            SuggestionKind::ReplenishmentDue => (
                "Your {product}",
                "Hi {first_name} — you may be running low on {product} about now. Shall I put some aside for you?\n\n— {owner}",
            ),
            SuggestionKind::LapsingRegular => (
                "Hello from {shop_name}",
                "Hi {first_name} — it has been a while, and I hope all is well. It would be good to see you when you are next passing.\n\n— {owner}",
            ),
            SuggestionKind::Occasion => (
                "Your {occasion}",
                "Hi {first_name} — I saw your {occasion} is on {date}. If I can help with anything before then, just let me know.\n\n— {owner}",
            ),
            SuggestionKind::ThankYou => (
                "Thank you",
                "Hi {first_name} — thank you for coming in to {shop_name}. I hope you enjoy what you chose, and do tell me how you get on.\n\n— {owner}",
            ),
            SuggestionKind::MatchesTaste => (
                "{product} is in",
                "Hi {first_name} — the {product} has just come in, and I thought of you. Shall I put one aside?\n\n— {owner}",
            ),
            SuggestionKind::ServiceCheck => (
                "Time for your {product}",
                "Hi {first_name} — your next {product} is due around {date}. Would you like me to book you in?\n\n— {owner}",
            ),
            SuggestionKind::PromisedFollowUp => (
                "As promised",
                "Hi {first_name} — as promised: {promise}.\n\n— {owner}",
            ),
        };
        MessageTemplate {
            kind,
            language: BUILT_IN_LANGUAGE.into(),
            subject: subject.into(),
            body: body.into(),
            built_in: true,
        }
    }
}

/// A message drafted for one suggestion, ready to copy or send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The email subject.
    pub subject: String,
    /// The message.
    pub body: String,
    /// The language of the template used.
    pub language: String,
    /// A `mailto:` link (percent-encoded) when the suggestion's channel is
    /// email and the customer has an email address.
    pub mailto: Option<String>,
}

/// Checks that every placeholder in `text` is one `kind` can fill; a
/// plain-words error names an unknown one or a brace left open.
fn check_placeholders(text: &str, kind: SuggestionKind, field: &'static str) -> Result<()> {
    let allowed = MessageTemplate::placeholders(kind);
    let list = || {
        allowed
            .iter()
            .map(|n| format!("{{{n}}}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(CoreError::invalid(
                field,
                msg!(
                    "error-closed-with-placeholders",
                    list = (list()).to_string()
                ),
            ));
        };
        let name = &after[..close];
        if !allowed.contains(&name) {
            return Err(CoreError::invalid(
                field,
                msg!(
                    "error-placeholder-message-use",
                    name = name.to_string(),
                    kind = kind.to_string(),
                    list = (list()).to_string()
                ),
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

/// Replaces each `{name}` in `text` by its value.
fn fill(text: &str, values: &[(&str, String)]) -> String {
    let mut out = text.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Characters left as they are in a `mailto:` query value (RFC 3986 unreserved).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// ...and in its address, which keeps `@` and `+` readable.
const ADDRESS: &AsciiSet = &COMPONENT.remove(b'@').remove(b'+');

fn mailto(address: &str, subject: &str, body: &str) -> String {
    // Line breaks in a mailto body are CRLF (RFC 6068).
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(address, ADDRESS),
        utf8_percent_encode(subject, COMPONENT),
        utf8_percent_encode(&body, COMPONENT)
    )
}

/// The owner's saved template for `kind` in `language`, if any.
fn saved(
    conn: &Connection,
    kind: SuggestionKind,
    language: &str,
) -> Result<Option<MessageTemplate>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(
            "SELECT subject, body FROM message_template WHERE kind = ?1 AND language = ?2",
        )?
        .query_row(params![kind, language], |r| {
            Ok(MessageTemplate {
                kind,
                language: language.to_string(),
                subject: r.get(0)?,
                body: r.get(1)?,
                built_in: false,
            })
        })
        .optional()?)
}

impl Shop {
    /// Every template in use: for each kind the English one (the owner's or
    /// built-in), and every other language the owner saved; by kind, then language.
    pub fn templates(&self) -> Result<Vec<MessageTemplate>> {
        let mut out = Vec::new();
        for &kind in SuggestionKind::ALL {
            out.push(
                saved(self.conn(), kind, BUILT_IN_LANGUAGE)?
                    .unwrap_or_else(|| MessageTemplate::built_in(kind)),
            );
            let others: Vec<String> = self
                .conn()
                .prepare_cached(
                    "SELECT language FROM message_template WHERE kind = ?1 AND language <> ?2 ORDER BY language",
                )?
                .query_map(params![kind, BUILT_IN_LANGUAGE], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for language in others {
                out.extend(saved(self.conn(), kind, &language)?);
            }
        }
        Ok(out)
    }

    /// Saves the owner's template for `kind` in `language` (replacing any
    /// earlier one). Placeholders the kind cannot fill are refused with the
    /// list of those it can.
    pub fn set_template(
        &mut self,
        kind: SuggestionKind,
        language: &str,
        subject: &str,
        body: &str,
    ) -> Result<MessageTemplate> {
        let language = text::language(language, "language")?;
        let subject = text::required(subject, "subject", "The subject")?;
        let body = text::note(Some(body), "body")?
            .ok_or_else(|| CoreError::invalid("body", msg!("error-body-message-empty")))?;
        check_placeholders(&subject, kind, "subject")?;
        check_placeholders(&body, kind, "body")?;
        self.write(|tx, _| {
            tx.execute(
                "INSERT INTO message_template (kind, language, subject, body, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (kind, language) DO UPDATE SET subject = excluded.subject,
                    body = excluded.body, updated_at = excluded.updated_at",
                params![kind, language, subject, body, now_stamp()],
            )?;
            Ok(MessageTemplate {
                kind,
                language,
                subject,
                body,
                built_in: false,
            })
        })
    }

    /// Forgets the owner's template for `kind` in `language`; in English the
    /// built-in one is used again.
    pub fn reset_template(&mut self, kind: SuggestionKind, language: &str) -> Result<()> {
        let language = text::language(language, "language")?;
        self.write(|tx, _| {
            let gone = tx.execute(
                "DELETE FROM message_template WHERE kind = ?1 AND language = ?2",
                params![kind, language],
            )?;
            if gone == 0 {
                return Err(CoreError::NotFound(msg!(
                    "error-not-found-there-saved-template",
                    language = language.to_string(),
                    kind = kind.to_string()
                )));
            }
            Ok(())
        })
    }

    /// Drafts the message for a suggestion, in the customer's language when
    /// a template exists in it, else the shop's language, else English.
    pub fn draft(&self, s: &Suggestion) -> Result<Draft> {
        let customer = self.customer(s.customer_id)?;
        let settings = self.settings();
        let mut languages: Vec<String> = Vec::new();
        if let Some(l) = customer
            .language
            .as_deref()
            .and_then(|l| text::language(l, "language").ok())
        {
            if let Some((primary, _)) = l.split_once('-') {
                languages.push(primary.to_string());
            }
            languages.insert(0, l);
        }
        languages.push(settings.language.clone());
        let mut template = None;
        for l in &languages {
            if let Some(t) = saved(self.conn(), s.kind, l)? {
                template = Some(t);
                break;
            }
        }
        let template = template.unwrap_or_else(|| MessageTemplate::built_in(s.kind));
        let first = super::first_name(&customer.display_name).to_string();
        let owner = settings
            .owner_name
            .clone()
            .unwrap_or_else(|| settings.shop_name.clone());
        let input = |name: &str| s.input(name).unwrap_or_default().to_string();
        let date = s
            .input("date")
            .or_else(|| s.input("due"))
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            .map(|d| d.format("%-d %B").to_string())
            .unwrap_or_default();
        let values = [
            ("first_name", first),
            ("name", customer.display_name.clone()),
            ("shop_name", settings.shop_name.clone()),
            ("owner", owner),
            ("product", input("product")),
            ("occasion", input("occasion")),
            ("date", date),
            ("promise", input("promise")),
        ];
        let subject = fill(&template.subject, &values);
        let body = fill(&template.body, &values);
        let mailto = match (s.channel, customer.emails.first()) {
            (Some(Channel::Email), Some(address)) => Some(mailto(address, &subject, &body)),
            _ => None,
        };
        Ok(Draft {
            subject,
            body,
            language: template.language,
            mailto,
        })
    }
}

/// Only a `mailto:` link may be handed to the owner's mail app from a
/// draft (never a web page or a program); anything else is refused.
pub fn check_mailto(link: &str) -> Result<()> {
    if link.starts_with("mailto:") {
        return Ok(());
    }
    Err(CoreError::invalid(
        "mailto",
        msg!("error-mailto-only-mail-links"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mail_links_open_from_a_draft() {
        assert!(check_mailto("mailto:ana@example.com?subject=Hi").is_ok());
        for bad in [
            "https://example.com",
            "file:///etc/passwd",
            " mailto:a@b",
            "MAILTO:x",
        ] {
            assert_eq!(
                check_mailto(bad).unwrap_err().field(),
                Some("mailto"),
                "{bad}"
            );
        }
    }

    #[test]
    fn built_in_templates_use_only_their_placeholders_and_never_shout() {
        for &kind in SuggestionKind::ALL {
            let t = MessageTemplate::built_in(kind);
            check_placeholders(&t.subject, kind, "subject").unwrap();
            check_placeholders(&t.body, kind, "body").unwrap();
            assert!(!t.body.contains('!') && !t.subject.contains('!'), "{kind}");
            assert!(t.body.contains("{owner}"), "{kind}");
            for name in MessageTemplate::placeholders(kind) {
                assert!(
                    PLACEHOLDERS.iter().any(|(n, _)| *n == name),
                    "{name} described"
                );
            }
        }
    }

    #[test]
    fn unknown_or_open_placeholders_are_refused_in_plain_words() {
        let err =
            check_placeholders("Hi {frist_name}", SuggestionKind::ThankYou, "body").unwrap_err();
        assert!(err.to_string().contains("{frist_name}"), "{err}");
        assert!(err.to_string().contains("{first_name}"), "{err}");
        let err = check_placeholders("{product}", SuggestionKind::Occasion, "body").unwrap_err();
        assert!(err.to_string().contains("occasion message"), "{err}");
        assert!(check_placeholders("Hi {first_name", SuggestionKind::Occasion, "body").is_err());
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
