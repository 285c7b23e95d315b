settings = Einstellungen
setTitle = Einstellungen
setShop = Ihr Geschäft
setShopName = Name des Geschäfts
setCurrency = Währung
setCurrencyHint = drei Buchstaben, etwa EUR oder CHF
setCurrencyLocked = Die Währung bleibt { $code }: Einkäufe sind bereits darin erfasst, und eine Änderung würde ihren Wert verfälschen.
setRegion = Telefon-Land
setRegionHint = zwei Buchstaben, etwa DE: Nummern ohne Ländervorwahl gelten als von dort
setFrequency = Kunden kontaktieren, höchstens
setFrequencyTimes = Mal alle
setFrequencyDays = Tage – außer ein Kunde wünscht es anders
setMaxContacts = Höchstens so viele Kontakte pro Zeitraum
setPeriodDays = Zeitraum in Tagen
setSave = Speichern
setSaved = Gespeichert.
setAutoLock = Nach so vielen ruhigen Minuten sperren
setAutoLockHint = 1 bis 480
setPassphrase = Passphrase
setCurrentPassphrase = Aktuelle Passphrase
setChangePassphrase = Passphrase ändern
setPassphraseChanged = Die Passphrase ist geändert, und Ihre Daten sind mit einem neuen Schlüssel versiegelt. Verwenden Sie ab jetzt die neue Passphrase. Ihr altes Notfall-Kit gilt nicht mehr: Bewahren Sie das neue unten auf.
setOldCopies = Diese alten Kopien neben Ihrem Geschäft öffnen sich noch mit der alten Passphrase oder dem alten Notfall-Kit. Löschen Sie sie, wenn Sie sie nicht mehr brauchen:
setKit = Notfall-Kit
setKitIntro = Ein neues Notfall-Kit hat einen neuen Wiederherstellungsschlüssel, und Ihre Daten werden mit einem neuen Schlüssel versiegelt. Das alte Kit gilt dann nicht mehr: Drucken oder speichern Sie das neue und vernichten Sie das alte.
setKitPassphrase = Ihre Passphrase, zur Bestätigung
setNewKit = Neues Notfall-Kit anzeigen
setKitShown = Ihr neuer Wiederherstellungsschlüssel
setKitClose = Ich habe ihn sicher verwahrt
setLook = Aussehen
setConsent = Text der Einwilligung
setConsentIntro = Was Kunden zu jedem Zweck gefragt werden. Wenn Sie den Text ändern, entsteht eine neue Version; jede Einwilligung hält fest, welche Version der Kunde gesehen hat.
setPurposes =
    .service = Eigene Bestellungen und Reparaturen
    .recommendations = Persönliche Empfehlungen
    .promotions = Neuigkeiten und Angebote
    .occasions = Geburtstage und Anlässe
setVersion = Version { $v }
setSaveWording = Text speichern
setTemplates = Nachrichtenentwürfe
setTemplatesIntro = Die Worte, mit denen „Heute“ einen Entwurf beginnt, je Art von Kontakt. Namen in geschweiften Klammern werden für jeden Kunden ausgefüllt.
setTemplateKind = Art von Kontakt
setTemplateSubject = Betreff
setTemplateBody = Nachricht
setTemplateCanUse = Verwendbar: { $names }
setTemplateBuiltIn = Text von Shopkeeper
setTemplateSave = Entwurfstext speichern
setTemplateSaved = Gespeichert. Neue Entwürfe verwenden ihn.
setTemplateReset = Zurück zum Text von Shopkeeper
setWordingSaved = Gespeichert als Version { $v }.
setRetention = Daten aufbewahren
setRetentionIntro = Bewahren Sie die Daten von Kunden nur auf, solange sie noch Ihre Kunden sind. Mit einer Regel listet Shopkeeper die Menschen auf, die Sie länger nicht gesehen haben – Sie behalten sie (mit Begründung) oder löschen ihre Daten.
setRetentionRule = Kunden zur Prüfung vorlegen, die so lange weder gekauft noch Kontakt hatten:
setRetentionOff = Keine Regel (aufbewahren, bis gelöscht)
setRetentionYears = { $n ->
    [one] 1 Jahr
   *[other] { $n } Jahre
}
setRetentionNone = { $n ->
    [one] Niemand zu prüfen: Alle haben im letzten Jahr gekauft oder Kontakt gehabt.
   *[other] Niemand zu prüfen: Alle haben in den letzten { $n } Jahren gekauft oder Kontakt gehabt.
}
setRetentionCount = { $n ->
    [one] 1 Kunde zu prüfen
   *[other] { $n } Kunden zu prüfen
}
setRetentionQuiet = Zuletzt gesehen am { $date }
setRetentionKeep = Behalten
setRetentionKeepFor = { $name } behalten
setRetentionReason = Warum { $name } behalten?
setRetentionKeepSave = Behalten und Grund notieren
setRetentionKept = { $n ->
    [one] { $name } bleibt und ist für ein Jahr aus der Prüfung heraus.
   *[other] { $name } bleibt und ist für { $n } Jahre aus der Prüfung heraus.
}
setRetentionEraseHint = Um jemanden zu löschen, öffnen Sie das Profil und nutzen Sie „Kundendaten“.
setLanguage = Sprache
setLanguageSystem = Wie dieser Computer
setLanguageHint = Das Fenster von Shopkeeper startet neu in der Sprache, die Sie wählen.
setFormats = Datum und Beträge
setFormatsLanguage = Wie die Sprache sie schreibt
setFormatsHint = Ein Geschäft in der Schweiz schreibt CHF 1’234.50, eines in Österreich € 1.234,50. Das Fenster startet neu mit den gewählten Formaten.
setWordingLanguage = Wortlaut auf
setDigestTitle = Morgenübersicht
setDigest = Beim Entsperren eine Morgenübersicht zeigen
setDigestHint = Einmal am Tag, beim ersten Entsperren: eine Benachrichtigung, wie viele Kontakte, Geburtstage und Versprechen anstehen und ob eine Sicherung fällig ist. Nur Zahlen, nie der Name einer Kundin oder eines Kunden: Benachrichtigungen können auf dem Sperrbildschirm erscheinen.
