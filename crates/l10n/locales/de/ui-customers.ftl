customers = Kunden
addCustomer = Neuen Kunden anlegen
name = Name
email = E-Mail
phone = Telefon
optional = optional
save = Neuen Kunden speichern
saving = Wird gespeichert…
noCustomers = Noch keine Kunden. Legen Sie den ersten mit dem Formular oben an.
customerCount = { $n ->
    [one] 1 Kunde
   *[other] { $n } Kunden
}
added = { $name } wurde angelegt.
loadFailed = Die Kundenliste konnte nicht geladen werden.
listNew = Neuer Kunde
listNewHint = Neuen Kunden anlegen (Strg+N)
listCloseForm = Formular schließen
listFind = Suchen
listFindPlaceholder = Name, E-Mail, Telefon, Notiz, Artikel…
listTag = Schlagwort
listVisit = Letzter Besuch
listVisits =
    .any = Jederzeit
    .within-30 = In den letzten 30 Tagen
    .within-90 = In den letzten 3 Monaten
    .within-365 = Im letzten Jahr
    .away-60 = Seit 2 Monaten oder länger nicht
    .away-180 = Seit 6 Monaten oder länger nicht
    .away-365 = Seit einem Jahr oder länger nicht
listSpent = Mindestumsatz ({ $currency })
listSpentInvalid = Geben Sie einen Betrag wie 50 oder 12,50 ein.
listMessages = Dürfen wir schreiben?
listMessageChoices =
    .any = Alle
    .may-message = Nachrichten erlaubt
    .no-messages = Keine Nachrichten
    .not-asked = Noch nicht gefragt
listSort = Sortierung
listSorts =
    .name = Name
    .last-visit = Letzter Besuch
    .spend = Umsatz
listClear = Filter zurücksetzen
listNoMatch = Niemand passt. Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.
listMatching = { $n } von { $of }
listSelect = { $name } auswählen
listSelected = { $n } ausgewählt
listTagToAdd = Neues Schlagwort
listAddTag = Hinzufügen
listTagged = { $n ->
    [one] „{ $tag }“ bei 1 Kunden hinzugefügt.
   *[other] „{ $tag }“ bei { $n } Kunden hinzugefügt.
}
listUnselect = Auswahl aufheben
listSummaries = Kundenblätter (PDF)
listSummariesHint = Die Kundenblätter der ausgewählten Kunden für Ihr Team, eines pro Seite, in einem PDF. Die Datei ist nicht verschlüsselt.
listSummariesFile = Kundenblätter.pdf
listSummariesSaved = { $n ->
    [one] 1 Kundenblatt gespeichert unter { $path }. Diese Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf oder löschen Sie sie danach.
   *[other] { $n } Kundenblätter gespeichert unter { $path }. Diese Datei ist nicht verschlüsselt: Bewahren Sie sie sicher auf oder löschen Sie sie danach.
}
listNever = Noch nie
listLoading = Wird geladen…
listHeaderName = Kunde
listHeaderLast = Letzter Besuch
listHeaderSpent = Umsatz
privacyAllows = Nachrichten erlaubt per { $channels }
privacyNone = Keine Nachrichten: nur zu eigenen Bestellungen
privacyUnasked = Noch nicht gefragt, ob wir schreiben dürfen
channelNames =
    .email = E-Mail
    .sms = SMS
    .phone = Anruf
    .post = Post
    .messaging = Messenger
