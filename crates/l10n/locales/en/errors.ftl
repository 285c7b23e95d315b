# Errors the core reports, as the owner reads them.
error-quantity-quantity-too-large = That quantity is too large.
error-quantity-quantity-zero = A quantity cannot be zero.
error-quantity-negative-quantity-only = A negative quantity is only allowed on a return; mark the line as a return.
error-quantity-returned-item-needs = A returned item needs a negative quantity (e.g. -1 or -0.5).
error-quantity-quantity = "{ $shown }" is not a quantity: { $why }.
error-demo-there-already-file = There is already a file at { $path }; the demo needs a place of its own.
error-customers-choose-customers-years = Choose 1 to 1,000,000 customers and 1 to 50 years.
error-demo-shop-already-has = This shop already has customers; create the demo in a new, empty shop.
error-state-choose-yes = Choose yes or no.
error-choices-tick-least-one = Tick at least one yes or no from the form.
error-signed-on-form-have-been = The form cannot have been signed in the future.
error-not-found-preference-does-exist = That preference does not exist (or was removed).
error-pin-pin-must-digits = The PIN must be { $min_pin_digits } to { $max_pin_digits } digits, numbers only.
error-pin-pin-could-protected = The PIN could not be protected: { $e }
error-line-nothing-was = Line { $line }: { $reason } Nothing was added.
error-to-already-exists-shopkeeper = { $new_vault } already exists. Shopkeeper restores only into a new file and never overwrites one; choose another name.
error-empty = { $what } cannot be empty.
error-too-long-characters = This { $field } is too long ({ $v } characters); the most Shopkeeper keeps is { $max }. Shorten it or keep long documents elsewhere.
error-language-code-write = "{ $value }" is not a language code; write it short, such as en, de or pt-br.
error-restore-customer-was-erased = A customer was erased after this copy was restored, and the copy still holds them. Restore the backup again, so that they stay erased; the copy was not switched to.
error-channel-way-contacting-someone = "{ $text }" is not a way of contacting someone; use one of: { $names }, { $in_person }.
error-summary-say-briefly-what = Say briefly what the contact was about.
error-customer-customer-merged-with = A customer cannot be merged with themselves.
error-purchase-purchase-already-void = That purchase is already void.
error-reason-say-why-purchase = Say why the purchase is voided.
error-purchase-voided-purchase-corrected = A voided purchase cannot be corrected.
error-lines-purchase-needs-lines = A purchase needs 1 to { $max_lines } lines.
error-correction-nothing-correct-purchase = Nothing to correct: the purchase already says that.
error-relation-customer-linked-themselves = A customer cannot be linked to themselves.
error-not-found-household-link-customer = That household link is not on this customer any more; reload the customer to see the current links.
error-phone-does-look-like = "{ $typed }" does not look like a phone number: use digits, spaces and + - ( ) only.
error-region-country-code-use = "{ $code }" is not a country code; use two letters such as GB, DE or NO.
error-interval-must-between = An interval must be between 1 and 3650 days.
error-price-price-negative = A price cannot be negative.
error-sku-product-with-sku = A product with SKU "{ $sku }" already exists.
error-not-found-product-catalog = That product is not in the catalog.
error-format-several-customers-only = Several customers can only go into one PDF (one per page); for HTML or Markdown export one customer at a time.
error-not-found-promise-does-exist = That promise does not exist for this customer.
error-retention-years-years-retention-period = { $y } years is not a retention period Shopkeeper accepts; choose 1 to { $max_years } years.
error-retention-years-retention-rule-off = The retention rule is off, so there is nothing to keep a customer from. Turn it on first.
error-path-shopkeeper-could-write = Shopkeeper could not write { $path } ({ $reason }); nothing was written. Choose a folder you can write to.
error-path-give-file-name = Give the file a name ending in .pdf, .html or .md so Shopkeeper knows which kind to write.
error-folder-there-folder-plug = There is no folder at { $folder }. Plug in the drive or choose another folder.
error-reminder-must-come = The reminder must come after 1 to 365 days.
error-folder-there-are-already = There are already many backups from this hour. Try again later.
error-not-found-restored-copy-longer = The restored copy { $restored } is no longer there.
error-not-found-shop-has-file = This shop has no file: it lives only in memory.
error-file-file-larger-than = The file is larger than the { $mib } MiB Shopkeeper reads for this import. Nothing was imported.
error-file-file-could-read = The file { $path } could not be read ({ $e }). Nothing was imported.
error-file-file-utf-text = The file is not UTF-8 text. Nothing was imported.
error-passphrase-passphrase-would-too = This passphrase would be too easy to guess. { $advice }
error-confirmation-two-passphrases-are = The two passphrases are not the same. Please type it again.
error-not-found-emergency-kit-longer = The emergency kit is no longer in memory: it is shown only once, when the shop is created.
error-text-wording-empty = The wording cannot be empty.
error-auto-lock-minutes-locking-after-quiet = Locking after a quiet spell must be set between 1 minute and 8 hours.
error-currency-currency-stays-purchases = The currency stays { $before }: { $purchases } purchases are recorded in it, and changing it would change what they were worth.
error-period-days-period-must-between = The period must be between 1 and 3650 days.
error-max-contacts-most-contacts-per = At most 100 contacts per period can be set.
error-date-like = "{ $text }" is not a date like 2024-03-31.
error-sku-there-product-with = There is no product with SKU "{ $sku }".
error-description-each-line-needs = Each line needs a product or a description.
error-unit-price-each-line-needs = Each line needs a price.
error-unit-price-price-negative-use = A price cannot be negative; use a return line for refunds.
error-discount-discount-must-between = A discount must be between zero and the line's price, and returns take none.
error-lines-purchase-needs-least = A purchase needs at least one line.
error-lines-purchase-have-most = A purchase can have at most { $max_lines } lines.
error-not-found-purchase-does-exist = That purchase does not exist.
error-name-customer-needs-name = A customer needs a name.
error-customer-have-most = A customer can have at most { $max_items } of these.
error-email-does-look-like = "{ $email }" does not look like an email address (like name@example.com).
error-customer-more-than-one = More than one customer is called "{ $w }"; use their id or reference.
error-not-found-customer-matches-use = No customer matches "{ $w }". Use their id, reference, email, phone or exact name.
error-not-found-customer-does-exist = That customer does not exist (or was deleted).
error-not-found-customer-does-exist-2 = That customer does not exist or was already erased.
error-date-like-when = "{ $t }" is not a date like 1980-04-23, or 04-23 when the year is unknown.
error-real-date = { $value } is not a real date.
error-customer-ref-another-customer-already = Another customer already has the reference "{ $r }".
error-currency-amount-but-shop = "{ $value }" is an amount in { $hint }, but this shop uses { $currency }; enter amounts in { $currency2 }.
error-amount-amount-too-large = That amount is too large.
error-amount-amount-write-amounts = "{ $shown }" is not an amount: { $why }. Write amounts like 12.50, 1,234.56 or 1.234,56 €.
error-currency-currency-code-use = "{ $code }" is not a currency code; use three letters such as EUR, GBP or USD.
error-currency-amounts-mixed-enter = Amounts in { $value } and { $other } cannot be mixed; enter every amount in { $value2 }.
error-key-suggestion-about-another = This suggestion is about another customer; open that customer, or copy the key again.
error-undo-nothing = There is nothing to undo for this suggestion: it was not snoozed or dismissed (a follow-up marked done stays in the contact log).
error-key-suggestion-was-already = This suggestion was already marked { $action }; there is nothing more to do.
error-key-promise-already = This promise is already { $p }.
error-key-promise-key-does = This promise key does not name a promise; copy it from the list of suggestions.
error-until-snooze-until-day = Snooze until a day after today; { $until } has already come.
error-kind-suggestion-suggestion-nothing = This suggestion is a { $parts } suggestion, not { $kind }; nothing was dismissed.
error-not-found-suggestions-were-turned = { $kind } suggestions were not turned off for this customer.
error-key-which-suggestion-key = Which suggestion? The key is empty; copy it from the list of suggestions.
error-key-suggestion-key-keys = "{ $key }" is not a suggestion key. Keys look like "replenishment-due:<customer id>:…"; copy one from the list of suggestions.
error-closed-with-placeholders = A "{"{"}" is not closed with "{"}"}". Placeholders look like {"{"}first_name{"}"}; this message can use { $list }.
error-placeholder-message-use = {"{"}{ $name }{"}"} is not a placeholder a { $kind } message can use; use one of { $list }.
error-body-message-empty = The message cannot be empty.
error-link-only-contact-links = Only links to mail, messages, a call, WhatsApp or Signal can be opened from a draft.
error-link-no-app = This customer cannot be reached that way: they allowed another channel, or their record has no address or number for it.
error-not-found-there-saved-template = There is no saved { $language } template for { $kind } messages, so there is nothing to reset.
error-as-of-backtest = Cannot backtest at { $as_of }: { $e }.
error-export-stored-value-damaged = A stored value in { $table }.{ $column } is damaged, so the export was stopped; nothing was written. Check the shop's file for damage, and restore a backup if it is damaged.
error-file-nothing-was-imported = { $message } Nothing was imported.
error-vcard-file-holds-vcards = This file holds no vCards (no BEGIN:VCARD line). Nothing was imported; choose a .vcf file exported from an address book.
error-folder-file-folder-choose = { $folder } is a file, not a folder. Choose the shared folder itself.
error-folder-sync-folder-reached = The sync folder { $folder } cannot be reached (is the USB stick plugged in, or the shared folder connected?). Nothing was synced; your changes stay on this computer until it can be reached.
error-folder-sync-folder-read = The sync folder { $folder } cannot be read ({ $e }).
error-folder-sync-folder-already = The sync folder already has a change file named { $path }, which this computer did not write. Was this shop's file copied to another computer with sync on? Turn sync off on this computer and join again with the pairing code.
error-sync-change-could-read = A change to { $table } could not be read; it was skipped.
error-folder-shop-shared-yet = No shop is shared in { $folder } yet. Turn sync on on the first computer with this folder, wait until the folder has been copied here, then join.
error-code-pairing-code-does = This pairing code does not open the change files in this folder: it belongs to another shop, or the folder is another shop's. Check the code and the folder.
error-code-pairing-code-has = A pairing code has only digits and letters; "{ $c }" is not one of them. Check the code on the first computer.
error-code-pairing-code-has-2 = A pairing code has { $code_chars } letters and digits; this one has { $values }. Check the code on the first computer.
error-code-pairing-code-has-3 = This pairing code has a typing mistake (its last two characters do not match the rest). Check it against the first computer's screen.
error-line-total-purchase-s-total = The purchase's total is too large.
error-currency-row-shop = This row is in { $code }, the shop in { $value }.
error-quantity-row-has-quantity = The row has no quantity.
error-line-total-row-has-neither = The row has neither a line total nor a unit price.
error-quantity-negative-quantity-only-2 = A negative quantity is only allowed on a return, whose total is negative too.
error-product-each-row-needs = Each row needs a SKU or a product name.
error-line-total-line-s-total = The line's total is too large.
error-import-import-was-already = This import was already undone on { $at }.
error-import-since-been-given = { $count ->
        [one] 1 customer this import added has
       *[other] { $count } customers this import added have
    } since been given other purchases, notes, preferences, consent or contacts by hand; undoing the import would lose them. Nothing was changed.
