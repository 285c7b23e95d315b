//! The day sheet: today's follow-ups, in Today's order, on one page for the
//! counter ([`Shop::day_sheet`]).

use chrono::NaiveDate;
use shopkeeper_summary::{DaySheet, Locale, SheetLine};

use super::SummaryFormat;

use super::words;
use crate::consent::Channel;
use crate::customer::Customer;
use crate::{Result, Shop};

/// How to reach `c` by `channel`: the channel's name and the number or
/// address it goes to, when the record has one.
fn how(l: &Locale, c: &Customer, channel: Channel) -> String {
    let name = l.say(&words::channel(channel));
    let phone = c.phones.first().map(|p| p.typed.clone());
    let detail = match channel {
        Channel::Email => c.emails.first().cloned(),
        Channel::Sms | Channel::Phone | Channel::Messaging => phone,
        Channel::Post => c.address.clone(),
    };
    match detail {
        Some(d) if !d.trim().is_empty() => format!("{name}: {}", d.replace('\n', ", ")),
        _ => name,
    }
}

impl Shop {
    /// Today's follow-ups as of `day` (at most `limit`, in Today's order)
    /// as a sheet for the counter, in `language` (the staff's, not the
    /// customers'): whom to contact and how (only the channel each allows
    /// today), and whom to tell in person. Anyone at the counter may print it.
    pub fn day_sheet(&self, day: NaiveDate, language: &str, limit: usize) -> Result<DaySheet> {
        let l = Locale::new(language);
        let mut sheet = DaySheet {
            shop_name: self.settings().shop_name.clone(),
            day,
            language: l.tag().to_string(),
            ..DaySheet::default()
        };
        for s in self.suggestions(day, limit)? {
            let mut line = SheetLine {
                customer: s.customer_name.clone(),
                why: l.say(&s.why),
                how: String::new(),
            };
            match s.channel {
                Some(channel) => {
                    line.how = how(&l, &self.customer(s.customer_id)?, channel);
                    sheet.to_contact.push(line);
                }
                None => sheet.in_person.push(line),
            }
        }
        Ok(sheet)
    }

    /// [`Shop::day_sheet`] rendered as PDF, HTML (for printing from the
    /// app) or Markdown.
    pub fn export_day_sheet(
        &self,
        day: NaiveDate,
        language: &str,
        limit: usize,
        format: SummaryFormat,
    ) -> Result<Vec<u8>> {
        let sheet = self.day_sheet(day, language, limit)?;
        Ok(match format {
            SummaryFormat::Pdf => shopkeeper_summary::day_sheet_to_pdf(&sheet)?,
            SummaryFormat::Html => shopkeeper_summary::day_sheet_to_html(&sheet).into_bytes(),
            SummaryFormat::Markdown => {
                shopkeeper_summary::day_sheet_to_markdown(&sheet).into_bytes()
            }
        })
    }
}
