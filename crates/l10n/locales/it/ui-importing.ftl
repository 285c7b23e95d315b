import = Importa
impTitle = Importa da cassa, negozio online o foglio di calcolo
impSteps =
    .choose = Scegli il file
    .check = Controlla che cosa ha trovato Shopkeeper
    .import = Importa
impStep = Passo { $n } di { $of }: { $name }
impIntro = Porta qui clienti o acquisti da un file CSV così come lo esporta la tua cassa o il tuo negozio online (Shopify, Square, SumUp, Lightspeed, Loyverse, WooCommerce o un foglio di calcolo salvato come CSV), oppure i contatti di un telefono o di una rubrica (.vcf). Shopkeeper prima controlla il file e non salva niente finché non glielo dici tu.
impFile = File CSV
impVcfFile = File dei contatti (.vcf)
impChooseFile = Scegli…
impKind = Il file contiene
impKinds =
    .customers = Clienti, uno per riga
    .purchases = Acquisti, un articolo per riga
    .vcard = Contatti di un telefono o di una rubrica (vCard)
impVcardMerge = Se un contatto è già cliente, aggiungigli email, telefoni ed etichette (altrimenti viene lasciato fuori)
impVcardWouldDo = Nuovi clienti: { $added }. Già clienti: { $duplicates }. Contatti lasciati fuori: { $skipped }.
impVcardSummary = { $merged ->
    [true] Nuovi clienti: { $added }. Già clienti, aggiornati: { $duplicates }. Contatti lasciati fuori: { $skipped }.
   *[false] Nuovi clienti: { $added }. Già clienti, lasciati com’erano: { $duplicates }. Contatti lasciati fuori: { $skipped }.
}
impCardNotes = Che cosa non è stato tenuto
impCard = Contatto
impCardName = { $position }. { $name }
impCardNoName = (senza nome)
impCardSkipped = lasciato fuori
impUnlisted = { $n ->
    [one] E un altro contatto con qualcosa che non è stato tenuto.
   *[other] E altri { $n } contatti con qualcosa che non è stato tenuto.
}
impNext = Avanti
impBack = Indietro
impColumn = Colonna
impField = Campo di Shopkeeper
impIgnore = — non importare —
impDuplicate = Due colonne sono impostate su { $field }; scegline una.
impChecking = Controllo in corso…
impReading = Lettura del file…
impBadRows = Righe con un problema
impLine = Riga
impReason = Problema
impSkipBad = Importa le righe buone e lascia fuori quelle con un problema
impNothingIfBad = Se ci sono righe con un problema, non si importa niente, a meno che tu non scelga di lasciarle fuori.
impRun = Importa
impRunning = Importazione in corso… puoi continuare a lavorare.
impProgress = { $rows } righe su { $total }
impNotWritten = Non è stato importato niente.
impUndo = Annulla questa importazione
impUndoing = Annullamento in corso…
impUndone = { $consents ->
    [0] Importazione annullata: rimossi { $purchases } acquisti, { $customers } nuovi clienti e { $products } nuovi prodotti. Il negozio è tornato com’era prima.
   *[other] Importazione annullata: rimossi { $purchases } acquisti, { $customers } nuovi clienti e { $products } nuovi prodotti, oltre a { $consents } consensi registrati dal file. Il negozio è tornato com’era prima.
}
impAnother = Importa un altro file
impLooksLike = Riconosciuto come: { $name }.
impReadAs = Letto come: { $name }, come hai scelto.
impRemembered = Sono state usate le scelte di colonne dell’ultima volta.
impMapped = Letto con le tue scelte di colonne.
impByNames = Colonne abbinate in base al nome.
impFactRows = { $rows } righe, { $good } pronte da importare
impFactReceipts = { $n ->
    [one] 1 scontrino o ordine
   *[other] { $n } scontrini o ordini
}
impFactCustomers = { $created } nuovi clienti, { $matched } già nel negozio
impFactCurrency = importi in { $code }
impFactCurrencyNew = importi in { $code } (diventerà la valuta del negozio)
impFactDates = formato delle date: { $order }
impDateOrders =
    .dmy = prima il giorno (31/03/2024)
    .mdy = prima il mese (03/31/2024)
    .ymd = prima l’anno (2024-03-31)