error-not-found-there-import = There is no import { $id }.
error-file-file-could-read-2 = The file could not be read: { $e }.
error-file-line-valid-csv = This line is not valid CSV (or not UTF-8 text).
error-file-file-has-readable = The file has no readable header: { $e }.
error-map-field-use-one = "{ $field }" is not a field; use one of: { $fields }, or { $ignore }.
error-layout-known-layout-use = "{ $name }" is not a known layout; use one of: { $layouts }.
error-date-order-date-order-use = "{ $s }" is not a date order; use dmy, mdy or ymd.
error-date-date-like = "{ $shown }" is not a date like 2024-03-31, 31.03.2024 or 03/31/2024.
error-customer-name-new-customer-needs = A new customer needs a name or a reference.
error-recovery-key-typo = { $why }
error-no-column = The file has no "{ $field }" column. Say which column holds it, or rename the column.
error-date-order-ambiguous = Every date in this file reads both day-first and month-first (03/04/2024 could be 3 April or 4 March). Say which order the file uses.
error-sync-key-damaged = The stored sync key is damaged. Turn sync off and join again with the pairing code.
error-sync-signing-key-damaged = This computer's signing key is missing or damaged. Turn sync off and join again with the pairing code.
error-sync-off-no-code = Sync is off, so there is no pairing code.
error-sync-file-too-large = This computer's changes make a change file larger than the { $mib } MiB the others would read; nothing was written.
error-sync-unknown-table = { $table } is not a synced table.
error-sync-already-on = Sync is already on, with the folder { $folder }. To use another folder, turn sync off first.
error-sync-folder-has-shop = { $folder } already holds a shop's change files. To join that shop, type the pairing code shown on one of its computers; to start afresh, choose an empty folder.
error-sync-off = Sync is off. Turn it on first.
error-date-not-in-format = "{ $text }" is not a date in the format { $format }.
error-date-like-with-time = "{ $text }" is not a date like 2024-03-31 or 2024-03-31 14:05.
error-not-an-id = "{ $text }" is not { $what ->
        [customer] a customer
        [preference] a preference
        [product] a product
        [purchase] a purchase
        [consent-entry] a consent entry
        [contact] a contact
        [household-link] a household link
        [promise] a promise
        [import] an import
       *[other] an
    } id.
