//! What the command line adds to an error from the core: the command or flag
//! that does the step the owner is asked to take. The core's own words name
//! no command or flag (the app says the same things with its own buttons).

use shopkeeper_core::{CoreError, Message, Step};
use shopkeeper_l10n::msg;

/// The command-line way out of `err`, when it is a core error that has one.
pub fn hint(err: &anyhow::Error) -> Option<Message> {
    let core = err.chain().find_map(|e| e.downcast_ref::<CoreError>())?;
    match core {
        CoreError::NoShop { .. } => Some(msg!("cli-hint-no-shop")),
        CoreError::Needs { step, .. } => step_hint(step),
        _ => None,
    }
}

fn step_hint(step: &Step) -> Option<Message> {
    Some(match step {
        Step::MapColumn { field } => msg!("cli-hint-map-column", field = field),
        Step::ChooseDateOrder => msg!("cli-hint-date-order"),
        Step::TurnSyncOn => msg!("cli-hint-sync-on"),
        Step::TurnSyncOff => msg!("cli-hint-sync-off"),
        Step::JoinOrChooseEmptyFolder => msg!("cli-hint-sync-join"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_error_gets_the_flag_that_answers_it() {
        let err = anyhow::Error::new(CoreError::needs(
            Step::ChooseDateOrder,
            shopkeeper_l10n::msg!("error-date-order-ambiguous"),
        ));
        assert!(hint(&err).unwrap().to_string().contains("--date-order dmy"));
        let wrapped = anyhow::Error::new(CoreError::needs(
            Step::MapColumn {
                field: "quantity".into(),
            },
            shopkeeper_l10n::msg!("error-no-column", field = "quantity"),
        ))
        .context("nothing was imported");
        assert!(hint(&wrapped)
            .unwrap()
            .to_string()
            .contains("--map COLUMN=quantity"));
        assert_eq!(hint(&anyhow::anyhow!("something else")), None);
    }
}
