customers = Clienti
addCustomer = Aggiungi un cliente
name = Nome
email = Email
phone = Telefono
optional = facoltativo
save = Salva cliente
saving = Salvataggio…
noCustomers = Ancora nessun cliente. Aggiungi il primo con il modulo qui sopra.
customerCount = { $n ->
    [one] 1 cliente
   *[other] { $n } clienti
}
added = Aggiunto ai clienti: { $name }.
loadFailed = Non è stato possibile caricare l’elenco dei clienti.
listNew = Nuovo cliente
listNewHint = Aggiungi un nuovo cliente (Ctrl+N)
listCloseForm = Chiudi il modulo
listFind = Cerca
listFindPlaceholder = Nome, email, telefono, nota, prodotto…
listTag = Etichetta
listVisit = Ultima visita
listVisits =
    .any = Sempre
    .within-30 = Negli ultimi 30 giorni
    .within-90 = Negli ultimi 3 mesi
    .within-365 = Nell’ultimo anno
    .away-60 = Assente da 2 mesi o più
    .away-180 = Assente da 6 mesi o più
    .away-365 = Assente da un anno o più
listSpent = Speso almeno ({ $currency })
listSpentInvalid = Scrivi un importo come 50 o 12,50.
listMessages = Possiamo scrivere?
listMessageChoices =
    .any = Tutti
    .may-message = Accetta messaggi
    .no-messages = Nessun messaggio
    .not-asked = Non ancora chiesto
listSort = Ordina per
listSorts =
    .name = Nome
    .last-visit = Ultima visita
    .spend = Spesa
listClear = Azzera i filtri
listNoMatch = Nessun risultato. Prova con meno parole o azzera i filtri.
listMatching = { $n } di { $of }
listSelect = Seleziona { $name }
listSelected = { $n ->
    [one] 1 selezionato
   *[other] { $n } selezionati
}
listTagToAdd = Etichetta da aggiungere
listAddTag = Aggiungi
listTagged = { $n ->
    [one] «{ $tag }» aggiunta a 1 cliente.
   *[other] «{ $tag }» aggiunta a { $n } clienti.
}
listUnselect = Annulla la selezione
listSummaries = Schede (PDF)
listSummariesHint = Le schede dei clienti selezionati per il personale, una per pagina, in un unico PDF. Il file non è cifrato.
listSummariesFile = Schede clienti.pdf
listSummariesSaved = { $n ->
    [one] 1 scheda salvata in { $path }. Questo file non è cifrato: tienilo al sicuro o cancellalo quando hai finito.
   *[other] { $n } schede salvate in { $path }. Questo file non è cifrato: tienilo al sicuro o cancellalo quando hai finito.
}
listNever = Non ancora
listLoading = Caricamento…
listHeaderName = Cliente
listHeaderLast = Ultima visita
listHeaderSpent = Speso
privacyAllows = Accetta messaggi via { $channels }
privacyNone = Nessun messaggio: solo sui propri ordini
privacyUnasked = Non ancora chiesto se possiamo scrivere
channelNames =
    .email = email
    .sms = SMS
    .phone = telefonata
    .post = posta
    .messaging = app di messaggi
