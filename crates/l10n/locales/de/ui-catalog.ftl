catalogTitle = Sortiment
catalogSearch = Artikel suchen
catalogSearchPlaceholder = Name, Artikelnummer, Kategorie oder Schlagwort
catalogEmpty = Noch keine Artikel. Legen Sie den ersten mit dem Formular an.
catalogNothing = Kein Artikel passt. Versuchen Sie es mit weniger Buchstaben.
catalogCount = { $all ->
    [one] 1 Artikel
   *[other] { $all } Artikel
}
catalogCountShown = { $shown } von { $all } Artikeln
catalogNew = Neu
catalogNewHint = In den letzten 30 Tagen eingetroffen
catalogSoon = Kommt am { $date }
catalogAdd = Artikel anlegen
catalogEdit = { $name } bearbeiten
catalogEditButton = Bearbeiten
catalogSku = Art.-Nr.
catalogName = Name
catalogCategory = Kategorie
catalogTags = Merkmale und Schlagwörter
catalogTagsHint = z. B. entkoffeiniert, größe:42
catalogPrice = Preis
catalogUseUp = Aufgebraucht nach
catalogUseUpHint = Tagen; z. B. 30 für eine Tüte Kaffee
catalogService = Service alle
catalogServiceHint = Tage; z. B. 180 für einen Fahrrad-Check
catalogArrival = Liefertermin
catalogOptional = optional
catalogSave = Artikel speichern
catalogSaving = Wird gespeichert…
catalogCancel = Abbrechen
catalogArchive = Aus dem Sortiment nehmen
catalogArchiveHint = Frühere Verkäufe behalten seinen Namen; er wird nicht mehr angeboten.
catalogAdded = { $name } wurde angelegt.
catalogUpdated = { $name } wurde gespeichert.
catalogArchived = { $name } wurde aus dem Sortiment genommen.
catalogLoadFailed = Das Sortiment konnte nicht geladen werden.
catalogColProduct = Artikel
catalogColCategory = Kategorie
catalogColPrice = Preis
catalogColIntervals = Intervalle
catalogDays = { $n ->
    [one] 1 Tag
   *[other] { $n } Tage
}
catalogUseUpShort = aufgebraucht in { $days }
catalogServiceShort = Service alle { $days }
