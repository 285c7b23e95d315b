import = Import
impTitle = Import aus Kasse, Webshop oder Tabelle
impSteps =
    .choose = Datei wählen
    .check = Prüfen, was Shopkeeper gefunden hat
    .import = Importieren
impStep = Schritt { $n } von { $of }: { $name }
impIntro = Übernehmen Sie Kunden oder Einkäufe aus einer CSV-Datei, so wie Ihre Kasse oder Ihr Webshop sie exportiert (Shopify, Square, SumUp, Lightspeed, Loyverse, WooCommerce oder eine als CSV gespeicherte Tabelle), oder Kontakte aus einem Telefon oder Adressbuch (.vcf). Shopkeeper prüft die Datei zuerst und speichert nichts, bevor Sie es sagen.
impFile = CSV-Datei
impVcfFile = Kontaktdatei (.vcf)
impChooseFile = Auswählen…
impKind = Die Datei enthält
impKinds =
    .customers = Kunden, einen pro Zeile
    .purchases = Einkäufe, einen Artikel pro Zeile
    .vcard = Kontakte aus einem Telefon oder Adressbuch (vCard)
impVcardMerge = Ist ein Kontakt schon Kunde, seine E-Mails, Telefonnummern und Schlagwörter dort ergänzen (sonst wird er ausgelassen)
impVcardWouldDo = Neue Kunden: { $added }. Schon Kunden: { $duplicates }. Ausgelassene Kontakte: { $skipped }.
impVcardSummary = { $merged ->
    [true] Neue Kunden: { $added }. Schon Kunden, ergänzt: { $duplicates }. Ausgelassene Kontakte: { $skipped }.
   *[false] Neue Kunden: { $added }. Schon Kunden, unverändert: { $duplicates }. Ausgelassene Kontakte: { $skipped }.
}
impCardNotes = Was nicht übernommen wurde
impCard = Kontakt
impCardName = { $position }. { $name }
impCardNoName = (ohne Namen)
impCardSkipped = ausgelassen
impUnlisted = { $n ->
    [one] Und 1 weiterer Kontakt, bei dem etwas nicht übernommen wurde.
   *[other] Und { $n } weitere Kontakte, bei denen etwas nicht übernommen wurde.
}
impNext = Weiter
impBack = Zurück
impColumn = Spalte
impField = Feld in Shopkeeper
impIgnore = – nicht importieren –
impDuplicate = Zwei Spalten sind auf { $field } gesetzt; wählen Sie eine.
impChecking = Wird geprüft…
impReading = Datei wird gelesen…
impBadRows = Zeilen mit einem Problem
impLine = Zeile
impReason = Problem
impSkipBad = Die guten Zeilen importieren und die Zeilen mit einem Problem auslassen
impNothingIfBad = Solange es Zeilen mit einem Problem gibt, wird nichts importiert – außer Sie lassen diese Zeilen aus.
impRun = Importieren
impRunning = Wird importiert… Sie können weiterarbeiten.
impProgress = { $rows } von { $total } Zeilen
impNotWritten = Es wurde nichts importiert.
impUndo = Diesen Import rückgängig machen
impUndoing = Wird rückgängig gemacht…
impUndone = { $consents ->
    [0] Import rückgängig gemacht: { $purchases } Einkäufe, { $customers } neue Kunden und { $products } neue Artikel entfernt. Das Geschäft ist wieder wie vorher.
   *[other] Import rückgängig gemacht: { $purchases } Einkäufe, { $customers } neue Kunden und { $products } neue Artikel entfernt, dazu { $consents } aus der Datei übernommene Einwilligungen. Das Geschäft ist wieder wie vorher.
}
impAnother = Weitere Datei importieren
impLooksLike = Erkannt als: { $name }.
impReadAs = Gelesen als: { $name }, wie von Ihnen gewählt.
impRemembered = Ihre Spaltenzuordnung vom letzten Mal wurde verwendet.
impMapped = Mit Ihrer Spaltenzuordnung gelesen.
impByNames = Spalten anhand ihrer Namen zugeordnet.
impFactRows = { $rows } Zeilen, { $good } bereit zum Import
impFactReceipts = { $n ->
    [one] 1 Beleg oder Bestellung
   *[other] { $n } Belege oder Bestellungen
}
impFactCustomers = { $created } neue Kunden, { $matched } schon im Geschäft
impFactCurrency = Beträge in { $code }
impFactCurrencyNew = Beträge in { $code } (wird die Währung des Geschäfts)
impFactDates = Datumsformat: { $order }
impDateOrders =
    .dmy = Tag zuerst (31/03/2024)
    .mdy = Monat zuerst (03/31/2024)
    .ymd = Jahr zuerst (2024-03-31)
