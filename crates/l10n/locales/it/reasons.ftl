# Perché viene suggerito un contatto: il motivo di ogni suggerimento e le
# frasi sotto «Perché questo suggerimento». I numeri che scelgono un plurale
# sono interi; $unit sceglie l’unità di un intervallo di tempo.
#
# Il cliente è in terza persona e il suo genere non è noto: niente participi
# che si accordano con lui o con lei («è venuto/a»), niente articoli davanti
# a una data («l’8», «il 12»).

## Date e intervalli di tempo

# Un giorno del mese, come «12 novembre».
reason-day-month = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
# Un giorno del mese, in breve, come «12 nov».
reason-day-month-short = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
# Un intervallo esatto: «34 giorni», «5 settimane», «6 mesi».
reason-duration = { $unit ->
    [day] { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
    }
    [week] { $n ->
        [one] { $n } settimana
       *[other] { $n } settimane
    }
   *[month] { $n ->
        [one] { $n } mese
       *[other] { $n } mesi
    }
}
# Un intervallo arrotondato, come lo si dice: «10 giorni», «9 settimane»,
# «circa 4 mesi», «circa 2 anni».
reason-span = { $unit ->
    [day] { $n ->
        [one] un giorno
       *[other] { $n } giorni
    }
    [week] { $n ->
        [one] una settimana
       *[other] { $n } settimane
    }
    [month] { $n ->
        [one] circa un mese
       *[other] circa { $n } mesi
    }
   *[year] { $n ->
        [one] circa un anno
       *[other] circa { $n } anni
    }
}
# Quanto spesso, più o meno: «circa ogni 5 settimane», «ogni giorno».
reason-about-every = { $unit ->
    [day] { $n ->
        [0] ogni giorno
        [one] ogni giorno
       *[other] circa ogni { $n } giorni
    }
    [week] { $n ->
        [one] circa ogni settimana
       *[other] circa ogni { $n } settimane
    }
    [month] { $n ->
        [one] circa ogni mese
       *[other] circa ogni { $n } mesi
    }
   *[year] { $n ->
        [one] circa ogni anno
       *[other] circa ogni { $n } anni
    }
}
# Quanto spesso, come fanno gli altri: «ogni 5 settimane», «ogni giorno».
reason-every = { $unit ->
    [day] { $n ->
        [0] ogni giorno
        [one] ogni giorno
       *[other] ogni { $n } giorni
    }
    [week] { $n ->
        [one] ogni settimana
       *[other] ogni { $n } settimane
    }
    [month] { $n ->
        [one] ogni mese
       *[other] ogni { $n } mesi
    }
   *[year] { $n ->
        [one] ogni anno
       *[other] ogni { $n } anni
    }
}
# Quanto tempo fa, più o meno: $span è un reason-span.
reason-ago = { $span } fa
reason-today = oggi
reason-yesterday = ieri
# Una probabilità su dieci: «circa 3 su 10».
reason-chance = { $n ->
    [0] meno di 1 su 10
    [10] più di 9 su 10
   *[other] circa { $n } su 10
}

## Il motivo di un suggerimento: $why (uno dei motivi delle regole qui sotto), poi come raggiungere la persona

reason-suggestion = { $why }. { $how }
reason-by-channel = { $channel ->
        [email] Per email
        [sms] Per SMS
        [phone] Per telefono
        [post] Per posta
        [messaging] Con un’app di messaggi
       *[other] Per { $channel }
    } (ha dato il consenso per { $purpose ->
        [service] ordini e riparazioni
        [recommendations] consigli personali
        [promotions] offerte e novità
        [occasions] compleanni e ricorrenze
       *[other] { $purpose }
    }).
reason-in-person = Parlane di persona alla prossima visita: { $why }.
reason-blocked-quiet = ha chiesto di non ricevere messaggi fino al { $date }
reason-blocked-cap = già { $contacts ->
        [one] { $contacts } contatto
       *[other] { $contacts } contatti
    } { $period ->
        [one] nell’ultimo giorno
       *[other] negli ultimi { $period } giorni
    } (limite: { $max })
reason-blocked-consent = nessun canale ha il consenso per { $purpose ->
        [service] ordini e riparazioni
        [recommendations] consigli personali
        [promotions] offerte e novità
        [occasions] compleanni e ricorrenze
       *[other] { $purpose }
    }

## I motivi delle regole

reason-replenishment = { $first } compra { $product } circa { $interval ->
        [one] ogni giorno
       *[other] ogni { $interval } giorni
    }; ultimo acquisto { $since ->
        [0] oggi
        [1] ieri
       *[other] { $since } giorni fa
    }
reason-replenishment-once = { $first } ha comprato { $product } una volta, { $since ->
        [0] oggi
        [1] ieri
       *[other] { $since } giorni fa
    }; di solito dura circa { $interval ->
        [one] un giorno
       *[other] { $interval } giorni
    }
# $every e $silence sono reason-duration.
reason-lapsing = { $first } veniva circa ogni { $every }; nessuna visita da { $silence }
# $occasion: il nome che il negoziante dà alla data, o reason-birthday; $date è reason-day-month.
reason-occasion = { $first }: { $occasion } { $days ->
        [0] oggi
        [1] domani
       *[other] tra { $days } giorni ({ $date })
    }
