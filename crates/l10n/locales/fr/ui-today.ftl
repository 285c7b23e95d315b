todayTitle = Aujourd’hui
todayIntro = Les personnes à qui un petit mot ferait plaisir, et pourquoi. Shopkeeper n’envoie jamais rien lui-même.
todayEmpty = Personne n’attend de suivi aujourd’hui. Profitez du calme.
todayStartHint = Les suggestions viennent de ce que vous enregistrez : les clients, leurs achats et ce qu’ils autorisent.
todayStartCustomers = Aller aux clients
todayStartImport = Importer depuis un tableur
todayLoadFailed = Les suggestions du jour n’ont pas pu être calculées.
todayDueThisWeek = { $n ->
    [one] { $n } suivi cette semaine
   *[other] { $n } suivis cette semaine
}
todayKinds =
    .replenishment-due = Bientôt à court
    .lapsing-regular = Habitués perdus de vue
    .occasion = Occasions à venir
    .matches-taste = Nouveautés à leur goût
    .service-check = Entretien à faire
    .promised-follow-up = Suivis promis
    .thank-you = Remerciements
todayOtherKind = Autre
todayKind =
    .replenishment-due = Bientôt à court
    .lapsing-regular = Pas vu depuis un moment
    .occasion = Une date approche
    .matches-taste = Nouveau, à son goût
    .service-check = Entretien à faire
    .promised-follow-up = Vous l’avez promis
    .thank-you = Dire merci
todayKindFilter = Afficher seulement
todayAllKinds = Tous
todayOrder = Les plus susceptibles de revenir d’abord, d’après vos ventes jusqu’ici.
todayChannel = Autorise : { $channel }
todayInPerson = Aucun message autorisé : à mentionner en personne à la prochaine visite
todayChannels =
    .email = e-mail
    .sms = SMS
    .phone = appel
    .post = courrier
    .messaging = messagerie
    .in-person = en personne
todayWhy = Pourquoi cette suggestion
todayOpenProfile = Ouvrir la fiche de { $name }
todayDraft = Brouillon
todayHideDraft = Masquer le brouillon
todaySubject = Objet
todayMessage = Message
todayCopy = Copier
todayCopied = Copié. Collez-le dans votre message d’ici une minute : il sera ensuite effacé du presse-papiers.
todayUndo = Annuler
todayUndone = Annulé : la suggestion est de nouveau dans la liste.
# Arguments: $app
todayOpenedAsk = { $app ->
    [call] Vous l’avez eu ? Marquez le suivi comme fait : il entre dans l’historique des contacts.
   *[other] Envoyé ? Marquez le suivi comme fait : il entre dans l’historique des contacts.
}
# Arguments: $app
todayMarkSent = { $app ->
    [call] Marquer comme appelé
   *[other] Marquer comme envoyé
}
todayOpenLink = { $app ->
    [mail] Ouvrir dans la messagerie
    [sms] Envoyer par SMS
    [call] Appeler
    [whatsapp] Ouvrir dans WhatsApp
    [signal] Ouvrir dans Signal
   *[other] Ouvrir
}
todayDone = Fait
todayDoneHow = Par quel moyen ?
todayDoneNote = Ce qui s’est dit (facultatif)
todayDoneSave = Marquer comme fait
todaySnooze = Reporter
todaySnoozeUntil = Le remontrer le
todaySnoozeSave = Reporter
todayDismiss = Écarter
todayDismissWhy = Pourquoi ?
todayDismissReasons =
    .not-relevant = Pas pertinent
    .already-handled = Déjà fait
    .not-interested-in-kind = Ce genre de mot ne l’intéresse pas
todayDismissSave = Écarter
todayMarkedDone = Fait : noté dans l’historique des contacts de { $name }.
todaySnoozed = { $name } reviendra le { $until }.
todayDismissed = Écarté pour { $name }.
todayRecent = Contacts récents
todayRecentEmpty = Aucun contact noté pour l’instant.
qualityTitle = Mes suggestions sont-elles bonnes ?
qualityIntro = Shopkeeper regarde en arrière : il classe vos clients comme il l’aurait fait il y a { $lookback } jours, avec les seules ventes qu’il connaissait alors, et vérifie qui est vraiment revenu dans les { $horizon } jours suivants.
qualityWorking = Retour sur vos ventes…
qualitySentence = Parmi les personnes que Shopkeeper aurait mises en tête il y a { $lookback } jours, { $n } sur 10 sont revenues dans les { $horizon } jours ; en choisissant « les plus récemment venus », on en aurait trouvé { $m } sur 10.
qualityAverage = Sur l’ensemble des { $customers } clients qui avaient déjà acheté à ce moment-là, { $share } sont revenus.
qualityVerdict =
    .better = L’ordre de cette page vaut donc la peine d’être suivi.
    .same = À peu près aussi bien que de commencer par les clients les plus récents ; cela s’améliore à mesure que votre historique grandit.
    .worse = Ici, commencer par les clients les plus récents aurait mieux marché. Les suggestions apprennent de chaque vente enregistrée.
qualityMethod =
    .learned = ce qu’enseigne l’historique de cette boutique
    .blend = la fréquence et la date des achats de chaque client, et son propre rythme
    .bgnbd = la fréquence et la date des achats de chaque client
    .rhythm = le rythme propre à chaque client
    .recency = qui est venu le plus récemment
qualityMethodOther = la méthode qui a le mieux marché sur vos ventes
qualityRankedBy = La liste ci-dessus suit le même ordre : les clients classés selon { $how }.
qualityChosen = Méthode choisie parce que, sur vos dernières semaines de ventes, classer selon { $how } a placé un client revenu devant un client non revenu { $n } fois sur 100 ; { $others }.
qualityBeat = selon { $how }, { $n } fois sur 100
qualityChartTitle = Achats attendus et réellement faits sur { $horizon } jours, par dixième de clients
qualityExpected = Attendus
qualityActual = Réellement achetés
qualityAxisX = Clients par dixièmes, du moins au plus susceptible de revenir
qualityAxisY = Achats par client
qualityChartSummary = Graphique en barres. Dans le dixième des clients les moins susceptibles de revenir, chacun devait acheter { $lowExpected } fois en { $horizon } jours et a acheté { $lowActual } fois ; dans le dixième le plus susceptible, { $highExpected } attendus et { $highActual } réellement achetés.
qualityTooLittle = L’historique est encore trop court pour le dire. Une fois quelques mois de ventes enregistrés pour quelques dizaines de clients, vous verrez ici si les suggestions auraient bien marché.
qualityFailed = Impossible de le calculer pour le moment.

todayDaySheet = Imprimer la feuille du jour
todayDaySheetTitle = Les relances du jour
todayDaySheetSaved = Enregistré dans { $path }. Ce fichier n’est pas chiffré : imprimez-le, puis supprimez-le.