error-not-a-known = "{ $text }" is not a known { $field ->
        [reason] reason
        [kind] kind
        [relation] relation
        [channel] channel
        [purpose] purpose
        [state] state
        [status] status
        [sort] sort
        [messages] messages
        [category] category
        [source] source
       *[other] { $field }
    }; use one of: { $names }.
error-vcard-line-too-long = In this vCard file, line { $line } is longer than { $mib } MiB, the most a line other than a photo may hold. Nothing was imported.
error-currency-file-shop-import = { $purchases ->
        [0] The file is in { $file }, the shop in { $shop }. Import only files in the shop's currency (a new shop takes the file's currency when the file names exactly one).
       *[other] The file is in { $file }, the shop in { $shop }. Import only files in the shop's currency.
    }
error-line-total-mismatch = The line total { $given } does not match { $quantity } × { $unit_price } = { $total }.
error-line-total-mismatch-discount = The line total { $given } does not match { $quantity } × { $unit_price } − { $discount } = { $total }.
error-unit-price-times-quantity = The unit price { $unit } times the quantity { $quantity } is { $expected }, but the line total is { $total }.
error-unit-price-times-quantity-discount = The unit price { $unit } times the quantity { $quantity } less the discount { $discount } is { $expected }, but the line total is { $total }.
error-location = Shopkeeper could not open its data file at { $path }: { $reason }. Choose a folder you can write to.
error-too-new = This shop was saved by a newer version of Shopkeeper (data version { $found }, this version reads up to { $supported }). Please update Shopkeeper.
error-migration = Shopkeeper could not update this shop's data from version { $from } to version { $to }, so it left the file exactly as it was. Please keep the file and report the problem; the previous version of Shopkeeper still opens it.
error-no-shop = There is no shop at { $path }.
error-storage = The shop's data could not be read or written. Your data was not changed.
error-vault-wrong-passphrase = The passphrase is not right. Nothing was changed.
error-vault-recovery-key-typo = The recovery key has a typing mistake. Please check each group of characters.
error-vault-not-a-vault = This file is not a Shopkeeper vault.
error-vault-newer-version = This vault was made by a newer version of Shopkeeper.
error-vault-damaged = This file is damaged or was tampered with.
error-vault-kdf-out-of-bounds = This vault asks for unlock settings that are out of bounds; it may have been tampered with.
error-vault-already-exists = A file already exists there; Shopkeeper will not overwrite it.
error-vault-bad-path = This file location cannot be used by Shopkeeper.
error-vault-io = The vault file could not be read or written: { $reason }
error-vault-sqlite = The database inside the vault reported a problem: { $reason }
error-backup-not-a-backup = This file is not a Shopkeeper backup, or it was damaged in copying. Try another copy.
error-backup-newer-version = This backup was made by a newer version of Shopkeeper. Update Shopkeeper to open it.
error-backup-wrong-passphrase = The passphrase is not right for this backup.
error-backup-wrong-recovery-key = The recovery key is not right for this backup.
error-backup-no-recovery-slot = This backup was made without a recovery key. Use its passphrase instead.
error-backup-invalid-recovery-key = The recovery key has the wrong length.
error-backup-kdf-out-of-bounds = This backup asks for unlock settings that are out of bounds; it may have been tampered with.
error-backup-truncated = This backup is incomplete: it ends too early, as if the backup or a copy of it was interrupted. Try another copy.
error-backup-damaged = This backup is damaged: some of its contents were changed or are missing. Try another copy.
error-backup-already-exists = A file already exists there; Shopkeeper will not overwrite it.
error-backup-bad-path = This file location cannot be used for a backup.
error-backup-target-not-empty = The database to restore into is not empty; Shopkeeper restores only into a new, empty database.
error-backup-page-size-mismatch = The new database was set up in a way that does not fit this backup (page size differs).
error-backup-restore-check-failed = The restored database did not pass its check. The backup may have been made from a damaged shop; keep using the current one.
error-backup-busy = The shop database is busy; try the backup again in a moment.
error-backup-io = The backup file could not be read or written: { $reason }
error-backup-sqlite = The shop database reported a problem: { $reason }
error-summary-no-customers = There is no customer to put in the summary.
error-summary-main-font-missing = The main font for the summary is not installed (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts).
error-summary-arabic-font-missing = The font for Arabic names is not installed (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-arabic-fonts).
error-summary-cjk-font-missing = The font for Chinese, Japanese and Korean names is not installed (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts).
error-summary-font-unreadable = The font file { $path } could not be read. Reinstall the package it came with.
error-summary-pdf = The PDF could not be written ({ $reason }). This is a bug in Shopkeeper; please report it.
error-not-chosen = Shopkeeper saves only to a file you chose in the save dialog just now. Choose where to save it again.
error-too-many-tries = Too many wrong tries. Try again in { $seconds } seconds.
error-desk-locked = Shopkeeper is locked. Unlock it with your passphrase.
error-desk-in-customer-view = The screen is in Customer view. The owner must unlock it first.
error-desk-customer-view-ended = Thank you. Please hand the screen back to the shop.
error-desk-customer-view-off = Customer view is not on.
error-desk-wrong-secret = That is not the owner's PIN or passphrase.
error-desk-demo-without-pin = Only the owner's PIN or passphrase gives the screen back after Customer view, and the demo shop has neither. Try Customer view in your own shop.
error-desk-suggestion-gone = That suggestion is no longer on the list. Open Today again to see the current ones.
error-desk-no-restored-copy = There is no restored copy to switch to. Restore a backup first.
error-desk-backup-busy = A backup is already being made. It will be done in a moment.
error-not-days = "{ $text }" is not a number of days; write it like 30.
error-place-unusable = Shopkeeper cannot use that place: { $reason }. Choose a file on this computer.
error-contact-app = The app for this link could not be opened ({ $reason }). Copy the message instead.
error-work-stopped = The work stopped unexpectedly: { $reason }
error-preferred-days-day = "{ $day }" is not a day.
error-not-found-there-import-see = there is no import { $id } (see `shopkeeper import list`)
error-folder-choose-folder-backups = Choose a folder for backups first (a USB stick or another drive is best).
error-folder-choose-shared-folder = Choose the shared folder (one that Syncthing, Nextcloud, Dropbox or a NAS copies between your computers).
error-path-file-could-opened = The file { $path } could not be opened: { $e }.

## Staff at the counter
error-staff-wrong-pin = That PIN is not right. Try again, or ask the owner to set a new one.
error-not-found-staff = That person is not on the staff.
error-not-found-staff-named = Nobody on the staff is called “{ $name }”. The owner can add them in Settings → Staff.
error-staff-pin-short = A staff PIN must have at least { $min } digits.
error-staff-colour = “{ $text }” is not a colour; use the form #3a7d5c.
error-staff-initials = Initials are one to four letters.
error-staff-name-taken = Somebody on the staff is already called “{ $name }”; add a surname or an initial.
error-not-allowed = { $permission ->
    [export-many] Exporting or printing many customers at once
    [erase] Erasing or deleting customers
    [restore] Restoring a backup or importing a file
    [settings] Changing the shop’s settings
    [vault] Changing the passphrase, the recovery key or the owner’s PIN
    [staff] Adding or changing staff
    [sync] Turning sync on or off
   *[counter] This
} is not for the { $role ->
    [manager] manager
   *[staff] staff
} role. Ask the owner to do it, or to give you another role.

## Staff at the counter: the app
error-staff-ask-minutes = Asking who is at the counter must be set between 1 minute and { $max } minutes, or turned off.
