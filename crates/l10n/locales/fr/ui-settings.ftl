settings = Réglages
setTitle = Réglages
setShop = Votre boutique
setShopName = Nom de la boutique
setCurrency = Devise
setCurrencyHint = trois lettres, comme EUR ou CHF
setCurrencyLocked = La devise reste { $code } : des achats sont déjà enregistrés dans cette devise, et la changer changerait ce qu’ils valaient.
setRegion = Pays du téléphone
setRegionHint = deux lettres, comme FR : les numéros sans indicatif de pays sont lus comme venant de ce pays
setFrequency = Contacter les clients au plus
setFrequencyTimes = fois tous les
setFrequencyDays = jours, sauf si un client a demandé autre chose
setMaxContacts = Nombre maximum de contacts par période
setPeriodDays = Période en jours
setSave = Enregistrer
setSaved = Enregistré.
setAutoLock = Verrouiller après ce nombre de minutes d’inactivité
setAutoLockHint = de 1 à 480
setPassphrase = Phrase secrète
setCurrentPassphrase = Phrase secrète actuelle
setChangePassphrase = Changer la phrase secrète
setPassphraseChanged = La phrase secrète est changée, et vos données sont scellées sous une nouvelle clé. Utilisez désormais la nouvelle phrase secrète. Votre ancien kit de secours ne fonctionne plus : gardez le nouveau, ci-dessous.
setOldCopies = Ces anciennes copies, à côté de votre boutique, s’ouvrent encore avec l’ancienne phrase secrète ou l’ancien kit de secours. Supprimez-les si vous n’en avez plus besoin :
setKit = Kit de secours
setKitIntro = Un nouveau kit de secours a une nouvelle clé de secours, et vos données sont scellées sous une nouvelle clé. L’ancien kit cesse de fonctionner : imprimez ou enregistrez le nouveau et détruisez l’ancien.
setKitPassphrase = Votre phrase secrète, pour confirmer
setNewKit = Afficher un nouveau kit de secours
setKitShown = Votre nouvelle clé de secours
setKitClose = Je l’ai mise en lieu sûr
setLook = Apparence
setConsent = Textes du consentement
setConsentIntro = Ce qu’on demande aux clients pour chaque usage. Changer le texte en crée une nouvelle version ; chaque consentement garde la version que le client a vue.
setPurposes =
    .service = Leurs propres commandes et réparations
    .recommendations = Conseils personnels
    .promotions = Nouvelles et offres
    .occasions = Anniversaires et occasions
setVersion = version { $v }
setSaveWording = Enregistrer le texte
setTemplates = Brouillons de messages
setTemplatesIntro = Les mots par lesquels l’écran « Aujourd’hui » commence un brouillon, pour chaque type de suivi. Les noms entre accolades sont remplacés pour chaque client.
setTemplateKind = Type de suivi
setTemplateSubject = Objet
setTemplateBody = Message
setTemplateCanUse = Vous pouvez utiliser : { $names }
setTemplateBuiltIn = Texte d’origine de Shopkeeper
setTemplateSave = Enregistrer le brouillon
setTemplateSaved = Enregistré. Les nouveaux brouillons l’utilisent.
setTemplateReset = Revenir au texte de Shopkeeper
setWordingSaved = Enregistré comme version { $v }.
setRetention = Conservation des données
setRetentionIntro = Ne gardez les coordonnées des clients que tant qu’ils sont encore vos clients. Avec une règle, Shopkeeper liste les personnes que vous n’avez pas vues depuis un moment, pour que vous les gardiez (avec une raison) ou effaciez leurs données.
setRetentionRule = Revoir les clients sans achat ni contact depuis
setRetentionOff = Pas de règle (garder jusqu’à effacement)
setRetentionYears = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
setRetentionNone = { $n ->
    [one] Personne à revoir : tout le monde a acheté ou a été en contact au cours de la dernière année.
   *[other] Personne à revoir : tout le monde a acheté ou a été en contact au cours des { $n } dernières années.
}
setRetentionCount = { $n ->
    [one] { $n } client à revoir
   *[other] { $n } clients à revoir
}
setRetentionQuiet = Vu pour la dernière fois le { $date }
setRetentionKeep = Garder
setRetentionKeepFor = Garder { $name }
setRetentionReason = Pourquoi garder { $name } ?
setRetentionKeepSave = Garder et noter pourquoi
setRetentionKept = { $n ->
    [one] { $name } reste dans le fichier ; prochaine revue dans un an.
   *[other] { $name } reste dans le fichier ; prochaine revue dans { $n } ans.
}
setRetentionEraseHint = Pour effacer quelqu’un, ouvrez sa fiche et utilisez « Ses données ».
setLanguage = Langue
setLanguageSystem = Comme sur cet ordinateur
setLanguageHint = La fenêtre de Shopkeeper redémarre dans la langue choisie.
setFormats = Dates et montants
setFormatsLanguage = Comme la langue les écrit
setFormatsHint = Une boutique suisse écrit CHF 1’234.50, une boutique française 1 234,50 €. La fenêtre redémarre avec les formats choisis.
setWordingLanguage = Formulation en
setDigestTitle = Résumé du matin
setDigest = Afficher un résumé du matin au déverrouillage
setDigestHint = Une fois par jour, au premier déverrouillage : une notification indiquant combien de suivis, d’anniversaires et de promesses sont prévus, et si une sauvegarde est à faire. Des nombres seulement, jamais le nom d’un client : les notifications peuvent s’afficher sur l’écran de verrouillage.