impFirstLines = Le prime righe, come verranno salvate
impFirstRows = Le prime righe del file
impWhen = Data
impWho = Cliente
impLineProduct = Prodotto
impQty = Quantità
impUnitPrice = Prezzo unitario
impTotal = Totale
impReceipt = Scontrino
impRefundOf = Rimborso di { $receipt }
impRefund = Rimborso
impFix = Correggi una colonna
impFixIntro = Scegli che cosa contiene ogni colonna, poi controlla di nuovo. Non si salva niente finché non importi.
impLayout = Leggi il file come
impLayoutFound = Come riconosciuto
impDateOrder = Date come 03/04/2024 significano
impDateOrderAuto = Decidi in base al file
impDateDmy = 3 aprile (prima il giorno)
impDateMdy = 4 marzo (prima il mese)
impDatesAmbiguous = Ogni data di questo file si legge sia con il giorno sia con il mese prima: 03/04/2024 può essere il 3 aprile o il 4 marzo.
impDateOrderAsk = Di’ a Shopkeeper come questo file scrive le date, poi controlla di nuovo.
impSample = Primo valore
impCheckAgain = Controlla di nuovo con queste scelte
impWillRemember = Shopkeeper ricorderà queste scelte per i file come questo.
impSumPurchases = { $purchases } acquisti registrati, { $lines } righe.
impSumCustomers = { $created } nuovi clienti, { $matched } già nel negozio.
impSumWalkIns = { $n ->
    [one] 1 vendita senza cliente, non importata.
   *[other] { $n } vendite senza cliente, non importate.
}
impSumRefunds = { $n ->
    [one] Tra queste, 1 rimborso o reso.
   *[other] Tra queste, { $n } rimborsi e resi.
}
impSumAlready = { $n ->
    [one] 1 scontrino era già nel negozio ed è rimasto com’era.
   *[other] { $n } scontrini erano già nel negozio e sono rimasti com’erano.
}
impSumNotSales = { $n ->
    [one] 1 riga non è una vendita (annullata, stornata, rimborsata per intero o una riga di pagamento) ed è stata lasciata fuori.
   *[other] { $n } righe non sono vendite (annullate, stornate, rimborsate per intero o righe di pagamento) e sono state lasciate fuori.
}
impSumConsents = { $n ->
    [one] 1 consenso del file registrato.
   *[other] { $n } consensi del file registrati.
}
impSumCurrency = La valuta del negozio ora è { $code }, come nel file.
impSumBad = { $n ->
    [one] 1 riga lasciata fuori per un problema (elencata qui sotto).
   *[other] { $n } righe lasciate fuori per un problema (elencate qui sotto).
}
impSumRemembered = Le tue scelte di colonne verranno ricordate per il prossimo file come questo.
impUndoAsk = Rimuovere tutto ciò che questa importazione ha aggiunto? Spariscono acquisti, nuovi clienti e nuovi prodotti; nient’altro cambia.
impUndoYes = Sì, annulla l’importazione
impUndoNo = Tienila
impMoreBad = { $n ->
    [one] E un’altra riga con un problema.
   *[other] E altre { $n } righe con un problema.
}
impWhat =
    .customer_ref = Numero cliente
    .customer_name = Nome
    .given_name = Nome proprio
    .family_name = Cognome
    .email = Email
    .phone = Telefono
    .address = Indirizzo
    .language = Lingua
    .birthday = Compleanno
    .tags = Etichette
    .notes = Note
    .date = Data
    .sku = Codice articolo
    .product = Prodotto
    .quantity = Quantità
    .line_total = Totale riga
    .channel = Dove venduto
    .note = Nota
    .receipt = Numero dello scontrino
    .unit_price = Prezzo unitario
    .refund_of = Rimborso dello scontrino
    .contact = Email o telefono
    .currency = Valuta
    .discount = Sconto
    .time = Ora
