todayTitle = Heute
todayIntro = Menschen, bei denen sich eine persönliche Nachricht lohnt, und warum. Shopkeeper verschickt nie selbst etwas.
todayEmpty = Heute ist niemand dran. Genießen Sie die Ruhe.
todayStartHint = Vorschläge entstehen aus dem, was Sie erfassen: Kunden, ihre Einkäufe und was sie erlauben.
todayStartCustomers = Zu den Kunden
todayStartImport = Aus einer Tabelle importieren
todayLoadFailed = Die Vorschläge für heute konnten nicht ermittelt werden.
todayDueThisWeek = { $n ->
    [one] 1 Kontakt diese Woche
   *[other] { $n } Kontakte diese Woche
}
todayKinds =
    .replenishment-due = Geht bald zur Neige
    .lapsing-regular = Stammkunden, die lange nicht da waren
    .occasion = Anstehende Anlässe
    .matches-taste = Neu eingetroffen, nach ihrem Geschmack
    .service-check = Service fällig
    .promised-follow-up = Versprochene Rückmeldungen
    .thank-you = Dankeschöns
todayOtherKind = Sonstiges
todayKind =
    .replenishment-due = Geht zur Neige
    .lapsing-regular = Länger nicht gesehen
    .occasion = Ein Datum steht an
    .matches-taste = Neu da, nach ihrem Geschmack
    .service-check = Service fällig
    .promised-follow-up = Sie haben es versprochen
    .thank-you = Danke sagen
todayKindFilter = Nur zeigen
todayAllKinds = Alle
todayOrder = Wer am ehesten wiederkommt, steht oben – nach dem, was Ihre bisherigen Verkäufe sagen.
todayChannel = Erlaubt: { $channel }
todayInPerson = Keine Nachrichten erlaubt: beim nächsten Besuch persönlich ansprechen
todayChannels =
    .email = E-Mail
    .sms = SMS
    .phone = Anruf
    .post = Post
    .messaging = Messenger
    .in-person = persönlich
todayWhy = Warum dieser Vorschlag
todayOpenProfile = Profil von { $name } öffnen
todayDraft = Entwurf
todayHideDraft = Entwurf ausblenden
todaySubject = Betreff
todayMessage = Nachricht
todayCopy = Kopieren
todayCopied = Kopiert. Fügen Sie es innerhalb einer Minute in Ihre Nachricht ein: Danach wird die Zwischenablage geleert.
todayUndo = Rückgängig
todayUndone = Zurückgenommen: Der Vorschlag steht wieder auf der Liste.
# Arguments: $app
todayOpenedAsk = { $app ->
    [call] Erreicht? Markieren Sie die Nachfrage als erledigt, dann steht sie im Kontaktverlauf.
   *[other] Gesendet? Markieren Sie die Nachfrage als erledigt, dann steht sie im Kontaktverlauf.
}
# Arguments: $app
todayMarkSent = { $app ->
    [call] Als angerufen markieren
   *[other] Als gesendet markieren
}
todayOpenLink = { $app ->
    [mail] Im Mailprogramm öffnen
    [sms] Als SMS senden
    [call] Anrufen
    [whatsapp] In WhatsApp öffnen
    [signal] In Signal öffnen
   *[other] Öffnen
}
todayDone = Erledigt
todayDoneHow = Wie haben Sie die Person erreicht?
todayDoneNote = Was besprochen wurde (optional)
todayDoneSave = Als erledigt markieren
todaySnooze = Zurückstellen
todaySnoozeUntil = Wieder zeigen am
todaySnoozeSave = Zurückstellen
todayDismiss = Verwerfen
todayDismissWhy = Warum?
todayDismissReasons =
    .not-relevant = Nicht passend
    .already-handled = Schon erledigt
    .not-interested-in-kind = Möchte solche Nachrichten nicht
todayDismissSave = Verwerfen
todayMarkedDone = Erledigt: im Kontaktverlauf von { $name } vermerkt.
todaySnoozed = { $name } erscheint wieder am { $until }.
todayDismissed = Verworfen für { $name }.
todayRecent = Letzte Kontakte
todayRecentEmpty = Noch keine Kontakte festgehalten.
qualityTitle = Wie gut sind meine Vorschläge?
qualityIntro = Shopkeeper schaut zurück: Es ordnet Ihre Kunden so, wie es das vor { $lookback } Tagen getan hätte – nur mit den Verkäufen, die es damals kannte – und prüft, wer in den { $horizon } Tagen danach wirklich wiederkam.
qualityWorking = Ihre Verkäufe werden zurückverfolgt…
qualitySentence = Von den Menschen, die Shopkeeper vor { $lookback } Tagen nach oben gestellt hätte, kamen { $n } von 10 innerhalb von { $horizon } Tagen wieder; eine Auswahl nach „wer zuletzt da war“ hätte { $m } von 10 gefunden.
qualityAverage = Von allen { $customers } Kunden, die bis dahin gekauft hatten, kamen { $share } wieder.
qualityVerdict =
    .better = Es lohnt sich also, der Reihenfolge auf dieser Seite zu folgen.
    .same = Etwa so gut, wie mit den zuletzt gekommenen Kunden anzufangen; es wird besser, je länger Ihre Geschichte wird.
    .worse = Hier wäre es besser gewesen, mit den zuletzt gekommenen Kunden anzufangen. Die Vorschläge lernen aus jedem Verkauf, den Sie erfassen.
qualityMethod =
    .learned = was die eigene Geschichte dieses Geschäfts lehrt
    .blend = wie oft und wie kürzlich jeder Kunde kauft, und nach seinem eigenen Rhythmus
    .bgnbd = wie oft und wie kürzlich jeder Kunde kauft
    .rhythm = welchen eigenen Rhythmus jeder Kunde hat
    .recency = wer zuletzt da war
qualityMethodOther = was bei Ihren Verkäufen am besten abschnitt
qualityRankedBy = Die Liste oben hat dieselbe Reihenfolge: Kunden geordnet danach, { $how }.
qualityChosen = Gewählt, weil eine Reihung danach, { $how }, in Ihren letzten Verkaufswochen { $n }-mal von 100 einen Kunden, der wiederkam, vor einen gestellt hat, der nicht wiederkam; { $others }.
qualityBeat = danach, { $how }: { $n }-mal von 100
qualityChartTitle = Erwartete und tatsächliche Einkäufe in den { $horizon } Tagen, je Zehntel der Kunden
qualityExpected = Erwartet
qualityActual = Tatsächlich gekauft
qualityAxisX = Kunden in Zehnteln, von am wenigsten bis am ehesten wiederkommend
qualityAxisY = Einkäufe pro Kunde
qualityChartSummary = Balkendiagramm. Im Zehntel der Kunden, die am wenigsten wahrscheinlich wiederkommen, wurden pro Kunde { $lowExpected } Einkäufe in { $horizon } Tagen erwartet und { $lowActual } getätigt; im wahrscheinlichsten Zehntel { $highExpected } erwartet und { $highActual } tatsächlich gekauft.
qualityTooLittle = Es gibt noch nicht genug Verlauf für eine Aussage. Sobald Sie einige Monate Verkäufe von ein paar Dutzend Kunden erfasst haben, zeigt sich hier, wie gut die Vorschläge funktioniert hätten.
qualityFailed = Das ließ sich gerade nicht ermitteln.

todayDaySheet = Tageszettel drucken
todayDaySheetTitle = Heutige Nachfassaktionen
todayDaySheetSaved = Gespeichert unter { $path }. Diese Datei ist nicht verschlüsselt: Drucken Sie sie aus und löschen Sie sie danach.
