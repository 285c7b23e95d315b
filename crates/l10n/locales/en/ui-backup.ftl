## Words of backups: status, the automatic schedule, backing up and restoring.

bkTitle = Backups
bkLast = Last backup: { $when }
bkNever = never
bkJustNow = just now
bkReminder = Time for a backup: a copy on a USB stick keeps your customers safe if this computer fails.
bkProblem = Something went wrong last time: { $p }
bkNoRecovery = Backups open with your passphrase. Show a new emergency kit once so that they also open with the recovery key.
bkFolder = Backup folder
bkFolderHint = a USB stick or another drive is best
bkChooseFolder = Choose…
bkOnClose = Back up when Shopkeeper closes
bkDaily = Back up once a day while Shopkeeper is open
bkRemindDays = Remind me when the last backup is older than this many days
bkSaveSchedule = Save backup settings
bkNow = Back up now
bkBusy = Backing up… you can keep working.
bkToFile = Save a copy as…
# Arguments: $path, $removed
bkDone =
    { $removed ->
        [0] Backed up to { $path }.
        [one] Backed up to { $path }. { $removed } older backup was tidied away.
       *[other] Backed up to { $path }. { $removed } older backups were tidied away.
    }
bkKeep = Keeps 7 daily, 4 weekly and 12 monthly backups in the folder.
bkRestoreTitle = Restore from a backup
bkRestoreIntro = A backup is restored into a new file next to your shop; your current shop is not touched until you switch.
bkRestoreFile = Backup file
bkChooseFile = Choose…
bkUseRecoveryKey = I only have the recovery key
bkUsePassphrase = I know the backup's passphrase
bkRestoreKey = Recovery key (from the emergency kit)
bkRestoreNewPassphrase = New passphrase for the restored copy
bkRestoreNewPassphraseAgain = New passphrase again
bkRestorePassphrase = The backup's passphrase (your shop's passphrase when it was made)
bkRestore = Restore into a new copy
bkRestoring = Restoring… this can take a minute.
bkRestored = Restored. Here is what the copy contains:
bkErasuresApplied =
    { $n ->
        [one] { $n } customer erased since this backup was made has been erased from the copy too.
       *[other] { $n } customers erased since this backup was made have been erased from the copy too.
    }
bkShop = Shop
bkMade = Backup made
bkCustomers = Customers
bkPurchases = Purchases
bkLastPurchase = Last purchase
bkNone = none
bkCopyAt = New copy
bkSwitch = Switch to this copy
bkSwitchHint = Your current shop file is kept, renamed with today's date; nothing is deleted. Shopkeeper locks and opens the copy with the same passphrase.
bkSwitched = Switched. Your previous shop file is kept as { $kept }.
bkNewKitForCopy = The copy has its own recovery key. Print or save its emergency kit:
