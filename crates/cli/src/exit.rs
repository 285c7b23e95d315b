//! The exit codes of `shopkeeper`: one per kind of failure a script may want
//! to tell apart, decided from the typed error (never from its words).

use std::io::ErrorKind;
use std::process::ExitCode;

use shopkeeper_core::CoreError;

/// A kind of outcome, with the process exit code it ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The command did what was asked.
    Ok,
    /// Anything not listed below.
    Other,
    /// The command line itself was wrong (clap's own code).
    Usage,
    /// A customer, purchase, file or shop that does not exist.
    NotFound,
    /// The passphrase or recovery key was refused.
    WrongSecret,
    /// Refused by the customer's consent or contact-frequency rule.
    Refused,
    /// The vault or backup file is damaged or tampered with, or is not a backup.
    Damaged,
    /// A value given was not acceptable (a date, an amount, a column...).
    Invalid,
    /// The person working (`--as`) may not do this: their role is too small.
    NotAllowed,
}

/// Every kind, in the order of the documented table.
pub const ALL: [Exit; 9] = [
    Exit::Ok,
    Exit::Other,
    Exit::Usage,
    Exit::NotFound,
    Exit::WrongSecret,
    Exit::Refused,
    Exit::Damaged,
    Exit::Invalid,
    Exit::NotAllowed,
];

impl Exit {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Other => 1,
            Exit::Usage => 2,
            Exit::NotFound => 3,
            Exit::WrongSecret => 4,
            Exit::Refused => 5,
            Exit::Damaged => 6,
            Exit::Invalid => 7,
            Exit::NotAllowed => 8,
        }
    }

    /// What the code means, in a few words.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "success",
            Exit::Other => "any other error",
            Exit::Usage => "usage: unknown command, missing or malformed argument",
            Exit::NotFound => "not found: customer, purchase, file or shop does not exist",
            Exit::WrongSecret => "wrong passphrase or recovery key",
            Exit::Refused => {
                "refused by consent or contact frequency (reserved: no command refuses so yet)"
            }
            Exit::Damaged => "damaged or tampered vault or backup, or not a backup",
            Exit::Invalid => {
                "invalid input: a bad date, amount or channel, a mistyped recovery key..."
            }
            Exit::NotAllowed => {
                "not allowed: the role of the person working (--as) does not allow it"
            }
        }
    }

    /// The kind of failure `err` is, from the typed errors in its chain.
    pub fn of(err: &anyhow::Error) -> Exit {
        if let Some(core) = err.chain().find_map(|e| e.downcast_ref::<CoreError>()) {
            return Exit::of_core(core);
        }
        match err.chain().find_map(|e| e.downcast_ref::<std::io::Error>()) {
            Some(io) if io.kind() == ErrorKind::NotFound => Exit::NotFound,
            _ => Exit::Other,
        }
    }

    fn of_core(core: &CoreError) -> Exit {
        match core.code() {
            "not-found" => Exit::NotFound,
            "wrong-passphrase" | "wrong-recovery-key" => Exit::WrongSecret,
            "damaged" | "backup-damaged" | "backup-truncated" | "not-a-backup" => Exit::Damaged,
            // A key that fails its own check digits is mistyped, not wrong.
            "invalid" | "recovery-key-typo" => Exit::Invalid,
            "not-allowed" => Exit::NotAllowed,
            _ => Exit::Other,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

/// The table of exit codes, as `--help` shows it.
pub fn table() -> String {
    let mut text = String::from("Exit codes:\n");
    for exit in ALL {
        text.push_str(&format!("  {}  {}\n", exit.code(), exit.meaning()));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_code() {
        let mut codes: Vec<u8> = ALL.iter().map(|e| e.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
    }

    #[test]
    fn the_kind_comes_from_the_typed_error_even_under_context() {
        let err = anyhow::Error::new(CoreError::NotFound(shopkeeper_l10n::msg!(
            "error-not-found-customer-does-exist"
        )))
        .context("while showing");
        assert_eq!(Exit::of(&err), Exit::NotFound);
        let err = anyhow::Error::new(CoreError::invalid(
            "date",
            shopkeeper_l10n::msg!("error-date-like", text = "31.02."),
        ));
        assert_eq!(Exit::of(&err), Exit::Invalid);
        let io = std::io::Error::new(ErrorKind::NotFound, "gone");
        assert_eq!(Exit::of(&anyhow::Error::new(io)), Exit::NotFound);
        assert_eq!(Exit::of(&anyhow::anyhow!("not found")), Exit::Other);
    }
}
