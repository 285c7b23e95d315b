bkTitle = Sicherungen
bkLast = Letzte Sicherung: { $when }
bkNever = noch nie
bkJustNow = gerade eben
bkReminder = Zeit für eine Sicherung: Eine Kopie auf einem USB-Stick schützt Ihre Kundenkartei, falls dieser Computer ausfällt.
bkProblem = Beim letzten Mal ging etwas schief: { $p }
bkNoRecovery = Sicherungen öffnen sich mit Ihrer Passphrase. Lassen Sie sich einmal ein neues Notfall-Kit anzeigen, damit sie sich auch mit dem Wiederherstellungsschlüssel öffnen.
bkFolder = Sicherungsordner
bkFolderHint = am besten ein USB-Stick oder ein anderes Laufwerk
bkChooseFolder = Auswählen…
bkOnClose = Beim Schließen von Shopkeeper sichern
bkDaily = Einmal täglich sichern, solange Shopkeeper offen ist
bkRemindDays = Erinnern, wenn die letzte Sicherung so viele Tage alt ist
bkSaveSchedule = Sicherungseinstellungen speichern
bkNow = Jetzt sichern
bkBusy = Wird gesichert… Sie können weiterarbeiten.
bkToFile = Kopie speichern unter…
bkDone = { $removed ->
    [0] Gesichert in { $path }.
    [one] Gesichert in { $path }. 1 ältere Sicherung wurde aufgeräumt.
   *[other] Gesichert in { $path }. { $removed } ältere Sicherungen wurden aufgeräumt.
}
bkKeep = Im Ordner bleiben 7 tägliche, 4 wöchentliche und 12 monatliche Sicherungen.
bkRestoreTitle = Aus einer Sicherung wiederherstellen
bkRestoreIntro = Eine Sicherung wird in eine neue Datei neben Ihrem Geschäft wiederhergestellt; Ihr jetziges Geschäft bleibt unberührt, bis Sie wechseln.
bkRestoreFile = Sicherungsdatei
bkChooseFile = Auswählen…
bkUseRecoveryKey = Ich habe nur den Wiederherstellungsschlüssel
bkUsePassphrase = Ich kenne die Passphrase der Sicherung
bkRestoreKey = Wiederherstellungsschlüssel (aus dem Notfall-Kit)
bkRestoreNewPassphrase = Neue Passphrase für die wiederhergestellte Kopie
bkRestoreNewPassphraseAgain = Neue Passphrase wiederholen
bkRestorePassphrase = Passphrase der Sicherung (die Passphrase Ihres Geschäfts, als sie erstellt wurde)
bkRestore = In eine neue Kopie wiederherstellen
bkRestoring = Wird wiederhergestellt… das kann eine Minute dauern.
bkRestored = Wiederhergestellt. Das steckt in der Kopie:
bkErasuresApplied = { $n ->
    [one] 1 Kunde, der nach dieser Sicherung gelöscht wurde, ist auch aus der Kopie gelöscht.
   *[other] { $n } Kunden, die nach dieser Sicherung gelöscht wurden, sind auch aus der Kopie gelöscht.
}
bkShop = Geschäft
bkMade = Erstellt am
bkCustomers = Kunden
bkPurchases = Einkäufe
bkLastPurchase = Letzter Einkauf
bkNone = keiner
bkCopyAt = Neue Kopie
bkSwitch = Zu dieser Kopie wechseln
bkSwitchHint = Ihre jetzige Geschäftsdatei bleibt erhalten, umbenannt mit dem heutigen Datum; nichts wird gelöscht. Shopkeeper sperrt und öffnet die Kopie mit derselben Passphrase.
bkSwitched = Gewechselt. Ihre bisherige Geschäftsdatei liegt jetzt unter { $kept }.
bkNewKitForCopy = Die Kopie hat einen eigenen Wiederherstellungsschlüssel. Drucken oder speichern Sie ihr Notfall-Kit:
