syncTitle = Synchronisation entre vos ordinateurs
syncOff = La synchronisation est désactivée — Shopkeeper n’utilise aucun réseau.
syncOffIntro = Pour partager cette boutique avec un autre de vos ordinateurs (la caisse et le portable de l’arrière-boutique, par exemple), choisissez un dossier que Syncthing, Nextcloud, Dropbox, un partage NAS ou une clé USB copie de l’un à l’autre. Shopkeeper n’y écrit que des fichiers chiffrés et n’ouvre toujours aucune connexion réseau.
syncFolder = Dossier partagé
syncFolderHint = copié entre vos ordinateurs
syncChooseFolder = Choisir…
syncDeviceName = Nom de cet ordinateur
syncDeviceNameHint = le nom que les autres lui donneront, p. ex. Caisse
syncStartHeading = Premier ordinateur de la boutique
syncStart = Activer la synchronisation
syncJoinHeading = Rejoindre la boutique d’un autre ordinateur
syncCode = Code d’appairage
syncCodeHint = affiché sur l’autre ordinateur
syncJoin = Rejoindre
syncBusy = Synchronisation… vous pouvez continuer à travailler.
syncOn = La synchronisation est activée, par le dossier { $folder }. Shopkeeper n’utilise toujours aucun réseau.
syncThisComputer = Cet ordinateur
syncLastSync = Dernière synchronisation
syncPending = Changements à envoyer
syncWaiting = Fichiers à appliquer
syncWaitingUnknown = inconnu : le dossier est inaccessible
syncNever = jamais
syncOthers = Autres ordinateurs
syncNoOthers = Aucune nouvelle d’un autre ordinateur pour l’instant.
syncPeer = { $files ->
    [one] { $name } : dernier changement appliqué { $when } ({ $files } fichier)
   *[other] { $name } : dernier changement appliqué { $when } ({ $files } fichiers)
}
syncNow = Synchroniser maintenant
syncShowCode = Afficher le code d’appairage
syncHideCode = Masquer le code d’appairage
syncCodePassphrase = Votre phrase secrète, pour afficher à nouveau le code
syncCodeReveal = Afficher le code
syncCodeNote = Tapez ce code vous-même sur l’autre ordinateur. Ne l’envoyez jamais par e-mail ni par message : avec ce code et le dossier, n’importe qui peut lire votre boutique.
syncTurnOff = Désactiver la synchronisation
syncTurnedOff = La synchronisation est désactivée. Les fichiers de cet ordinateur restent dans le dossier pour les autres.
syncStarted = La synchronisation est activée. La boutique a été écrite, chiffrée, dans le dossier.
syncJoined = Cet ordinateur a rejoint la boutique.
syncReportNothing = Rien de nouveau des autres ordinateurs, rien à envoyer.
syncReportApplied = { $files ->
    [one] { $files } fichier des autres ordinateurs appliqué
   *[other] { $files } fichiers des autres ordinateurs appliqués
} ({ $changes ->
    [one] { $changes } changement
   *[other] { $changes } changements
}).
syncReportSent = { $changes ->
    [one] { $changes } changement écrit pour les autres ordinateurs.
   *[other] { $changes } changements écrits pour les autres ordinateurs.
}
syncReportConflicts = { $n ->
    [one] { $n } conflit résolu : le changement le plus récent a été gardé.
   *[other] { $n } conflits résolus : le changement le plus récent a été gardé.
}
syncConflictsHeading = Conflits résolus récemment
syncNoConflicts = Aucun conflit jusqu’ici.
syncConflict = { $what }, { $detail } : gardé « { $kept } » venant de { $keptFrom }, et non « { $lost } » venant de { $lostFrom }.
syncEmpty = (vide)
