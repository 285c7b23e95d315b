todayTitle = Oggi
todayIntro = Le persone a cui vale la pena scrivere due righe, e perché. Shopkeeper non invia mai niente da solo.
todayEmpty = Oggi nessuno da ricontattare. Goditi la calma.
todayStartHint = I suggerimenti nascono da ciò che registri: i clienti, i loro acquisti e ciò che permettono.
todayStartCustomers = Vai ai clienti
todayStartImport = Importa da un foglio di calcolo
todayLoadFailed = Non è stato possibile preparare i suggerimenti di oggi.
todayDueThisWeek = { $n ->
    [one] 1 contatto questa settimana
   *[other] { $n } contatti questa settimana
}
todayKinds =
    .replenishment-due = Quasi finito
    .lapsing-regular = Clienti abituali che non vedi da un po’
    .occasion = Ricorrenze in arrivo
    .matches-taste = Novità secondo i loro gusti
    .service-check = Revisione in scadenza
    .promised-follow-up = Cose promesse
    .thank-you = Ringraziamenti
todayOtherKind = Altro
todayKind =
    .replenishment-due = Sta finendo
    .lapsing-regular = Non si vede da un po’
    .occasion = Una data in arrivo
    .matches-taste = Appena arrivato, per i suoi gusti
    .service-check = Revisione in scadenza
    .promised-follow-up = L’hai promesso
    .thank-you = Di’ grazie
todayKindFilter = Mostra solo
todayAllKinds = Tutti
todayOrder = Prima chi è più probabile che torni, secondo le tue vendite finora.
todayChannel = Permette: { $channel }
todayInPerson = Nessun messaggio permesso: parlane di persona alla prossima visita
todayChannels =
    .email = email
    .sms = SMS
    .phone = telefonata
    .post = posta
    .messaging = app di messaggi
    .in-person = di persona
todayWhy = Perché questo suggerimento
todayOpenProfile = Apri la scheda di { $name }
todayDraft = Bozza
todayHideDraft = Nascondi la bozza
todaySubject = Oggetto
todayMessage = Messaggio
todayCopy = Copia
todayCopied = Copiato. Incollalo nel tuo messaggio entro un minuto: poi viene cancellato dagli appunti.
todayUndo = Annulla
todayUndone = Annullato: il suggerimento è di nuovo nella lista.
# Arguments: $app
todayOpenedAsk = { $app ->
    [call] Sentito? Segna il follow-up come fatto: entra nel registro dei contatti.
   *[other] Inviato? Segna il follow-up come fatto: entra nel registro dei contatti.
}
# Arguments: $app
todayMarkSent = { $app ->
    [call] Segna come chiamato
   *[other] Segna come inviato
}
todayOpenLink = { $app ->
    [mail] Apri nel programma di posta
    [sms] Invia come SMS
    [call] Chiama
    [whatsapp] Apri in WhatsApp
    [signal] Apri in Signal
   *[other] Apri
}
todayDone = Fatto
todayDoneHow = Come hai preso contatto?
todayDoneNote = Che cosa vi siete detti (facoltativo)
todayDoneSave = Segna come fatto
todaySnooze = Rimanda
todaySnoozeUntil = Mostralo di nuovo il
todaySnoozeSave = Rimanda
todayDismiss = Scarta
todayDismissWhy = Perché?
todayDismissReasons =
    .not-relevant = Non pertinente
    .already-handled = Già fatto
    .not-interested-in-kind = Non vuole questo tipo di messaggi
todayDismissSave = Scarta
todayMarkedDone = Fatto: annotato nel registro dei contatti di { $name }.
todaySnoozed = { $name } tornerà il { $until }.
todayDismissed = Scartato per { $name }.
todayRecent = Contatti recenti
todayRecentEmpty = Ancora nessun contatto registrato.
qualityTitle = Quanto sono buoni i miei suggerimenti?
qualityIntro = Shopkeeper guarda indietro: mette in ordine i tuoi clienti come avrebbe fatto { $lookback } giorni fa, usando solo le vendite che conosceva allora, e controlla chi è davvero tornato nei { $horizon } giorni successivi.
qualityWorking = Sto ripercorrendo le tue vendite…
qualitySentence = Delle persone che Shopkeeper avrebbe messo in cima { $lookback } giorni fa, { $n } su 10 sono tornate entro { $horizon } giorni; scegliendo «chi è venuto più di recente» se ne sarebbero trovate { $m } su 10.
qualityAverage = Su tutti i { $customers } clienti che avevano già comprato a quel punto, è tornato il { $share }.
qualityVerdict =
    .better = Quindi conviene seguire l’ordine di questa pagina.
    .same = Più o meno come partire dai clienti venuti più di recente; migliora man mano che la tua storia cresce.
    .worse = Qui sarebbe andata meglio partendo dai clienti venuti più di recente. I suggerimenti imparano da ogni vendita che registri.
qualityMethod =
    .learned = ciò che insegna la storia di questo negozio
    .blend = quanto spesso e quanto di recente compra ogni cliente, e il suo ritmo
    .bgnbd = quanto spesso e quanto di recente compra ogni cliente
    .rhythm = il ritmo di ogni cliente
    .recency = chi è venuto più di recente
qualityMethodOther = il metodo che ha funzionato meglio sulle tue vendite
qualityRankedBy = L’elenco qui sopra segue lo stesso ordine: clienti ordinati secondo { $how }.
qualityChosen = Scelto perché, nelle ultime settimane di vendite, ordinare secondo { $how } ha messo un cliente che è tornato davanti a uno che non è tornato { $n } volte su 100; { $others }.
qualityBeat = secondo { $how }, { $n } volte su 100
qualityChartTitle = Acquisti previsti e fatti davvero nei { $horizon } giorni, per decimo di clienti
qualityExpected = Previsti
qualityActual = Comprati davvero
qualityAxisX = Clienti in decimi, dal meno al più probabile che torni
qualityAxisY = Acquisti a testa
qualityChartSummary = Grafico a barre. Nel decimo di clienti meno propensi a tornare, ognuno avrebbe dovuto comprare { $lowExpected } volte in { $horizon } giorni e ha comprato { $lowActual }; nel decimo più propenso, { $highExpected } previsti e { $highActual } comprati davvero.
qualityTooLittle = Non c’è ancora abbastanza storia per dirlo. Quando avrai registrato qualche mese di vendite di qualche decina di clienti, qui vedrai quanto avrebbero funzionato i suggerimenti.
qualityFailed = Non è stato possibile calcolarlo adesso.

todayDaySheet = Stampa il foglio del giorno
todayDaySheetTitle = I ricontatti di oggi
todayDaySheetSaved = Salvato in { $path }. Questo file non è cifrato: stampalo, poi eliminalo.
