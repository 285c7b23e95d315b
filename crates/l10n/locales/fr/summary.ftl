## Récapitulatifs clients imprimés et exportés (PDF, HTML, Markdown), le
## dossier remis au client sur ses données et le formulaire de consentement
## papier : clés summary-… et form-…. Ils sont écrits dans la langue du client ;
## ce qui est « pour la boutique » est lu par l’équipe, le reste par le client
## (vouvoiement).

## Dates. $day et $year sont des nombres ; $month est un nom de mois
## (summary-month, ou sa forme .short pour .short).
summary-date = { $day } { $month } { $year }
    .short = { $day } { $month } { $year }
    .day-month = { $day } { $month }
    .with-time = { $date }, { $time }
# $month : 1 à 12.
summary-month = { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
    .short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
# $day : 1 (lundi) à 7 (dimanche), en abrégé.
summary-weekday = { $day ->
        [1] lun.
        [2] mar.
        [3] mer.
        [4] jeu.
        [5] ven.
        [6] sam.
       *[7] dim.
    }

## En-têtes et pieds de page.
summary-page = Page { $page } sur { $total }
summary-pdf-title = { $shop } : { $name }
summary-pdf-title-many = { $shop } : récapitulatifs clients
summary-continued = { $heading } (suite)
summary-nothing = Rien d’enregistré.

## Titres des sections.
summary-heading =
    .careful = Allergies et aversions
    .preferences = Préférences
    .staff-notes = Notes pour l’équipe
    .about = Informations
    .purchases = Achats récents
    .contact = Contact
    .about-you = Vos informations
    .your-preferences = Vos préférences
    .your-purchases = Vos achats récents
    .how-contact = Comment nous pouvons vous contacter
    .notes-about-you = Nos notes à votre sujet
    .choices = Historique de vos choix
    .kept = Ce que nous conservons à votre sujet, et pourquoi

## Libellés devant une valeur.
summary-label =
    .contact = Contact
    .language = Langue
    .birthday = Anniversaire
    .household = Foyer
    .tags = Étiquettes
    .name = Nom
    .reach-you = Pour vous joindre
    .your-household = Votre foyer
    .our-labels = Nos étiquettes
    .our-reference = Notre référence
    .prefers = Préfère
    .you-prefer = Vous préférez
    .how-often = À quelle fréquence
    .quiet-until = Aucun message avant le

## Colonnes des tableaux.
summary-column =
    .when = Quand
    .how = Comment
    .what-for = Pour quoi
    .your-choice = Votre choix
    .how-you-told = Comment vous nous l’avez dit
    .wording = Version
    .what-we-keep = Ce que nous conservons
    .why = Pourquoi
    .date = Date
    .what = Article
    .quantity = Quantité
    .amount = Montant
    .allowed = Autorisé

## Marques sur une préférence.
summary-badge =
    .allergy = Allergie
    .dislike = N’aime pas
summary-for = Pour { $who }
summary-from = Source : { $source }
summary-noted = Noté le { $date }
summary-why-kept = Pourquoi nous le conservons : { $purpose }

## Le récapitulatif pour l’équipe.
summary-shop-subtitle = Récapitulatif client pour la boutique
summary-shop-subtitle-ref = Récapitulatif client pour la boutique · { $reference }
summary-shop-footer = Pour l’équipe de la boutique. À garder hors de la vue des autres clients.

## Le récapitulatif pour le client (ce que demande une demande d’accès).
summary-customer-subtitle = Ce que { $shop } conserve à votre sujet
summary-customer-intro = Voici tout ce que { $shop } conserve à votre sujet au { $date }. Si quelque chose est inexact ou dépassé, dites-le-nous et nous le corrigerons. Vous pouvez aussi nous demander de tout effacer.
summary-customer-footer = Préparé pour { $name } le { $date }.

## Ce que la boutique conserve, en mots.
summary-channel =
    .email = E-mail
    .sms = SMS
    .phone = Appel
    .post = Courrier
    .messaging = Messagerie
summary-purpose =
    .service = Au sujet de vos commandes et réparations
    .recommendations = Recommandations personnelles
    .promotions = Offres et lettres d’information
    .occasions = Vœux d’anniversaire et d’occasions
summary-state =
    .granted = Oui
    .refused = Non
    .not-asked = Pas demandé
summary-category =
    .size = Tailles
    .fit = Coupe
    .colour = Couleurs
    .brand = Marques
    .style = Style
    .taste = Goûts
    .allergy = Allergies
    .dislike = Aversions
    .gift-idea = Idées cadeaux
    .other = Autre
summary-source =
    .told-shop = Nous l’a dit
    .told-customer = Vous nous l’avez dit
    .noticed = Remarqué par la boutique
summary-relation =
    .partner = conjoint·e
    .child = enfant
    .parent = parent
    .buys-for = achète pour cette personne
    .bought-for = cette personne achète pour elle
    .other = proche
summary-household-member = { $name } ({ $relation })
# $code : le code de langue tel que la boutique l’a écrit ; un code inconnu s’affiche tel quel.
summary-language = { $code ->
        [en] anglais
        [nb] norvégien
        [no] norvégien
        [nn] norvégien
        [da] danois
        [sv] suédois
        [de] allemand
        [fr] français
        [es] espagnol
        [it] italien
        [nl] néerlandais
        [pt] portugais
        [pl] polonais
        [fi] finnois
        [zh] chinois
        [ja] japonais
        [ar] arabe
       *[other] { $code }
    }
summary-every-year = { $label } (chaque année)
summary-returned = Retourné : { $what }
summary-purchase = Achat
summary-no-channel = Aucun moyen
summary-channel-times = { $channel }, { $times }
# Comment un choix a été fait, pour les moyens que Shopkeeper enregistre lui-même.
summary-method =
    .customer-in-shop = vous-même, sur l’écran en boutique
    .signed-form = formulaire signé
    .merged = repris d’une fiche en double
summary-method-imported = importé depuis { $layout }

## À quelle fréquence le client peut être contacté.
summary-frequency-none = Aucun message
summary-frequency-at-most = Au plus { $count } { $period }
# $n : combien de messages.
summary-frequency-count = { $n ->
        [1] un message
        [2] deux messages
        [3] trois messages
       *[other] { $n } messages
    }
# $days : la période en jours (30 pour un mois, 61 deux mois, 91 trois, 182 six, 365 un an).
summary-frequency-period = { $days ->
        [1] par jour
        [7] par semaine
        [14] toutes les deux semaines
        [30] par mois
        [61] tous les deux mois
        [91] tous les trois mois
        [182] tous les six mois
        [365] par an
       *[other] tous les { $days } jours
    }
summary-frequency-weeks = toutes les { $weeks } semaines
summary-frequency-days = { $rule }, de préférence : { $days }
summary-frequency-topics = { $rule } ; au sujet de { $topics }
summary-frequency-usual = { $rule } (la règle habituelle de la boutique)
    .customer = { $rule } (notre règle habituelle ; dites-nous si vous la voulez différente)

## Chaque type de données conservé, et pourquoi (récapitulatif pour le client).
summary-kept =
    .contact = Coordonnées
    .preferences = Préférences
    .purchases = Achats
    .consent = Vos consentements
summary-kept-why =
    .contact = Pour vous joindre comme vous l’avez demandé.
    .preferences = Pour nous souvenir de ce que vous aimez et éviter ce que vous n’aimez pas.
    .purchases = Pour savoir ce que vous avez acheté, pour le service et le suivi.
    .consent = Pour prouver ce que vous avez autorisé, et quand.

## Le formulaire papier (lu par le client).
form-title = Vos préférences et vos choix
form-subtitle-for = Pour { $name } · merci de vérifier, corriger et cocher
form-subtitle-blank = À remplir au stylo
form-intro = Dites à { $shop } ce qu’il faut retenir et comment nous pouvons vous contacter : cochez oui ou non pour chaque moyen. Vous pouvez changer d’avis à tout moment, et nous demander de voir ou d’effacer ce que nous conservons.
form-heading =
    .about = Vos informations
    .remember = Ce que vous aimeriez que nous retenions
    .contact = Pouvons-nous vous contacter ?
form-signature = Date et signature
form-footer = Version du formulaire { $version }
form-yes = Oui
form-no = Non
form-about =
    .name = Nom
    .email = E-mail
    .phone = Téléphone
    .address = Adresse
    .birthday = Anniversaire
form-remember =
    .sizes = Tailles et coupe
    .likes = Ce que vous aimez
    .dislikes = Ce que vous n’aimez pas
    .allergies = Allergies
form-frequency =
    .how-often = À quelle fréquence au plus
    .quiet-until = Aucun message avant le

summary-taken-by = { $how }, recueilli par { $name }

## La feuille du jour
sheet-title = Les relances du jour
sheet-subtitle = { $n ->
    [0] Personne à relancer aujourd’hui
    [one] Un client à relancer · cochez au fur et à mesure
   *[other] { $n } clients à relancer · cochez au fur et à mesure
}
sheet-heading =
    .to-contact = À contacter aujourd’hui
    .in-person = À mentionner à leur prochaine visite
sheet-column =
    .done = Fait
    .customer = Client
    .why = Pourquoi
    .how = Comment le joindre
sheet-nobody = Personne aujourd’hui.
sheet-footer = Pour le personnel de la boutique. Contactez chaque client uniquement par le moyen indiqué : c’est celui qu’il autorise aujourd’hui.
