## Kundenansicht. Was der Inhaber liest (die Schaltfläche, die PIN in den
## Einstellungen, die Zusammenfassung danach, das Papierformular), dann was die
## Kundin oder der Kunde an der Theke liest (die cw…-Texte). Die
## Einwilligungsfragen tragen die Version, die der Kern mit jeder Wahl
## speichert (CUSTOMER_VIEW_WORDING_VERSION, „customer-view-1“): Wer sie in
## einer Sprache ändert, erhöht sie dort.

cvOpen = Kundenansicht
cvOpenHint = Drehen Sie den Bildschirm zur Kundschaft: Sie sieht und ändert ihre Vorlieben und Entscheidungen selbst
cvForm = Einwilligungsformular…
cvFormHint = Ein einseitiges Formular zum Ausfüllen von Hand, mit dem, was wir schon wissen
cvFormBlank = Leeres Einwilligungsformular…
cvFormSaved = Gespeichert unter { $path }. Diese Datei ist nicht verschlüsselt: Drucken Sie sie aus und löschen Sie sie dann.
cvSummaryTitle = Während die Kundschaft den Bildschirm hatte
cvSummaryDismiss = Fertig
cvPaperTitle = Unterschriebenes Formular übertragen
cvPaperIntro = Kreuzen Sie an, was die Kundschaft auf dem Papierformular angekreuzt hat. Jede Antwort kommt als unterschriebenes Formular in den Verlauf.
cvPaperOpen = Unterschriebenes Formular übertragen…
cvPaperSignedOn = Unterschrieben am
cvPaperNote = Notiz
cvPaperNoteHint = wo das Papier liegt, freiwillig
cvPaperYes = Ja
cvPaperNo = Nein
cvPaperBlank = —
cvPaperAnswer = { $channel }, { $purpose }
cvPaperSave = In den Verlauf übernehmen
cvPaperCancel = Abbrechen
cvPaperSaved =
    { $n ->
        [one] { $n } Antwort in den Verlauf übernommen.
       *[other] { $n } Antworten in den Verlauf übernommen.
    }
cvMethodLabels =
    .customer-in-shop = Von der Kundschaft im Geschäft eingestellt
    .signed-form = Unterschriebenes Formular
pinTitle = Inhaber-PIN
pinIntro = Eine kurze Zahl, um den Bildschirm aus der Kundenansicht zurückzuholen. Ohne PIN wird die Passphrase abgefragt. Nur eine verschlüsselte Form davon wird im Tresor gespeichert.
pinIsSet = Eine PIN ist festgelegt.
pinNotSet = Noch keine PIN.
pinNew = Neue PIN
pinHint = 4 bis 12 Ziffern
pinPassphrase = Ihre Passphrase
pinSave = PIN speichern
pinClear = PIN entfernen
pinSaved = PIN gespeichert.
pinCleared = PIN entfernt.
pinFormTitle = Papierformular
pinFormIntro = Für Kundschaft, die Papier lieber mag: ein leeres Formular für Vorlieben und Einwilligungen zum Ausdrucken.

## Was die Kundschaft an der Theke liest.

cwHello = Guten Tag, { $name }
cwIntro = Das speichern wir über Sie, und warum. Sie können hier alles berichtigen; das Geschäft sieht Ihre Änderungen.
cwWhyTitle = Was wir speichern und warum
cwWhy =
    .contact = Kontaktdaten
    .contact-why = Um Sie so zu erreichen, wie Sie es wünschen.
    .preferences = Vorlieben
    .preferences-why = Um uns zu merken, was Sie mögen und was nicht.
    .purchases = Einkäufe
    .purchases-why = Um zu wissen, was Sie gekauft haben, für Service und Reparaturen.
    .choices = Ihre Entscheidungen
    .choices-why = Um zu zeigen, was Sie erlaubt haben, und wann.
cwDetailsTitle = Wie wir Sie erreichen
cwEmail = E-Mail
cwPhone = Telefon
cwAddress = Adresse
cwBirthday = Geburtstag
cwBirthdayHint = zum Beispiel 1980-04-23 oder 04-23
cwSaveDetails = Meine Angaben speichern
cwSaved = Gespeichert. Danke.
cwPrefsTitle = Was Sie mögen und was nicht
cwPrefsEmpty = Noch nichts notiert.
cwRemove = { $what } entfernen
cwAddKind = Art
cwAddValue = Was wir uns merken sollen
cwAdd = Hinzufügen
cwCategories =
    .size = Größe
    .fit = Passform
    .colour = Farbe
    .brand = Marke
    .style = Stil
    .taste = Geschmack
    .allergy = Allergie
    .dislike = Mag ich nicht
    .gift-idea = Geschenkidee
    .other = Sonstiges
cwConsentTitle = Dürfen wir Sie kontaktieren?
cwConsentIntro = Wählen Sie für jeden Weg Ja oder Nein. Sie können es jederzeit ändern.
cwChannels =
    .email = E-Mail
    .sms = SMS
    .phone = Anruf
    .post = Post
    .messaging = Messenger
cwYes = Ja
cwNo = Nein
cwNotAsked = Noch nicht gefragt
cwAnswerLabel = { $channel }: { $answer }
cwWordingVersion = Text { $v }
cwOftenTitle = Wie oft
cwOftenLabel = Höchstens eine Nachricht pro
cwPeriods =
    .days-7 = Woche
    .days-14 = zwei Wochen
    .days-30 = Monat
    .days-90 = Quartal
    .days-365 = Jahr
cwQuietLabel = Keine Nachrichten bis
cwQuietHint = leer lassen für keine Pause
cwSaveOften = Speichern
cwHistoryTitle = Ihre bisherigen Entscheidungen
cwHistoryEmpty = Noch keine Entscheidungen gespeichert.
cwHistoryHow = ({ $how })
cwMethods =
    .customer-in-shop = Sie, im Geschäft
    .signed-form = unterschriebenes Formular
    .in-person = persönlich
cwDone = Ich bin fertig
cwThanksTitle = Vielen Dank
cwThanksText = Bitte geben Sie den Bildschirm dem Geschäft zurück.
cwStaff = Für das Geschäft
cwUnlockTitle = Für das Geschäft
cwUnlockPin = PIN oder Passphrase des Inhabers
cwUnlockPassphrase = Passphrase
cwUnlock = Bildschirm zurücknehmen
cwBack = Zurück
