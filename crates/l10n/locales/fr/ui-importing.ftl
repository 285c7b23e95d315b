import = Importer
impTitle = Importer depuis une caisse, une boutique en ligne ou un tableur
impSteps =
    .choose = Choisir le fichier
    .check = Vérifier ce que Shopkeeper a trouvé
    .import = Importer
impStep = Étape { $n } sur { $of } : { $name }
impIntro = Reprenez vos clients ou vos achats depuis un fichier CSV tel que votre caisse ou votre boutique en ligne l’exporte (Shopify, Square, SumUp, Lightspeed, Loyverse, WooCommerce ou un tableur enregistré en CSV), ou des contacts d’un téléphone ou d’un carnet d’adresses (.vcf). Shopkeeper vérifie d’abord le fichier et n’enregistre rien avant votre accord.
impFile = Fichier CSV
impVcfFile = Fichier de contacts (.vcf)
impChooseFile = Choisir…
impKind = Le fichier contient
impKinds =
    .customers = Des clients, un par ligne
    .purchases = Des achats, un article par ligne
    .vcard = Des contacts d’un téléphone ou d’un carnet d’adresses (vCard)
impVcardMerge = Quand un contact est déjà client, lui ajouter ses e-mails, téléphones et étiquettes (sinon, il est laissé de côté)
impVcardWouldDo = Nouveaux clients : { $added }. Déjà clients : { $duplicates }. Contacts laissés de côté : { $skipped }.
impVcardSummary = { $merged ->
    [true] Nouveaux clients : { $added }. Déjà clients, mis à jour : { $duplicates }. Contacts laissés de côté : { $skipped }.
   *[other] Nouveaux clients : { $added }. Déjà clients, laissés tels quels : { $duplicates }. Contacts laissés de côté : { $skipped }.
}
impCardNotes = Ce qui n’a pas été gardé
impCard = Contact
impCardName = { $position }. { $name }
impCardNoName = (sans nom)
impCardSkipped = laissé de côté
impUnlisted = { $n ->
    [one] Et { $n } autre contact dont une partie n’a pas été gardée.
   *[other] Et { $n } autres contacts dont une partie n’a pas été gardée.
}
impNext = Suivant
impBack = Retour
impColumn = Colonne
impField = Champ Shopkeeper
impIgnore = — non importé —
impDuplicate = Deux colonnes sont réglées sur { $field } ; choisissez-en une.
impChecking = Vérification…
impReading = Lecture du fichier…
impBadRows = Lignes avec un problème
impLine = Ligne
impReason = Problème
impSkipBad = Importer les bonnes lignes et laisser de côté celles qui ont un problème
impNothingIfBad = S’il y a des lignes avec un problème, rien n’est importé, sauf si vous choisissez de les laisser de côté.
impRun = Importer
impRunning = Import en cours… vous pouvez continuer à travailler.
impProgress = { $rows } lignes sur { $total }
impNotWritten = Rien n’a été importé.
impUndo = Annuler cet import
impUndoing = Annulation…
impUndone = { $consents ->
    [0] Import annulé : { $purchases } achats, { $customers } nouveaux clients et { $products } nouveaux produits retirés. La boutique est comme avant.
   *[other] Import annulé : { $purchases } achats, { $customers } nouveaux clients et { $products } nouveaux produits retirés, ainsi que { $consents } consentements repris du fichier. La boutique est comme avant.
}
impAnother = Importer un autre fichier
impLooksLike = Format reconnu : { $name }.
impReadAs = Lu comme { $name }, selon votre choix.
impRemembered = Vos choix de colonnes de la dernière fois ont été repris.
impMapped = Lu avec vos choix de colonnes.
impByNames = Colonnes associées d’après leur nom.
impFactRows = { $rows } lignes, { $good } prêtes à importer
impFactReceipts = { $n ->
    [one] { $n } ticket ou commande
   *[other] { $n } tickets ou commandes
}
impFactCustomers = { $created } nouveaux clients, { $matched } déjà dans la boutique
impFactCurrency = montants en { $code }
impFactCurrencyNew = montants en { $code } (deviendra la devise de la boutique)
impFactDates = dates écrites { $order }
impDateOrders =
    .dmy = jour d’abord (31/03/2024)
    .mdy = mois d’abord (03/31/2024)
    .ymd = année d’abord (2024-03-31)
impFirstLines = Les premières lignes, telles qu’elles seront enregistrées
impFirstRows = Les premières lignes du fichier
impWhen = Date
impWho = Client
impLineProduct = Produit
impQty = Quantité
impUnitPrice = Prix unitaire
impTotal = Total
impReceipt = Ticket
impRefundOf = Retour du ticket { $receipt }
impRefund = Retour
impFix = Corriger une colonne
impFixIntro = Choisissez ce que contient chaque colonne, puis vérifiez à nouveau. Rien n’est enregistré avant l’import.
impLayout = Lire le fichier comme
impLayoutFound = Tel que reconnu
impDateOrder = Une date comme 03/04/2024 veut dire
impDateOrderAuto = Décider d’après le fichier
impDateDmy = 3 avril (jour d’abord)
impDateMdy = 4 mars (mois d’abord)
impDatesAmbiguous = Chaque date de ce fichier se lit aussi bien jour d’abord que mois d’abord : 03/04/2024 peut être le 3 avril ou le 4 mars.
impDateOrderAsk = Indiquez à Shopkeeper comment ce fichier écrit les dates, puis vérifiez à nouveau.
impSample = Première valeur
impCheckAgain = Vérifier à nouveau avec ces choix
impWillRemember = Shopkeeper retiendra ces choix pour les fichiers de ce genre.
impSumPurchases = { $purchases } achats enregistrés, { $lines } lignes.
impSumCustomers = { $created } nouveaux clients, { $matched } déjà dans la boutique.
impSumWalkIns = { $n ->
    [one] { $n } vente sans client, non importée.
   *[other] { $n } ventes sans client, non importées.
}
impSumRefunds = { $n ->
    [one] Dont { $n } remboursement ou retour.
   *[other] Dont { $n } remboursements et retours.
}
impSumAlready = { $n ->
    [one] { $n } ticket était déjà dans la boutique, laissé tel quel.
   *[other] { $n } tickets étaient déjà dans la boutique, laissés tels quels.
}
impSumNotSales = { $n ->
    [one] { $n } ligne n’est pas une vente (annulée, remboursée en entier ou ligne de paiement), laissée de côté.
   *[other] { $n } lignes ne sont pas des ventes (annulées, remboursées en entier ou lignes de paiement), laissées de côté.
}
impSumConsents = { $n ->
    [one] { $n } consentement du fichier enregistré.
   *[other] { $n } consentements du fichier enregistrés.
}
impSumCurrency = La devise de la boutique est maintenant { $code }, comme dans le fichier.
impSumBad = { $n ->
    [one] { $n } ligne laissée de côté à cause d’un problème (voir plus bas).
   *[other] { $n } lignes laissées de côté à cause d’un problème (voir plus bas).
}
impSumRemembered = Vos choix de colonnes sont retenus pour le prochain fichier de ce genre.
impUndoAsk = Retirer tout ce que cet import a ajouté ? Les achats, les nouveaux clients et les nouveaux produits partent ; rien d’autre ne change.
impUndoYes = Oui, annuler l’import
impUndoNo = Le garder
impMoreBad = { $n ->
    [one] Et { $n } autre ligne avec un problème.
   *[other] Et { $n } autres lignes avec un problème.
}
impWhat =
    .customer_ref = Numéro de client
    .customer_name = Nom
    .given_name = Prénom
    .family_name = Nom de famille
    .email = E-mail
    .phone = Téléphone
    .address = Adresse
    .language = Langue
    .birthday = Anniversaire
    .tags = Étiquettes
    .notes = Notes
    .date = Date
    .sku = Référence produit (SKU)
    .product = Produit
    .quantity = Quantité
    .line_total = Total de la ligne
    .channel = Lieu de vente
    .note = Note
    .receipt = Numéro de ticket
    .unit_price = Prix unitaire
    .refund_of = Retour du ticket
    .contact = E-mail ou téléphone
    .currency = Devise
    .discount = Remise
    .time = Heure
