catalogTitle = Catalogue
catalogSearch = Trouver un produit
catalogSearchPlaceholder = Nom, réf., catégorie ou étiquette
catalogEmpty = Aucun produit pour l’instant. Ajoutez le premier avec le formulaire.
catalogNothing = Aucun produit ne correspond. Essayez avec moins de lettres.
catalogCount = { $all ->
    [one] { $all } produit
   *[other] { $all } produits
}
catalogCountShown = { $shown } sur { $all } produits
catalogNew = Nouveau
catalogNewHint = Arrivé ces 30 derniers jours
catalogSoon = Arrive le { $date }
catalogAdd = Ajouter un produit
catalogEdit = Modifier { $name }
catalogEditButton = Modifier
catalogSku = Réf.
catalogName = Nom
catalogCategory = Catégorie
catalogTags = Attributs et étiquettes
catalogTagsHint = p. ex. déca, taille:42
catalogPrice = Prix
catalogUseUp = Consommé en
catalogUseUpHint = jours ; p. ex. 30 pour un paquet de café
catalogService = Entretien tous les
catalogServiceHint = jours ; p. ex. 180 pour une révision de vélo
catalogArrival = Date d’arrivée
catalogOptional = facultatif
catalogSave = Enregistrer le produit
catalogSaving = Enregistrement…
catalogCancel = Annuler
catalogArchive = Retirer du catalogue
catalogArchiveHint = Les ventes passées gardent son nom ; il n’est plus proposé.
catalogAdded = Produit ajouté : { $name }.
catalogUpdated = Produit enregistré : { $name }.
catalogArchived = Retiré du catalogue : { $name }.
catalogLoadFailed = Le catalogue n’a pas pu être chargé.
catalogColProduct = Produit
catalogColCategory = Catégorie
catalogColPrice = Prix
catalogColIntervals = Intervalles
catalogDays = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
catalogUseUpShort = consommé en { $days }
catalogServiceShort = entretien tous les { $days }
