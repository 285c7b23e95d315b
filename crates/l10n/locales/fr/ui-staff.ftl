## Words of staff at the counter: who is working, switching person, Settings → Staff, the activity view.

staffWorking = Au comptoir
staffOwner = Propriétaire
# The owner's mark in the sidebar, one or two letters.
staffOwnerInitials = P
staffSwitch = Changer de personne
staffWhoTitle = Qui est au comptoir ?
staffWhoIntro = Touchez votre nom et tapez votre code PIN.
staffWhoIdle = Tout est calme depuis un moment. Touchez votre nom et tapez votre code PIN pour continuer.
staffPin = Votre code PIN
staffOwnerPinOrPassphrase = Le code PIN du propriétaire ou la phrase secrète
staffOwnerPassphrase = La phrase secrète
# Customer view's way back, for the member of staff who turned the screen.
cwUnlockStaffPin = Votre code PIN, celui du propriétaire ou la phrase secrète
cwUnlockStaffPassphrase = Votre code PIN ou la phrase secrète
staffSignIn = Continuer
staffBack = Retour
staffCancel = Annuler
staffRoles =
    .owner = Propriétaire
    .manager = Responsable
    .staff = Personnel
staffRoleHints =
    .owner = Tout, y compris la phrase secrète, le personnel et la synchronisation.
    .manager = Tout sauf la phrase secrète, le personnel et la synchronisation.
    .staff = Clients, ventes, préférences, consentements et contacts. Pas de réglages, pas d’export de nombreux clients, pas d’effacement.
staffTitle = Personnel
staffIntro = Chaque personne a son propre code PIN : la boutique sait ainsi qui a noté quoi. La phrase secrète reste la vôtre.
staffNone = Personne pour l’instant : vous seul travaillez au comptoir.
staffAddTitle = Ajouter une personne
staffName = Nom
staffNameNeeded = Tapez son nom.
staffRole = Rôle
staffTheirPin = Son code PIN
staffPinHint = 6 à 12 chiffres
staffPinAgain = Le code PIN à nouveau
staffPinDigits = Un code PIN compte 6 à 12 chiffres.
staffPinMismatch = Les deux codes PIN ne sont pas identiques.
staffColour = Couleur
staffColourN = Couleur { $n }
staffAdd = Ajouter
staffAdded = { $name } est ajouté et peut se connecter avec son code PIN.
staffRoleOf = Rôle de { $name }
staffRoleChanged = Le rôle de { $name } est modifié.
staffNewPin = Nouveau code PIN
staffNewPinFor = Nouveau code PIN pour { $name }
staffSavePin = Enregistrer le code PIN
staffPinChanged = { $name } a un nouveau code PIN.
staffRemove = Retirer
staffRemoveAsk = Retirer { $name } ? Cette personne ne pourra plus se connecter ; ce qu’elle a noté garde son nom.
staffRemoveYes = Retirer
staffKeep = Garder
staffRemoved = { $name } est retiré.
staffAskAfter = Demander qui est au comptoir après ce nombre de minutes d’inactivité
staffAskAfterHint = 0 = jamais
actTitle = Qui a fait quoi
actIntro = Ce que chaque personne a noté, du plus récent au plus ancien.
actPerson = Personne
actOf = Ce qu’a fait { $name }
actLoading = Chargement…
actNothing = Rien de noté pour l’instant.
actCount = { $n ->
    [one] { $n } enregistrement
   *[other] { $n } enregistrements
}
actKinds =
    .sale = Vente
    .correction = Vente corrigée
    .consent = Consentement
    .preference = Préférence
    .contact = Contact
    .follow-up = Relance
    .erasure = Client effacé
    .export = Export
    .backup = Sauvegarde
    .import = Import
    .staff-added = Personne ajoutée
    .staff-removed = Personne retirée
    .staff-role = Rôle modifié
