syncTitle = Abgleich zwischen Ihren Computern
syncOff = Der Abgleich ist aus – Shopkeeper nutzt kein Netzwerk.
syncOffIntro = Um dieses Geschäft mit einem weiteren Ihrer Computer zu teilen (etwa Kasse und Laptop im Büro), wählen Sie einen Ordner, den Syncthing, Nextcloud, Dropbox, eine NAS-Freigabe oder ein USB-Stick zwischen ihnen kopiert. Shopkeeper schreibt nur verschlüsselte Dateien hinein und baut weiterhin keine Netzwerkverbindung auf.
syncFolder = Gemeinsamer Ordner
syncFolderHint = wird zwischen Ihren Computern kopiert
syncChooseFolder = Auswählen…
syncDeviceName = Name dieses Computers
syncDeviceNameHint = so heißt er bei den anderen, z. B. Kasse
syncStartHeading = Erster Computer des Geschäfts
syncStart = Abgleich einschalten
syncJoinHeading = Dem Geschäft eines anderen Computers beitreten
syncCode = Kopplungscode
syncCodeHint = wird auf dem anderen Computer angezeigt
syncJoin = Beitreten
syncBusy = Wird abgeglichen… Sie können weiterarbeiten.
syncOn = Der Abgleich ist an, über den Ordner { $folder }. Shopkeeper nutzt weiterhin kein Netzwerk.
syncThisComputer = Dieser Computer
syncLastSync = Letzter Abgleich
syncPending = Zu sendende Änderungen
syncWaiting = Zu übernehmende Dateien
syncWaitingUnknown = unbekannt: Der Ordner ist nicht erreichbar
syncNever = noch nie
syncOthers = Andere Computer
syncNoOthers = Von keinem anderen Computer bisher etwas gehört.
syncPeer = { $files ->
    [one] { $name }: letzte Änderung übernommen { $when } (1 Datei)
   *[other] { $name }: letzte Änderung übernommen { $when } ({ $files } Dateien)
}
syncNow = Jetzt abgleichen
syncShowCode = Kopplungscode anzeigen
syncHideCode = Kopplungscode verbergen
syncCodePassphrase = Ihre Passphrase, um den Code noch einmal anzuzeigen
syncCodeReveal = Code anzeigen
syncCodeNote = Tippen Sie diesen Code selbst auf dem anderen Computer ein. Schicken Sie ihn nie per E-Mail oder Nachricht: Wer ihn und den Ordner hat, kann Ihr Geschäft lesen.
syncTurnOff = Abgleich ausschalten
syncTurnedOff = Der Abgleich ist aus. Die Dateien dieses Computers bleiben für die anderen im Ordner.
syncStarted = Der Abgleich ist an. Das Geschäft wurde verschlüsselt in den Ordner geschrieben.
syncJoined = Dieser Computer ist dem Geschäft beigetreten.
syncReportNothing = Nichts Neues von den anderen Computern, nichts zu senden.
syncReportApplied = { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
} von den anderen Computern übernommen ({ $changes ->
    [one] 1 Änderung
   *[other] { $changes } Änderungen
}).
syncReportSent = { $changes ->
    [one] 1 Änderung
   *[other] { $changes } Änderungen
} für die anderen Computer geschrieben.
syncReportConflicts = { $n ->
    [one] 1 Konflikt gelöst: Die spätere Änderung wurde behalten.
   *[other] { $n } Konflikte gelöst: Die spätere Änderung wurde jeweils behalten.
}
syncConflictsHeading = Zuletzt gelöste Konflikte
syncNoConflicts = Bisher keine Konflikte.
syncConflict = { $what }, { $detail }: „{ $kept }“ von { $keptFrom } behalten, nicht „{ $lost }“ von { $lostFrom }.
syncEmpty = (leer)
