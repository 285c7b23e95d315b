//! When the app asks who is at the counter: after so many minutes without
//! a touch (off unless the owner or a manager sets it).

use crate::backup_schedule::{get, put};
use crate::{CoreError, Result, Shop};

use super::Permission;

/// Where the minutes are kept in the `setting` table.
const KEY: &str = "ask_who_minutes";
/// The longest wait that may be set: a working day.
pub const MAX_ASK_WHO_MINUTES: u32 = 720;

impl Shop {
    /// After how many idle minutes the app asks who is there (`None`: never).
    pub fn ask_who_minutes(&self) -> Result<Option<u32>> {
        Ok(get(self.conn(), KEY)?
            .and_then(|v| v.parse().ok())
            .filter(|m| *m > 0))
    }

    /// Sets after how many idle minutes the app asks who is there (`None`
    /// or 0: never; at most [`MAX_ASK_WHO_MINUTES`]). Owners and managers.
    pub fn set_ask_who_minutes(&mut self, minutes: Option<u32>) -> Result<()> {
        self.require(Permission::Settings)?;
        let minutes = minutes.filter(|m| *m > 0);
        if minutes.is_some_and(|m| m > MAX_ASK_WHO_MINUTES) {
            return Err(CoreError::invalid(
                "askWhoMinutes",
                msg!(
                    "error-staff-ask-minutes",
                    max = MAX_ASK_WHO_MINUTES.to_string()
                ),
            ));
        }
        put(self.conn(), KEY, minutes.map(|m| m.to_string()).as_deref())
    }
}