reason-birthday = compleanno
reason-birthday-heading = Compleanno
reason-a-date = Una data
reason-first-purchase = { $first } ha fatto il primo acquisto { $days ->
        [0] oggi
        [1] ieri
       *[other] { $days } giorni fa
    }
reason-large-basket-own = { $first } ha speso { $total } { $days ->
        [0] oggi
        [1] ieri
       *[other] { $days } giorni fa
    }, più di { $factor }× la sua spesa abituale ({ $usual })
reason-large-basket-shop = { $first } ha speso { $total } { $days ->
        [0] oggi
        [1] ieri
       *[other] { $days } giorni fa
    }, uno degli scontrini più alti del negozio
# $why è uno dei reason-taste-*; $date è reason-day-month-short.
reason-taste = { $why }; nuovo arrivo: { $product } ({ $date })
reason-taste-size = { $first } porta la taglia { $size }
reason-taste-likes = { $first } apprezza { $liking }
reason-taste-category = { $first } ha comprato { $category } in { $visits ->
        [one] { $visits } visita
       *[other] { $visits } visite
    }
# $since è reason-duration; $date è reason-day-month-short.
reason-service = { $first }: { $product } { $since } fa ({ $every ->
        [one] ogni giorno
       *[other] ogni { $every } giorni
    }); { $due ->
        [today] scade oggi
        [ahead] scadenza { $date }
       *[since] scadenza { $date }, già passata
    }
reason-promised = Hai promesso a { $first }: «{ $promise }»
reason-promised-due = Hai promesso a { $first }: «{ $promise }» (scadenza { $date })
reason-promised-overdue = Hai promesso a { $first }: «{ $promise }» (scadenza { $date }, ora in ritardo)

## «Perché questo suggerimento»: $ago è reason-ago, reason-today o reason-yesterday; $every è reason-about-every; $span è reason-span; $chance è reason-chance

reason-buys-every = Compra { $product } { $every }
reason-bought-once-catalog = Ha comprato { $product } una volta; secondo il tuo catalogo dura { $span }
# $every è reason-every.
reason-bought-once-others = Ha comprato { $product } una volta; gli altri clienti tornano a comprarne { $every }
reason-last-bought = Ultimo acquisto { $ago }
reason-rhythm-steady = Un ritmo regolare
reason-rhythm-fairly-steady = Un ritmo abbastanza regolare
reason-rhythm-none = Ancora nessun ritmo regolare
# $what: product (sta finendo), service, promise.
reason-due-now = { $what ->
    [service] Revisione in scadenza più o meno ora
    [promise] In scadenza più o meno ora
   *[product] Probabilmente la scorta sta finendo proprio ora
}
reason-due-in = { $what ->
    [service] Revisione in scadenza tra { $span }
    [promise] In scadenza tra { $span }
   *[product] Probabilmente la scorta finirà tra { $span }
}
reason-overdue = { $what ->
    [service] Revisione in ritardo di { $span }
    [promise] In ritardo di { $span }
   *[product] Probabilmente la scorta è finita { $span } fa
}
reason-comes-in = Viene { $every }
reason-last-seen = Ultima visita { $ago }
reason-usually-buys = Di solito compra { $product }
reason-visits = { $visits ->
    [one] { $visits } visita finora
   *[other] { $visits } visite finora
}
reason-away-longest = Un’assenza più lunga di sempre
reason-away-longer = Un’assenza più lunga di { $chance } delle sue pause abituali
reason-still-shops = Probabilità che compri ancora qui: { $chance }
# $occasion è il nome che il negoziante dà alla data (con la maiuscola), reason-birthday-heading o reason-a-date.
reason-occasion-today = { $occasion }: oggi
reason-occasion-tomorrow = { $occasion }: domani
# $date è reason-day-month.
reason-occasion-on = { $occasion }: { $date }, tra { $span }
reason-first-purchase-ago = Primo acquisto { $ago }
reason-spent = Ha speso { $total }
reason-spent-ago = Ha speso { $total } { $ago }
reason-usually-spends = Di solito spende circa { $total }
reason-top-baskets = Solo 1 scontrino su 20 nel tuo negozio arriva a { $total } o più
reason-came-in = Novità in negozio: { $product }, { $ago }
reason-new-in = Novità in negozio: { $product }
reason-keeps-buying = Compra spesso { $category } ({ $visits ->
        [one] { $visits } visita
       *[other] { $visits } visite
    })
reason-told-likes = Ti ha detto che apprezza { $liking }
reason-matches-their = Corrisponde { $category ->
        [size] alla sua taglia
        [colour] al suo colore
        [brand] alla sua marca
        [style] al suo stile
        [taste] ai suoi gusti
       *[other] alle sue preferenze ({ $category })
    }: { $liking }
reason-matches = Corrisponde a: { $liking }
# $product: l’articolo, o reason-it.
reason-serviced = { $product }: revisione { $every }
reason-it = L’articolo
reason-you-promised = Hai promesso: «{ $promise }»
reason-noted = Annotato { $ago }
# $max e $n: quanti contatti («Un contatto», «3 contatti»); $period è reason-span.
reason-not-contacted = Nessun contatto in { $period } (limite: { $max ->
        [1] uno
       *[other] { $max }
    })
reason-contacted = { $n ->
        [1] Un contatto
       *[other] { $n } contatti
    } in { $period } (limite: { $max ->
        [1] uno
       *[other] { $max }
    })
reason-best-reached = Momento migliore per farsi sentire: { $when }