impFirstLines = Die ersten Zeilen, so wie sie gespeichert werden
impFirstRows = Die ersten Zeilen der Datei
impWhen = Datum
impWho = Kunde
impLineProduct = Artikel
impQty = Menge
impUnitPrice = Stückpreis
impTotal = Summe
impReceipt = Beleg
impRefundOf = Erstattung zu { $receipt }
impRefund = Erstattung
impFix = Spalte berichtigen
impFixIntro = Wählen Sie, was jede Spalte enthält, und prüfen Sie dann erneut. Gespeichert wird erst beim Import.
impLayout = Datei lesen als
impLayoutFound = Wie erkannt
impDateOrder = Ein Datum wie 03/04/2024 bedeutet
impDateOrderAuto = Aus der Datei ableiten
impDateDmy = 3. April (Tag zuerst)
impDateMdy = 4. März (Monat zuerst)
impDatesAmbiguous = Jedes Datum in dieser Datei passt sowohl mit Tag als auch mit Monat zuerst: 03/04/2024 kann der 3. April oder der 4. März sein.
impDateOrderAsk = Sagen Sie Shopkeeper, wie diese Datei Daten schreibt, und prüfen Sie dann erneut.
impSample = Erster Wert
impCheckAgain = Mit dieser Auswahl erneut prüfen
impWillRemember = Shopkeeper merkt sich diese Auswahl für Dateien wie diese.
impSumPurchases = { $purchases } Einkäufe erfasst, { $lines } Zeilen.
impSumCustomers = { $created } neue Kunden, { $matched } schon im Geschäft.
impSumWalkIns = { $n ->
    [one] 1 Verkauf ohne Kunde, nicht importiert.
   *[other] { $n } Verkäufe ohne Kunde, nicht importiert.
}
impSumRefunds = { $n ->
    [one] Darunter 1 Erstattung oder Rückgabe.
   *[other] Darunter { $n } Erstattungen und Rückgaben.
}
impSumAlready = { $n ->
    [one] 1 Beleg war schon im Geschäft und blieb unverändert.
   *[other] { $n } Belege waren schon im Geschäft und blieben unverändert.
}
impSumNotSales = { $n ->
    [one] 1 Zeile ist kein Verkauf (storniert, abgebrochen, voll erstattet oder eine Zahlungszeile) und wurde ausgelassen.
   *[other] { $n } Zeilen sind kein Verkauf (storniert, abgebrochen, voll erstattet oder Zahlungszeilen) und wurden ausgelassen.
}
impSumConsents = { $n ->
    [one] 1 Einwilligung aus der Datei erfasst.
   *[other] { $n } Einwilligungen aus der Datei erfasst.
}
impSumCurrency = Die Währung des Geschäfts ist jetzt { $code }, wie in der Datei.
impSumBad = { $n ->
    [one] 1 Zeile wegen eines Problems ausgelassen (siehe unten).
   *[other] { $n } Zeilen wegen eines Problems ausgelassen (siehe unten).
}
impSumRemembered = Ihre Spaltenzuordnung wird für die nächste Datei dieser Art gemerkt.
impUndoAsk = Alles entfernen, was dieser Import hinzugefügt hat? Einkäufe, neue Kunden und neue Artikel verschwinden; sonst ändert sich nichts.
impUndoYes = Ja, Import rückgängig machen
impUndoNo = Behalten
impMoreBad = { $n ->
    [one] Und 1 weitere Zeile mit einem Problem.
   *[other] Und { $n } weitere Zeilen mit einem Problem.
}
impWhat =
    .customer_ref = Kundennummer
    .customer_name = Name
    .given_name = Vorname
    .family_name = Nachname
    .email = E-Mail
    .phone = Telefon
    .address = Adresse
    .language = Sprache
    .birthday = Geburtstag
    .tags = Schlagwörter
    .notes = Notizen
    .date = Datum
    .sku = Artikelnummer
    .product = Artikel
    .quantity = Menge
    .line_total = Zeilensumme
    .channel = Wo verkauft
    .note = Notiz
    .receipt = Belegnummer
    .unit_price = Stückpreis
    .refund_of = Erstattung zu Beleg
    .contact = E-Mail oder Telefon
    .currency = Währung
    .discount = Rabatt
    .time = Uhrzeit
