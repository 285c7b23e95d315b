# Pourquoi un suivi est suggéré : la raison de chaque suggestion et les
# phrases sous « Pourquoi cette suggestion ». Les nombres qui choisissent un
# pluriel sont entiers ; $unit choisit l’unité d’une durée.

## Dates et durées

# Un jour du mois, comme « 12 novembre ».
reason-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
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
# Un jour du mois, en court, comme « 12 nov. ».
reason-day-month-short = { $day } { $month ->
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
# Une durée exacte : « 34 jours », « 5 semaines », « 6 mois ».
reason-duration = { $unit ->
    [day] { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
    [week] { $n ->
        [one] { $n } semaine
       *[other] { $n } semaines
    }
   *[month] { $n } mois
}
# Une durée arrondie comme on la dit : « 10 jours », « 9 semaines », « environ 4 mois », « environ 2 ans ».
reason-span = { $unit ->
    [day] { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
    [week] { $n ->
        [one] { $n } semaine
       *[other] { $n } semaines
    }
    [month] environ { $n } mois
   *[year] { $n ->
        [one] environ { $n } an
       *[other] environ { $n } ans
    }
}
# À peu près à quelle fréquence : « environ toutes les 5 semaines », « tous les jours ».
reason-about-every = { $unit ->
    [day] { $n ->
        [0] tous les jours
        [one] tous les jours
       *[other] environ tous les { $n } jours
    }
    [week] { $n ->
        [one] environ chaque semaine
       *[other] environ toutes les { $n } semaines
    }
    [month] { $n ->
        [one] environ chaque mois
       *[other] environ tous les { $n } mois
    }
   *[year] { $n ->
        [one] environ chaque année
       *[other] environ tous les { $n } ans
    }
}
# À quelle fréquence, chez les autres : « toutes les 5 semaines », « tous les jours ».
reason-every = { $unit ->
    [day] { $n ->
        [0] tous les jours
        [one] tous les jours
       *[other] tous les { $n } jours
    }
    [week] { $n ->
        [one] toutes les semaines
       *[other] toutes les { $n } semaines
    }
    [month] { $n ->
        [one] tous les mois
       *[other] tous les { $n } mois
    }
   *[year] { $n ->
        [one] tous les ans
       *[other] tous les { $n } ans
    }
}
# Il y a combien de temps, à peu près : $span est un reason-span.
reason-ago = il y a { $span }
reason-today = aujourd’hui
reason-yesterday = hier
# Une chance sur dix : « environ 3 sur 10 ».
reason-chance = { $n ->
    [0] moins de 1 sur 10
    [10] plus de 9 sur 10
   *[other] environ { $n } sur 10
}

## La raison d’une suggestion : $why (l’une des raisons ci-dessous), puis comment joindre le client

reason-suggestion = { $why }. { $how }
reason-by-channel = Par { $channel ->
        [email] e-mail
        [sms] SMS
        [phone] téléphone
        [post] courrier
        [messaging] messagerie
       *[other] { $channel }
    } (consentement donné pour : { $purpose ->
        [service] commandes et réparations
        [recommendations] conseils personnels
        [promotions] offres et nouvelles
        [occasions] anniversaires et occasions
       *[other] { $purpose }
    }).
reason-in-person = À mentionner en personne à la prochaine visite : { $why }.
reason-blocked-quiet = pas de contact souhaité avant le { $date }
reason-blocked-cap = déjà { $contacts } contact(s) ces { $period } derniers jours (au plus { $max })
reason-blocked-consent = aucun moyen de contact n’a de consentement pour : { $purpose ->
        [service] commandes et réparations
        [recommendations] conseils personnels
        [promotions] offres et nouvelles
        [occasions] anniversaires et occasions
       *[other] { $purpose }
    }

## Les raisons des règles

reason-replenishment = { $first } achète { $product } environ { $interval ->
        [one] chaque jour
       *[other] tous les { $interval } jours
    } ; dernier achat il y a { $since ->
        [one] { $since } jour
       *[other] { $since } jours
    }
reason-replenishment-once = { $first } a acheté { $product } une fois ; cela dure en général environ { $interval ->
        [one] { $interval } jour
       *[other] { $interval } jours
    } ; dernier achat il y a { $since ->
        [one] { $since } jour
       *[other] { $since } jours
    }
# $every et $silence sont des reason-duration.
reason-lapsing = { $first } passait à environ { $every } d’intervalle ; aucun passage depuis { $silence }
# $occasion : le nom que le commerçant donne à la date, ou reason-birthday ; $date est un reason-day-month.
reason-occasion = { $first } : { $occasion } { $days ->
        [0] aujourd’hui
        [1] demain
       *[other] dans { $days } jours ({ $date })
    }
reason-birthday = anniversaire
reason-birthday-heading = Anniversaire
reason-a-date = Une date
reason-first-purchase = { $first } a fait son premier achat { $days ->
        [0] aujourd’hui
        [1] hier
       *[other] il y a { $days } jours
    }
reason-large-basket-own = { $first } a dépensé { $total } { $days ->
        [0] aujourd’hui
        [1] hier
       *[other] il y a { $days } jours
    }, plus de { $factor }× son panier habituel de { $usual }
reason-large-basket-shop = { $first } a dépensé { $total } { $days ->
        [0] aujourd’hui
        [1] hier
       *[other] il y a { $days } jours
    }, l’un des plus gros paniers de la boutique
# $why est l’un des reason-taste-* ; $date est un reason-day-month-short.
reason-taste = { $why } ; { $product } en rayon depuis le { $date }
reason-taste-size = { $first } porte la taille { $size }
reason-taste-likes = { $first } aime { $liking }
reason-taste-category = { $first } a acheté dans la catégorie { $category } lors de { $visits } passages
# $since est un reason-duration ; $date est un reason-day-month-short.
reason-service = { $first } : { $product } il y a { $since } ({ $every ->
        [one] chaque jour
       *[other] tous les { $every } jours
    }) ; { $due ->
        [today] à faire aujourd’hui
        [ahead] à faire le { $date }
       *[since] à faire depuis le { $date }
    }
reason-promised = Vous avez promis à { $first } : « { $promise } »
reason-promised-due = Vous avez promis à { $first } : « { $promise } » (pour le { $date })
reason-promised-overdue = Vous avez promis à { $first } : « { $promise } » (pour le { $date }, en retard)

## « Pourquoi cette suggestion » : $ago est reason-ago, reason-today ou reason-yesterday ; $every est reason-about-every ; $span est reason-span ; $chance est reason-chance

reason-buys-every = Achète { $product } { $every }
reason-bought-once-catalog = A acheté { $product } une fois ; d’après votre catalogue, cela dure { $span }
# $every est un reason-every.
reason-bought-once-others = A acheté { $product } une fois ; les autres clients en rachètent { $every }
reason-last-bought = Dernier achat { $ago }
reason-rhythm-steady = Un rythme régulier
reason-rhythm-fairly-steady = Un rythme assez régulier
reason-rhythm-none = Pas encore de rythme régulier
# $what : product (bientôt à court), service, promise.
reason-due-now = { $what ->
    [service] Entretien à faire maintenant
    [promise] À faire maintenant
   *[product] Sans doute à court en ce moment
}
reason-due-in = { $what ->
    [service] Entretien à faire dans { $span }
    [promise] À faire dans { $span }
   *[product] Sans doute à court dans { $span }
}
reason-overdue = { $what ->
    [service] Entretien en retard de { $span }
    [promise] En retard de { $span }
   *[product] Sans doute à court depuis { $span }
}
reason-comes-in = Vient { $every }
reason-last-seen = Dernière visite { $ago }
reason-usually-buys = Achète d’habitude { $product }
reason-visits = { $visits ->
    [one] { $visits } passage jusqu’ici
   *[other] { $visits } passages jusqu’ici
}
reason-away-longest = Absence plus longue que jamais
reason-away-longer = Absence plus longue que { $chance } de ses intervalles habituels
reason-still-shops = Probabilité de nouveaux achats ici : { $chance }
# $occasion est le nom que le commerçant donne à la date (avec majuscule), reason-birthday-heading ou reason-a-date.
reason-occasion-today = { $occasion } aujourd’hui
reason-occasion-tomorrow = { $occasion } demain
# $date est un reason-day-month.
reason-occasion-on = { $occasion } le { $date }, dans { $span }
reason-first-purchase-ago = Premier achat { $ago }
reason-spent = A dépensé { $total }
reason-spent-ago = A dépensé { $total } { $ago }
reason-usually-spends = Dépense d’habitude environ { $total }
reason-top-baskets = Seul 1 panier sur 20 dans votre boutique atteint { $total } ou plus
reason-came-in = Arrivage { $ago } : { $product }
reason-new-in = Nouveauté : { $product }
reason-keeps-buying = Achète souvent dans la catégorie { $category } ({ $visits } passages)
reason-told-likes = Vous a dit aimer { $liking }
reason-matches-their = Correspond à { $category ->
        [size] sa taille
        [colour] sa couleur
        [brand] sa marque
        [style] son style
        [taste] son goût
       *[other] ses préférences ({ $category })
    } : { $liking }
reason-matches = Correspond à { $liking }
# $product : le produit, ou reason-it.
reason-serviced = { $product } : entretien { $every }
reason-it = Le produit
reason-you-promised = Vous avez promis : « { $promise } »
reason-noted = Noté { $ago }
# $max et $n choisissent « une fois », « deux fois », « 3 fois » ; $period est un reason-span.
reason-not-contacted = Aucun contact depuis { $period } (au plus { $max ->
        [1] une fois
        [2] deux fois
       *[other] { $max } fois
    } permis)
reason-contacted = { $n ->
        [1] Un contact
        [2] Deux contacts
       *[other] { $n } contacts
    } en { $period } (au plus { $max ->
        [1] une fois
        [2] deux fois
       *[other] { $max } fois
    } permis)
reason-best-reached = Meilleur moment pour joindre : { $when }
