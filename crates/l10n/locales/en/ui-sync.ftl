## Words of sync between the shop's computers (Settings).

syncTitle = Sync between your computers
syncOff = Sync is off — Shopkeeper uses no network.
syncOffIntro = To share this shop with another of your computers (the till and the back-office laptop, say), choose a folder that Syncthing, Nextcloud, Dropbox, a NAS share or a USB stick copies between them. Shopkeeper writes only encrypted files into it and still opens no network connection.
syncFolder = Shared folder
syncFolderHint = copied between your computers
syncChooseFolder = Choose…
syncDeviceName = This computer's name
syncDeviceNameHint = how the others will call it, e.g. Till
syncStartHeading = First computer of the shop
syncStart = Turn sync on
syncJoinHeading = Join the shop of another computer
syncCode = Pairing code
syncCodeHint = shown on the other computer
syncJoin = Join
syncBusy = Syncing… you can keep working.
syncOn = Sync is on, through the folder { $folder }. Shopkeeper still uses no network.
syncThisComputer = This computer
syncLastSync = Last sync
syncPending = Changes to send
syncWaiting = Files to apply
syncWaitingUnknown = unknown: the folder cannot be reached
syncNever = never
syncOthers = Other computers
syncNoOthers = No other computer heard from yet.
# Arguments: $name, $when, $files
syncPeer =
    { $files ->
        [one] { $name }: last change applied { $when } ({ $files } file)
       *[other] { $name }: last change applied { $when } ({ $files } files)
    }
syncNow = Sync now
syncShowCode = Show the pairing code
syncHideCode = Hide the pairing code
syncCodePassphrase = Your passphrase, to show the code again
syncCodeReveal = Show the code
syncCodeNote = Type this code on the other computer yourself. Never send it by email or message: with it and the folder, anyone can read your shop.
syncTurnOff = Turn sync off
syncTurnedOff = Sync is off. This computer's files stay in the folder for the others.
syncStarted = Sync is on. The shop was written, encrypted, to the folder.
syncJoined = This computer has joined the shop.
syncReportNothing = Nothing new from the other computers, nothing to send.
# Arguments: $files, $changes
syncReportApplied =
    { $files ->
        [one] { $files } file from the other computers applied ({ $changes ->
            [one] { $changes } change
           *[other] { $changes } changes
        }).
       *[other] { $files } files from the other computers applied ({ $changes ->
            [one] { $changes } change
           *[other] { $changes } changes
        }).
    }
syncReportSent =
    { $changes ->
        [one] { $changes } change written for the other computers.
       *[other] { $changes } changes written for the other computers.
    }
syncReportConflicts =
    { $n ->
        [one] { $n } conflict resolved: the later change was kept.
       *[other] { $n } conflicts resolved: the later change was kept.
    }
syncConflictsHeading = Recent conflicts resolved
syncNoConflicts = No conflicts so far.
# Arguments: $what, $detail, $kept, $keptFrom, $lost, $lostFrom
syncConflict = { $what }, { $detail }: kept “{ $kept }” from { $keptFrom }, not “{ $lost }” from { $lostFrom }.
syncEmpty = (empty)
