## Mode client. Ce que lit le commerçant (le bouton, le code dans les
## Réglages, le résumé au retour, le formulaire papier), puis ce que lit le
## client au comptoir (les messages cw…). Les questions de consentement portent
## la version que le cœur enregistre avec chaque choix
## (CUSTOMER_VIEW_WORDING_VERSION, « customer-view-1 ») : les changer dans une
## langue oblige à l’augmenter.

cvOpen = Mode client
cvOpenHint = Tournez l’écran vers le client : il voit et règle lui-même ses préférences et ses choix
cvForm = Formulaire de consentement…
cvFormHint = Un formulaire d’une page à remplir à la main, avec ce que nous savons déjà
cvFormBlank = Formulaire de consentement vierge…
cvFormSaved = Enregistré dans { $path }. Ce fichier n’est pas chiffré : imprimez-le, puis supprimez-le.
cvSummaryTitle = Pendant que le client avait l’écran
cvSummaryDismiss = Terminé
cvPaperTitle = Recopier un formulaire signé
cvPaperIntro = Cochez ce que le client a coché sur le formulaire papier. Chaque réponse est ajoutée à l’historique comme formulaire signé.
cvPaperOpen = Recopier un formulaire signé…
cvPaperSignedOn = Signé le
cvPaperNote = Note
cvPaperNoteHint = où le papier est rangé, facultatif
cvPaperYes = Oui
cvPaperNo = Non
cvPaperBlank = —
cvPaperAnswer = { $channel }, { $purpose }
cvPaperSave = Ajouter à l’historique
cvPaperCancel = Annuler
cvPaperSaved =
    { $n ->
        [one] { $n } réponse ajoutée à l’historique.
       *[other] { $n } réponses ajoutées à l’historique.
    }
cvMethodLabels =
    .customer-in-shop = Réglé par le client en boutique
    .signed-form = Formulaire signé
pinTitle = Code du commerçant
pinIntro = Un code court pour reprendre l’écran après le mode client. Sans code, la phrase secrète est demandée. Seule une forme brouillée en est gardée, dans le coffre.
pinIsSet = Un code est défini.
pinNotSet = Pas encore de code.
pinNew = Nouveau code
pinHint = 4 à 12 chiffres
pinPassphrase = Votre phrase secrète
pinSave = Enregistrer le code
pinClear = Supprimer le code
pinSaved = Code enregistré.
pinCleared = Code supprimé.
pinFormTitle = Formulaire papier
pinFormIntro = Pour les clients qui préfèrent le papier : un formulaire vierge de préférences et de consentement à imprimer.

## Ce que lit le client au comptoir.

cwHello = Bonjour, { $name }
cwIntro = Voici ce que nous gardons à votre sujet, et pourquoi. Vous pouvez tout corriger ici ; la boutique voit vos changements.
cwWhyTitle = Ce que nous gardons et pourquoi
cwWhy =
    .contact = Coordonnées
    .contact-why = Pour vous joindre comme vous l’avez demandé.
    .preferences = Préférences
    .preferences-why = Pour nous souvenir de ce que vous aimez et éviter ce que vous n’aimez pas.
    .purchases = Achats
    .purchases-why = Pour savoir ce que vous avez acheté, pour le service et les réparations.
    .choices = Vos choix
    .choices-why = Pour montrer ce que vous avez permis, et quand.
cwDetailsTitle = Comment vous joindre
cwEmail = E-mail
cwPhone = Téléphone
cwAddress = Adresse
cwBirthday = Anniversaire
cwBirthdayHint = par exemple 1980-04-23, ou 04-23
cwSaveDetails = Enregistrer mes coordonnées
cwSaved = Enregistré. Merci.
cwPrefsTitle = Ce que vous aimez, et ce que vous n’aimez pas
cwPrefsEmpty = Rien de noté pour l’instant.
cwRemove = Retirer { $what }
cwAddKind = Type
cwAddValue = À retenir
cwAdd = Ajouter
cwCategories =
    .size = Taille
    .fit = Coupe
    .colour = Couleur
    .brand = Marque
    .style = Style
    .taste = Goût
    .allergy = Allergie
    .dislike = N’aime pas
    .gift-idea = Idée cadeau
    .other = Autre
cwConsentTitle = Pouvons-nous vous contacter ?
cwConsentIntro = Choisissez oui ou non pour chaque moyen. Vous pouvez changer d’avis à tout moment.
cwChannels =
    .email = E-mail
    .sms = SMS
    .phone = Appel
    .post = Courrier
    .messaging = Messagerie
cwYes = Oui
cwNo = Non
cwNotAsked = Pas encore demandé
cwAnswerLabel = { $channel }: { $answer }
cwWordingVersion = Texte { $v }
cwOftenTitle = À quelle fréquence
cwOftenLabel = Au plus un message par
cwPeriods =
    .days-7 = semaine
    .days-14 = deux semaines
    .days-30 = mois
    .days-90 = trimestre
    .days-365 = an
cwQuietLabel = Pas de message avant le
cwQuietHint = laisser vide pour aucune pause
cwSaveOften = Enregistrer
cwHistoryTitle = Vos choix jusqu’ici
cwHistoryEmpty = Aucun choix enregistré.
cwHistoryHow = ({ $how })
cwMethods =
    .customer-in-shop = vous, en boutique
    .signed-form = formulaire signé
    .in-person = en personne
cwDone = J’ai terminé
cwThanksTitle = Merci
cwThanksText = Merci de rendre l’écran à la boutique.
cwStaff = Pour la boutique
cwUnlockTitle = Pour la boutique
cwUnlockPin = Code ou phrase secrète du commerçant
cwUnlockPassphrase = Phrase secrète
cwUnlock = Reprendre l’écran
cwBack = Retour
