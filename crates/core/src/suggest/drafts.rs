//! Message drafts: a template per kind of suggestion and language, filled in
//! for one suggestion. The built-in templates are the catalogue's
//! (`drafts.ftl`, in every language translated), short and in the owner's
//! voice; the owner may save their own per kind and language.

use rusqlite::{params, Connection};
use shopkeeper_l10n::{Arg, Words};

use super::links::{links, ContactLink};
use super::words::{day_month, occasion_name};
use super::{Suggestion, SuggestionKind};
use crate::time::now_stamp;
use crate::{text, CoreError, Message, Result, Shop};

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

/// The language every kind has a built-in template in.
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

    /// The catalogue's ids of the built-in subject and body for `kind`.
    fn built_in_ids(kind: SuggestionKind) -> (&'static str, &'static str) {
        match kind {
            SuggestionKind::ReplenishmentDue => (
                "draft-replenishment-due.subject",
                "draft-replenishment-due.body",
            ),
            SuggestionKind::LapsingRegular => (
                "draft-lapsing-regular.subject",
                "draft-lapsing-regular.body",
            ),
            SuggestionKind::Occasion => ("draft-occasion.subject", "draft-occasion.body"),
            SuggestionKind::ThankYou => ("draft-thank-you.subject", "draft-thank-you.body"),
            SuggestionKind::MatchesTaste => {
                ("draft-matches-taste.subject", "draft-matches-taste.body")
            }
            SuggestionKind::ServiceCheck => {
                ("draft-service-check.subject", "draft-service-check.body")
            }
            SuggestionKind::PromisedFollowUp => (
                "draft-promised-follow-up.subject",
                "draft-promised-follow-up.body",
            ),
        }
    }

    /// The built-in template for `kind` in the language of `words` (English
    /// where that language has none), its variables written back as the
    /// placeholders the owner sees (`{first_name}`).
    fn built_in(kind: SuggestionKind, words: Words) -> MessageTemplate {
        let (subject, body) = Self::built_in_ids(kind);
        let say = |id: &'static str| {
            let message = PLACEHOLDERS.iter().fold(Message::new(id), |m, (name, _)| {
                m.arg(name, format!("{{{name}}}"))
            });
            words.say(&message)
        };
        let language = if words.has(subject) {
            words.code()
        } else {
            BUILT_IN_LANGUAGE
        };
        MessageTemplate {
            kind,
            language: language.into(),
            subject: say(subject),
            body: say(body),
            built_in: true,
        }
    }

    /// The built-in template for `kind` in `language` (`de`, `de-ch`), if
    /// the catalogue has one in that language or its base language.
    fn built_in_in(kind: SuggestionKind, language: &str) -> Option<MessageTemplate> {
        let words = Words::for_language(language);
        let base = language.split('-').next().unwrap_or(language);
        (words.code() == base && words.has(Self::built_in_ids(kind).0))
            .then(|| Self::built_in(kind, words))
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
    /// Links that open it in the app for the suggestion's channel (mail,
    /// a text, a call, WhatsApp and Signal), when the customer's record has
    /// the address or number; none for post or in person.
    pub links: Vec<ContactLink>,
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
                    .unwrap_or_else(|| MessageTemplate::built_in(kind, Words::english())),
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
        self.require(crate::staff::Permission::Settings)?;
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

    /// Forgets the owner's template for `kind` in `language`; the built-in
    /// one is used again in English and in every language the catalogue
    /// has drafts in (`drafts.ftl`).
    pub fn reset_template(&mut self, kind: SuggestionKind, language: &str) -> Result<()> {
        self.require(crate::staff::Permission::Settings)?;
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
    /// a template exists in it, else the shop's language, else English. In
    /// each language the owner's saved template comes first, then the
    /// built-in one, when the catalogue has that language's drafts.
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
            template = match saved(self.conn(), s.kind, l)? {
                Some(t) => Some(t),
                None => MessageTemplate::built_in_in(s.kind, l),
            };
            if template.is_some() {
                break;
            }
        }
        let template =
            template.unwrap_or_else(|| MessageTemplate::built_in(s.kind, Words::english()));
        let words = Words::for_language(&template.language);
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
            .map(|d| words.say(&day_month(d)))
            .unwrap_or_default();
        let occasion = match occasion_name(s.input("occasion").unwrap_or_default()) {
            Arg::Message(m) => words.say(&m),
            other => other.to_string(),
        };
        let values = [
            ("first_name", first),
            ("name", customer.display_name.clone()),
            ("shop_name", settings.shop_name.clone()),
            ("owner", owner),
            ("product", input("product")),
            ("occasion", occasion),
            ("date", date),
            ("promise", input("promise")),
        ];
        let subject = fill(&template.subject, &values);
        let body = fill(&template.body, &values);
        let links = links(s.channel, &customer, &subject, &body);
        Ok(Draft {
            subject,
            body,
            language: template.language,
            links,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_templates_use_only_their_placeholders_and_never_shout() {
        let translated = shopkeeper_l10n::languages()
            .iter()
            .filter_map(|l| MessageTemplate::built_in_in(SuggestionKind::ThankYou, &l.code))
            .count();
        assert!(translated >= 1, "English has built-in drafts");
        for &kind in SuggestionKind::ALL {
            for language in shopkeeper_l10n::languages() {
                let Some(t) = MessageTemplate::built_in_in(kind, &language.code) else {
                    continue;
                };
                assert_eq!(t.language, language.code);
                check_placeholders(&t.subject, kind, "subject").unwrap();
                check_placeholders(&t.body, kind, "body").unwrap();
                assert!(t.body.contains("{owner}"), "{kind} {}", t.language);
            }
            let t = MessageTemplate::built_in(kind, Words::english());
            assert!(!t.body.contains('!') && !t.subject.contains('!'), "{kind}");
            for name in MessageTemplate::placeholders(kind) {
                assert!(
                    PLACEHOLDERS.iter().any(|(n, _)| *n == name),
                    "{name} described"
                );
            }
        }
    }

    #[test]
    fn the_english_built_in_templates_read_as_before() {
        let t = MessageTemplate::built_in(SuggestionKind::ReplenishmentDue, Words::english());
        assert_eq!(t.language, "en");
        assert_eq!(t.subject, "Your {product}");
        assert_eq!(
            t.body,
            "Hi {first_name} — you may be running low on {product} about now. Shall I put some aside for you?\n\n— {owner}"
        );
        let t = MessageTemplate::built_in(SuggestionKind::PromisedFollowUp, Words::english());
        assert_eq!(
            t.body,
            "Hi {first_name} — as promised: {promise}.\n\n— {owner}"
        );
        // A language without drafts of its own has no built-in template.
        assert_eq!(
            MessageTemplate::built_in_in(SuggestionKind::Occasion, "pt"),
            None
        );
        assert!(MessageTemplate::built_in_in(SuggestionKind::Occasion, "en-GB").is_some());
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
}
