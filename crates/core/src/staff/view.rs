//! The activity view as the app shows it: each line with the name of its
//! author and of its customer (when the customer is still in the shop).

use rusqlite::OptionalExtension;

use super::ActivityEntry;
use crate::{Result, Shop};

/// One line of the activity view, with the names it mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityLine {
    /// What was done, when, by whom.
    pub entry: ActivityEntry,
    /// The author's name (`None`: the owner).
    pub author: Option<String>,
    /// The customer's name, if the line is about one still in the shop.
    pub customer_name: Option<String>,
}

impl Shop {
    /// What `staff_id` did (`None`: the owner), newest first, at most
    /// `limit` lines, with the names the view shows. Owners and managers
    /// may look ([`Shop::activity`]).
    pub fn activity_lines(
        &self,
        staff_id: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ActivityLine>> {
        let entries = self.activity(staff_id, limit)?;
        let author = self.author_name(staff_id)?;
        let mut name_of = self
            .conn()
            .prepare_cached("SELECT display_name FROM customer WHERE id = ?1")?;
        entries
            .into_iter()
            .map(|entry| {
                let customer_name = match entry.customer_id {
                    Some(id) => name_of.query_row([id], |r| r.get(0)).optional()?,
                    None => None,
                };
                Ok(ActivityLine {
                    entry,
                    author: author.clone(),
                    customer_name,
                })
            })
            .collect()
    }
}
