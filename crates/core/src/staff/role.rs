//! Roles and what each may do: one table ([`Role::may`]), checked by core
//! before every guarded operation ([`Shop::require`]).

use crate::kinds::text_enum;
use crate::{CoreError, Result, Shop};

text_enum!(
    /// What a person may do in the shop.
    Role, "role" {
        /// Everything.
        Owner = "owner",
        /// Everything but the vault, the staff and sync.
        Manager = "manager",
        /// The counter: customers, sales, preferences, consent, contacts,
        /// suggestions, one customer's summary.
        Staff = "staff",
    }
);

text_enum!(
    /// A kind of operation core guards.
    Permission, "permission" {
        /// Customers, sales, preferences, consent, contacts, suggestions,
        /// one customer's summary: the counter's work.
        Counter = "counter",
        /// Exporting or printing many customers at once, or the whole shop.
        ExportMany = "export-many",
        /// Erasing a customer, and choosing whom the shop keeps.
        Erase = "erase",
        /// Restoring a backup, importing a file, undoing an import.
        Restore = "restore",
        /// The shop's settings, catalog, wordings, templates, backups,
        /// merges, and who did what.
        Settings = "settings",
        /// The vault's passphrase, recovery key and the owner's PIN.
        Vault = "vault",
        /// The staff: people, their roles and PINs.
        Staff = "staff",
        /// Sync between the shop's computers.
        Sync = "sync",
    }
);

impl Role {
    /// Whether this role may do what `permission` guards: the one table.
    pub fn may(self, permission: Permission) -> bool {
        use Permission as P;
        match self {
            Role::Owner => true,
            Role::Manager => !matches!(permission, P::Vault | P::Staff | P::Sync),
            Role::Staff => matches!(permission, P::Counter),
        }
    }
}

impl Shop {
    /// Refuses, with [`CoreError::NotAllowed`], when the person working now
    /// may not do what `permission` guards.
    pub fn require(&self, permission: Permission) -> Result<()> {
        let working = self.working();
        if working.role().may(permission) {
            return Ok(());
        }
        Err(CoreError::NotAllowed {
            role: working.role(),
            permission,
        })
    }
}
