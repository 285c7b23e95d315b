//! What the command line adds to an error from the core: the command or flag
//! that does the step the owner is asked to take. The core's own words name
//! no command or flag (the app says the same things with its own buttons).

use shopkeeper_core::{CoreError, Step};

/// The command-line way out of `err`, when it is a core error that has one.
pub fn hint(err: &anyhow::Error) -> Option<String> {
    let core = err.chain().find_map(|e| e.downcast_ref::<CoreError>())?;
    match core {
        CoreError::NoShop { .. } => Some(
            "Create one first (shopkeeper vault init), or choose another file with --vault."
                .to_string(),
        ),
        CoreError::Needs { step, .. } => step_hint(step),
        _ => None,
    }
}

fn step_hint(step: &Step) -> Option<String> {
    Some(match step {
        Step::MapColumn { field } => format!("Use --map COLUMN={field} to say which column it is."),
        Step::ChooseDateOrder => "Say which with --date-order dmy or --date-order mdy.".to_string(),
        Step::TurnSyncOn => "Turn it on with: shopkeeper sync enable --folder DIR".to_string(),
        Step::TurnSyncOff => "Turn it off with: shopkeeper sync disable".to_string(),
        Step::JoinOrChooseEmptyFolder => {
            "To join: shopkeeper sync enable --folder DIR --join CODE".to_string()
        }
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
        assert!(hint(&err).unwrap().contains("--date-order dmy"));
        let wrapped = anyhow::Error::new(CoreError::needs(
            Step::MapColumn {
                field: "quantity".into(),
            },
            shopkeeper_l10n::msg!("error-no-column", field = "quantity"),
        ))
        .context("nothing was imported");
        assert!(hint(&wrapped).unwrap().contains("--map COLUMN=quantity"));
        assert_eq!(hint(&anyhow::anyhow!("something else")), None);
    }
}
