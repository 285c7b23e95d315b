## Words of staff at the counter: who is working, switching person, Settings → Staff, the activity view.

staffWorking = An der Kasse
staffOwner = Inhaber
# The owner's mark in the sidebar, one or two letters.
staffOwnerInitials = I
staffSwitch = Person wechseln
staffWhoTitle = Wer steht an der Kasse?
staffWhoIntro = Tippen Sie auf Ihren Namen und geben Sie Ihre PIN ein.
staffWhoIdle = Eine Weile war es still. Tippen Sie auf Ihren Namen und geben Sie Ihre PIN ein, um weiterzumachen.
staffPin = Ihre PIN
staffOwnerPinOrPassphrase = PIN des Inhabers oder Passphrase
staffOwnerPassphrase = Die Passphrase
# Customer view's way back, for the member of staff who turned the screen.
cwUnlockStaffPin = Ihre PIN, die PIN des Inhabers oder die Passphrase
cwUnlockStaffPassphrase = Ihre PIN oder die Passphrase
staffSignIn = Weiter
staffBack = Zurück
staffCancel = Abbrechen
staffRoles =
    .owner = Inhaber
    .manager = Leitung
    .staff = Personal
staffRoleHints =
    .owner = Alles, auch Passphrase, Personal und Synchronisierung.
    .manager = Alles außer Passphrase, Personal und Synchronisierung.
    .staff = Kunden, Verkäufe, Vorlieben, Einwilligungen und Kontakte. Keine Einstellungen, kein Export vieler Kunden, kein Löschen.
staffTitle = Personal
staffIntro = Jede Person hat ihre eigene PIN, so weiß das Geschäft, wer was eingetragen hat. Die Passphrase bleibt Ihre.
staffNone = Noch niemand: Nur Sie arbeiten an der Kasse.
staffAddTitle = Person hinzufügen
staffName = Name
staffNameNeeded = Geben Sie den Namen ein.
staffRole = Rolle
staffTheirPin = PIN der Person
staffPinHint = 6 bis 12 Ziffern
staffPinAgain = Die PIN noch einmal
staffPinDigits = Eine PIN hat 6 bis 12 Ziffern.
staffPinMismatch = Die beiden PINs sind nicht gleich.
staffColour = Farbe
staffColourN = Farbe { $n }
staffAdd = Hinzufügen
staffAdded = { $name } ist hinzugefügt und kann sich mit der eigenen PIN anmelden.
staffRoleOf = Rolle von { $name }
staffRoleChanged = Die Rolle von { $name } ist geändert.
staffNewPin = Neue PIN
staffNewPinFor = Neue PIN für { $name }
staffSavePin = PIN speichern
staffPinChanged = { $name } hat eine neue PIN.
staffRemove = Entfernen
staffRemoveAsk = { $name } entfernen? Die Person kann sich dann nicht mehr anmelden; was sie eingetragen hat, behält ihren Namen.
staffRemoveYes = Entfernen
staffKeep = Behalten
staffRemoved = { $name } ist entfernt.
staffAskAfter = Nach so vielen ruhigen Minuten fragen, wer an der Kasse steht
staffAskAfterHint = 0 = nie
actTitle = Wer hat was getan
actIntro = Was jede Person eingetragen hat, das Neueste zuerst.
actPerson = Person
actOf = Was { $name } getan hat
actLoading = Wird geladen …
actNothing = Noch nichts eingetragen.
actCount = { $n ->
    [one] 1 Eintrag
   *[other] { $n } Einträge
}
actKinds =
    .sale = Verkauf
    .correction = Verkauf korrigiert
    .consent = Einwilligung
    .preference = Vorliebe
    .contact = Kontakt
    .follow-up = Nachfassen
    .erasure = Kunden gelöscht
    .export = Export
    .backup = Sicherung
    .import = Import
    .staff-added = Person hinzugefügt
    .staff-removed = Person entfernt
    .staff-role = Rolle geändert
