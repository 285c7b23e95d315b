//! The rule that is never broken: which channel, if any, a suggestion may
//! propose. One pure function, so it can be tested exhaustively.

use chrono::NaiveDate;

use crate::consent::{Channel, ConsentState, ConsentStatus, Purpose};
use crate::frequency::ContactFrequency;
use crate::Message;

/// Why no channel may be proposed (the suggestion then says "mention in
/// person next visit").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// The customer asked not to be contacted before this date.
    QuietUntil(NaiveDate),
    /// The frequency cap is reached: `contacts` of at most `max` in `period_days`.
    OverCap {
        /// Contacts already made in the period.
        contacts: u32,
        /// The cap.
        max: u32,
        /// The period's length in days.
        period_days: u32,
    },
    /// No channel has consent *granted* for the purpose (and a known address).
    NoConsent(Purpose),
}

impl Blocked {
    /// The reason, as a message ("they asked for quiet until 2025-05-16").
    pub fn explain(&self) -> Message {
        match self {
            Blocked::QuietUntil(d) => msg!("reason-blocked-quiet", date = d.to_string()),
            Blocked::OverCap {
                contacts,
                max,
                period_days,
            } => msg!(
                "reason-blocked-cap",
                contacts = *contacts,
                period = *period_days,
                max = *max
            ),
            Blocked::NoConsent(p) => msg!("reason-blocked-consent", purpose = p.to_string()),
        }
    }
}

/// Decides the channel for a suggestion of `purpose` on `as_of`: quiet-until
/// and the frequency cap first, then only channels whose consent for the
/// purpose is *granted* ("not asked" never counts, not even for service),
/// preferring the customer's preferred channel.
pub fn decide(
    consents: &[ConsentStatus],
    frequency: &ContactFrequency,
    contacts_in_period: u32,
    as_of: NaiveDate,
    purpose: Purpose,
) -> Result<Channel, Blocked> {
    if let Some(q) = frequency.quiet_until {
        if as_of < q {
            return Err(Blocked::QuietUntil(q));
        }
    }
    if contacts_in_period >= frequency.max_contacts {
        return Err(Blocked::OverCap {
            contacts: contacts_in_period,
            max: frequency.max_contacts,
            period_days: frequency.period_days,
        });
    }
    let granted = |c: Channel| {
        consents
            .iter()
            .any(|s| s.channel == c && s.purpose == purpose && s.state == ConsentState::Granted)
    };
    if let Some(p) = frequency.preferred_channel {
        if granted(p) {
            return Ok(p);
        }
    }
    Channel::ALL
        .iter()
        .copied()
        .find(|&c| granted(c))
        .ok_or(Blocked::NoConsent(purpose))
}

/// The channel a suggestion may propose, or `None` ("mention in person next
/// visit"). See [`decide`].
pub fn allowed_channel(
    consents: &[ConsentStatus],
    frequency: &ContactFrequency,
    contacts_in_period: u32,
    as_of: NaiveDate,
    purpose: Purpose,
) -> Option<Channel> {
    decide(consents, frequency, contacts_in_period, as_of, purpose).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn status(channel: Channel, purpose: Purpose, state: ConsentState) -> ConsentStatus {
        ConsentStatus {
            channel,
            purpose,
            state,
            since: None,
        }
    }

    const REC: Purpose = Purpose::Recommendations;

    #[test]
    fn granted_channel_is_proposed() {
        let c = [status(Channel::Email, REC, ConsentState::Granted)];
        let f = ContactFrequency::default();
        assert_eq!(
            allowed_channel(&c, &f, 0, d("2025-01-10"), REC),
            Some(Channel::Email)
        );
        // Granted for another purpose only: nothing.
        assert_eq!(
            allowed_channel(&c, &f, 0, d("2025-01-10"), Purpose::Occasions),
            None
        );
    }

    #[test]
    fn not_asked_and_refused_never_count_even_for_service() {
        let f = ContactFrequency::default();
        for state in [ConsentState::NotAsked, ConsentState::Refused] {
            for p in Purpose::ALL {
                let c = [status(Channel::Email, *p, state)];
                assert_eq!(allowed_channel(&c, &f, 0, d("2025-01-10"), *p), None);
            }
        }
        assert_eq!(
            decide(&[], &f, 0, d("2025-01-10"), Purpose::Service),
            Err(Blocked::NoConsent(Purpose::Service))
        );
    }

    #[test]
    fn cap_and_quiet_until_block() {
        let c = [status(Channel::Sms, REC, ConsentState::Granted)];
        let f = ContactFrequency {
            max_contacts: 2,
            ..ContactFrequency::default()
        };
        assert_eq!(
            allowed_channel(&c, &f, 1, d("2025-01-10"), REC),
            Some(Channel::Sms)
        );
        assert!(matches!(
            decide(&c, &f, 2, d("2025-01-10"), REC),
            Err(Blocked::OverCap { .. })
        ));
        let quiet = ContactFrequency {
            quiet_until: Some(d("2025-02-01")),
            ..ContactFrequency::default()
        };
        assert_eq!(
            decide(&c, &quiet, 0, d("2025-01-31"), REC),
            Err(Blocked::QuietUntil(d("2025-02-01")))
        );
        assert_eq!(
            allowed_channel(&c, &quiet, 0, d("2025-02-01"), REC),
            Some(Channel::Sms)
        );
        let zero = ContactFrequency {
            max_contacts: 0,
            ..ContactFrequency::default()
        };
        assert_eq!(allowed_channel(&c, &zero, 0, d("2025-01-10"), REC), None);
    }

    #[test]
    fn preferred_channel_wins_when_granted() {
        let c = [
            status(Channel::Email, REC, ConsentState::Granted),
            status(Channel::Sms, REC, ConsentState::Granted),
            status(Channel::Post, REC, ConsentState::Refused),
        ];
        let mut f = ContactFrequency {
            preferred_channel: Some(Channel::Sms),
            ..ContactFrequency::default()
        };
        assert_eq!(
            allowed_channel(&c, &f, 0, d("2025-01-10"), REC),
            Some(Channel::Sms)
        );
        f.preferred_channel = Some(Channel::Post);
        assert_eq!(
            allowed_channel(&c, &f, 0, d("2025-01-10"), REC),
            Some(Channel::Email)
        );
    }

    fn any_state() -> impl Strategy<Value = ConsentState> {
        prop_oneof![
            Just(ConsentState::Granted),
            Just(ConsentState::Refused),
            Just(ConsentState::NotAsked)
        ]
    }

    prop_compose! {
        fn any_consents()(states in proptest::collection::vec(any_state(), 20)) -> Vec<ConsentStatus> {
            let mut out = Vec::new();
            let mut i = 0;
            for &channel in Channel::ALL {
                for &purpose in Purpose::ALL {
                    out.push(status(channel, purpose, states[i % states.len()]));
                    i += 1;
                }
            }
            out
        }
    }

    proptest! {
        #[test]
        fn never_against_consent_cap_or_quiet(
            consents in any_consents(),
            max in 0u32..5,
            period in 1u32..90,
            contacts in 0u32..8,
            preferred in proptest::option::of(0usize..5),
            quiet in proptest::option::of(-60i64..60),
            as_of_offset in 0i64..3650,
            purpose in 0usize..4,
        ) {
            let as_of = d("2020-01-01") + chrono::Duration::days(as_of_offset);
            let purpose = Purpose::ALL[purpose];
            let f = ContactFrequency {
                max_contacts: max,
                period_days: period,
                preferred_channel: preferred.map(|i| Channel::ALL[i]),
                quiet_until: quiet.map(|q| as_of + chrono::Duration::days(q)),
                ..ContactFrequency::default()
            };
            if let Some(ch) = allowed_channel(&consents, &f, contacts, as_of, purpose) {
                prop_assert!(consents.iter().any(|s| s.channel == ch
                    && s.purpose == purpose
                    && s.state == ConsentState::Granted));
                prop_assert!(contacts < max);
                prop_assert!(f.quiet_until.is_none_or(|q| as_of >= q));
                if let Some(p) = f.preferred_channel {
                    let p_granted = consents.iter().any(|s| s.channel == p
                        && s.purpose == purpose && s.state == ConsentState::Granted);
                    prop_assert!(!p_granted || ch == p);
                }
            }
        }
    }
}
