bkTitle = Sauvegardes
bkLast = Dernière sauvegarde : { $when }
bkNever = jamais
bkJustNow = à l’instant
bkReminder = C’est l’heure d’une sauvegarde : une copie sur une clé USB protège vos clients si cet ordinateur tombe en panne.
bkProblem = La dernière fois, quelque chose s’est mal passé : { $p }
bkNoRecovery = Les sauvegardes s’ouvrent avec votre phrase secrète. Affichez une fois un nouveau kit de secours pour qu’elles s’ouvrent aussi avec la clé de secours.
bkFolder = Dossier des sauvegardes
bkFolderHint = une clé USB ou un autre disque, c’est l’idéal
bkChooseFolder = Choisir…
bkOnClose = Sauvegarder à la fermeture de Shopkeeper
bkDaily = Sauvegarder une fois par jour tant que Shopkeeper est ouvert
bkRemindDays = Me prévenir quand la dernière sauvegarde date de plus de ce nombre de jours
bkSaveSchedule = Enregistrer les réglages de sauvegarde
bkNow = Sauvegarder maintenant
bkBusy = Sauvegarde en cours… vous pouvez continuer à travailler.
bkToFile = Enregistrer une copie sous…
bkDone = { $removed ->
    [0] Sauvegardé dans { $path }.
    [one] Sauvegardé dans { $path }. { $removed } ancienne sauvegarde a été rangée.
   *[other] Sauvegardé dans { $path }. { $removed } anciennes sauvegardes ont été rangées.
}
bkKeep = Garde dans le dossier 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles.
bkRestoreTitle = Restaurer une sauvegarde
bkRestoreIntro = La sauvegarde est restaurée dans un nouveau fichier, à côté de votre boutique ; votre boutique actuelle reste intacte tant que vous ne basculez pas.
bkRestoreFile = Fichier de sauvegarde
bkChooseFile = Choisir…
bkUseRecoveryKey = Je n’ai que la clé de secours
bkUsePassphrase = Je connais la phrase secrète de la sauvegarde
bkRestoreKey = Clé de secours (celle du kit de secours)
bkRestoreNewPassphrase = Nouvelle phrase secrète pour la copie restaurée
bkRestoreNewPassphraseAgain = Nouvelle phrase secrète, une deuxième fois
bkRestorePassphrase = La phrase secrète de la sauvegarde (celle de votre boutique au moment où elle a été faite)
bkRestore = Restaurer dans une nouvelle copie
bkRestoring = Restauration… cela peut prendre une minute.
bkRestored = Restauré. Voici ce que contient la copie :
bkErasuresApplied = { $n ->
    [one] { $n } client effacé depuis cette sauvegarde a aussi été effacé de la copie.
   *[other] { $n } clients effacés depuis cette sauvegarde ont aussi été effacés de la copie.
}
bkShop = Boutique
bkMade = Date de la sauvegarde
bkCustomers = Clients
bkPurchases = Achats
bkLastPurchase = Dernier achat
bkNone = aucun
bkCopyAt = Nouvelle copie
bkSwitch = Basculer sur cette copie
bkSwitchHint = Votre fichier de boutique actuel est gardé, renommé avec la date du jour ; rien n’est supprimé. Shopkeeper se verrouille et ouvre la copie avec la même phrase secrète.
bkSwitched = C’est fait. Votre ancien fichier de boutique est gardé sous le nom { $kept }.
bkNewKitForCopy = La copie a sa propre clé de secours. Imprimez ou enregistrez son kit de secours :
