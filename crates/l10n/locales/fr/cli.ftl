# Ce que la ligne de commande ajoute à une erreur.
cli-hint-no-shop = Créez-en d’abord une (shopkeeper vault init), ou choisissez un autre fichier avec --vault.
cli-hint-map-column = Indiquez la colonne avec --map COLONNE={ $field }.
cli-hint-date-order = Indiquez-le avec --date-order dmy ou --date-order mdy.
cli-hint-sync-on = Activez-la avec : shopkeeper sync enable --folder DOSSIER
cli-hint-sync-off = Désactivez-la avec : shopkeeper sync disable
cli-hint-sync-join = Pour rejoindre : shopkeeper sync enable --folder DOSSIER --join CODE
