dupOpen = Doublons possibles
dupClose = Fermer les doublons
dupHeading = Doublons possibles
dupIntro = Des fiches qui pourraient être une seule personne saisie deux fois. Comparez-les, puis fusionnez-les ou laissez-les telles quelles.
dupLoading = Recherche des doublons…
dupNone = Aucun doublon probable parmi vos clients.
dupCount = { $n ->
    [one] { $n } paire à examiner
   *[other] { $n } paires à examiner
}
dupLikely = { $band ->
    [very] Très probablement la même personne
    [likely] Probablement la même personne
   *[other] Peut-être la même personne
}
dupCompare = Comparer
dupHide = Masquer
dupKeep = Garder cette fiche
dupAdded = Ajouté le { $date }
dupNoEmail = pas d’e-mail
dupNoPhone = pas de téléphone
dupMerge = Fusionner dans { $into }
dupMerging = Fusion…
dupMergeNote = Les achats, préférences, l’historique du consentement, les contacts et les promesses passent sur la fiche que vous gardez. Ses informations restent ; les e-mails, téléphones, étiquettes et notes de l’autre fiche s’y ajoutent ; les champs vides sont remplis à partir d’elle.
dupMerged = Fusionné dans { $name }.
dupLooksLike = Cette personne semble déjà être dans votre fichier :
dupOpenExisting = Ouvrir { $name }
dupReason = { $kind ->
    [same-email] même e-mail ({ $a })
    [same-phone] même téléphone ({ $a })
    [same-name] même nom
    [same-name-reordered] même nom, écrit autrement
    [short-form] { $a } et { $b } sont un même prénom
    [initial] { $a }. pourrait être { $b }
    [name-within] un nom est compris dans l’autre
    [similar-spelling] noms presque identiques
    [other-emails] mais e-mails différents
    [other-phones] mais téléphones différents
   *[other] autre chose en commun
}
