customers = Clients
addCustomer = Ajouter un client
name = Nom
email = E-mail
phone = Téléphone
optional = facultatif
save = Enregistrer le client
saving = Enregistrement…
noCustomers = Aucun client pour l’instant. Ajoutez le premier avec le formulaire ci-dessus.
customerCount = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
added = Client ajouté : { $name }.
loadFailed = La liste des clients n’a pas pu être chargée.
listNew = Nouveau client
listNewHint = Ajouter un nouveau client (Ctrl+N)
listCloseForm = Fermer le formulaire
listFind = Chercher
listFindPlaceholder = Nom, e-mail, téléphone, note, produit…
listTag = Étiquette
listVisit = Dernier passage
listVisits =
    .any = N’importe quand
    .within-30 = Ces 30 derniers jours
    .within-90 = Ces 3 derniers mois
    .within-365 = Cette dernière année
    .away-60 = Pas de passage depuis 2 mois ou plus
    .away-180 = Pas de passage depuis 6 mois ou plus
    .away-365 = Pas de passage depuis un an ou plus
listSpent = A dépensé au moins ({ $currency })
listSpentInvalid = Tapez un montant comme 50 ou 12,50.
listMessages = Peut-on lui écrire ?
listMessageChoices =
    .any = Tout le monde
    .may-message = Accepte les messages
    .no-messages = Aucun message
    .not-asked = Pas encore demandé
listSort = Ordre
listSorts =
    .name = Nom
    .last-visit = Dernier passage
    .spend = Dépenses
listClear = Effacer les filtres
listNoMatch = Personne ne correspond. Essayez avec moins de mots ou effacez les filtres.
listMatching = { $n } sur { $of }
listSelect = Sélectionner { $name }
listSelected = { $n ->
    [one] { $n } sélectionné
   *[other] { $n } sélectionnés
}
listTagToAdd = Étiquette à ajouter
listAddTag = Ajouter l’étiquette
listTagged = { $n ->
    [one] « { $tag } » ajoutée à { $n } client.
   *[other] « { $tag } » ajoutée à { $n } clients.
}
listUnselect = Tout désélectionner
listSummaries = Fiches résumées (PDF)
listSummariesHint = Les fiches résumées des clients sélectionnés, pour l’équipe, une par page, dans un seul PDF. Le fichier n’est pas chiffré.
listSummariesFile = Fiches clients.pdf
listSummariesSaved = { $n ->
    [one] { $n } fiche enregistrée dans { $path }. Ce fichier n’est pas chiffré : gardez-le en lieu sûr ou supprimez-le une fois terminé.
   *[other] { $n } fiches enregistrées dans { $path }. Ce fichier n’est pas chiffré : gardez-le en lieu sûr ou supprimez-le une fois terminé.
}
listNever = Pas encore
listLoading = Chargement…
listHeaderName = Client
listHeaderLast = Dernier passage
listHeaderSpent = Dépensé
privacyAllows = Accepte les messages par { $channels }
privacyNone = Aucun message : seulement pour ses propres commandes
privacyUnasked = Pas encore demandé si on peut lui écrire
channelNames =
    .email = e-mail
    .sms = SMS
    .phone = appel
    .post = courrier
    .messaging = messagerie
