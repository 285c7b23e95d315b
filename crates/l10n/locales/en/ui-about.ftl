## Words of the About window (reachable from Settings and the Ctrl+K palette).

aboutTitle = About Shopkeeper
aboutOpen = About Shopkeeper…
aboutSettingsHeading = About
aboutSettingsText = Shopkeeper { $version }: where your data lives, the network, the licence.
aboutPaletteDetail = Version, data, licence
aboutPaletteGroup = More
aboutVersion = Version { $version }
aboutDataHeading = Where your data lives
aboutDataText = Your whole customer book is in this one encrypted file on this computer:
aboutCopyText = Before an update changes how your data is stored, Shopkeeper first keeps a copy of this file beside it, still encrypted, named like
aboutCopyAfter = It opens with the passphrase you had when it was made.
aboutNetworkHeading = The network
aboutNoNetwork = Shopkeeper uses no network.
aboutSync =
    { $on ->
        [true] Sync: on, through a shared folder.
       *[false] Sync: off.
    }
aboutLicenceHeading = Licence
aboutLicenceText = Free software under { $licence }.
aboutLicenceOr = or
aboutFormatsHeading = File formats
aboutFormats = Version of each kind of file this Shopkeeper writes:
aboutSchema = Data in the vault
aboutVaultFormat = Vault file
aboutBackupFormat = Backups
aboutClose = Close
aboutLoading = Looking…
aboutFailed = Shopkeeper could not say: { $message }
