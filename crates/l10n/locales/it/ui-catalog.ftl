catalogTitle = Catalogo
catalogSearch = Trova un prodotto
catalogSearchPlaceholder = Nome, codice articolo, categoria o etichetta
catalogEmpty = Ancora nessun prodotto. Aggiungi il primo con il modulo.
catalogNothing = Nessun prodotto corrisponde. Prova con meno lettere.
catalogCount = { $all ->
    [one] 1 prodotto
   *[other] { $all } prodotti
}
catalogCountShown = { $shown } di { $all } prodotti
catalogNew = Novità
catalogNewHint = Arrivato negli ultimi 30 giorni
catalogSoon = In arrivo il { $date }
catalogAdd = Aggiungi un prodotto
catalogEdit = Modifica { $name }
catalogEditButton = Modifica
catalogSku = Cod.
catalogName = Nome
catalogCategory = Categoria
catalogTags = Caratteristiche ed etichette
catalogTagsHint = es. decaffeinato, taglia:42
catalogPrice = Prezzo
catalogUseUp = Finisce dopo
catalogUseUpHint = giorni; es. 30 per un pacco di caffè
catalogService = Revisione ogni
catalogServiceHint = giorni; es. 180 per un controllo della bici
catalogArrival = Data di arrivo
catalogOptional = facoltativo
catalogSave = Salva prodotto
catalogSaving = Salvataggio…
catalogCancel = Annulla
catalogArchive = Togli dal catalogo
catalogArchiveHint = Le vendite passate conservano il nome; non viene più proposto.
catalogAdded = { $name } è stato aggiunto.
catalogUpdated = { $name } è stato salvato.
catalogArchived = { $name } è stato tolto dal catalogo.
catalogLoadFailed = Non è stato possibile caricare il catalogo.
catalogColProduct = Prodotto
catalogColCategory = Categoria
catalogColPrice = Prezzo
catalogColIntervals = Intervalli
catalogDays = { $n ->
    [one] 1 giorno
   *[other] { $n } giorni
}
catalogUseUpShort = finisce in { $days }
catalogServiceShort = revisione ogni { $days }
