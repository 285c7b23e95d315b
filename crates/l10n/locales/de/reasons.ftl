# Warum ein Kontakt vorgeschlagen wird: der Grund bei jedem Vorschlag und die
# Sätze unter „Warum dieser Vorschlag“. Zahlen, die einen Plural wählen, sind
# ganze Zahlen; $unit wählt die Einheit einer Zeitspanne.
#
# Zeitspannen (reason-duration, reason-span) stehen im Dativ („5 Tagen“,
# „etwa 4 Monaten“): Sie werden nur nach „vor“, „seit“, „in“, „nach“ und
# „von“ eingesetzt. Ein Datum steht nie am Satzende, weil „12. Nov.“ sonst
# mit dem angehängten Punkt zusammenstößt.

## Daten und Zeitspannen

# Ein Tag eines Monats, wie „12. November“.
reason-day-month = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# Ein Tag eines Monats, kurz, wie „12. Nov.“.
reason-day-month-short = { $day }. { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
# Eine genaue Spanne, im Dativ: „34 Tagen“, „5 Wochen“, „6 Monaten“.
reason-duration = { $unit ->
    [day] { $n ->
        [one] einem Tag
       *[other] { $n } Tagen
    }
    [week] { $n ->
        [one] einer Woche
       *[other] { $n } Wochen
    }
   *[month] { $n ->
        [one] einem Monat
       *[other] { $n } Monaten
    }
}
# Eine gerundete Spanne, wie man sie sagt, im Dativ: „10 Tagen“, „9 Wochen“,
# „etwa 4 Monaten“, „etwa 2 Jahren“.
reason-span = { $unit ->
    [day] { $n ->
        [one] einem Tag
       *[other] { $n } Tagen
    }
    [week] { $n ->
        [one] einer Woche
       *[other] { $n } Wochen
    }
    [month] { $n ->
        [one] etwa einem Monat
       *[other] etwa { $n } Monaten
    }
   *[year] { $n ->
        [one] etwa einem Jahr
       *[other] etwa { $n } Jahren
    }
}
# Wie oft, ungefähr: „etwa alle 5 Wochen“, „jeden Tag“.
reason-about-every = { $unit ->
    [day] { $n ->
        [0] jeden Tag
        [one] jeden Tag
       *[other] etwa alle { $n } Tage
    }
    [week] { $n ->
        [one] etwa jede Woche
       *[other] etwa alle { $n } Wochen
    }
    [month] { $n ->
        [one] etwa jeden Monat
       *[other] etwa alle { $n } Monate
    }
   *[year] { $n ->
        [one] etwa jedes Jahr
       *[other] etwa alle { $n } Jahre
    }
}
# Wie oft, so wie andere es tun: „alle 5 Wochen“, „jeden Tag“.
reason-every = { $unit ->
    [day] { $n ->
        [0] jeden Tag
        [one] jeden Tag
       *[other] alle { $n } Tage
    }
    [week] { $n ->
        [one] jede Woche
       *[other] alle { $n } Wochen
    }
    [month] { $n ->
        [one] jeden Monat
       *[other] alle { $n } Monate
    }
   *[year] { $n ->
        [one] jedes Jahr
       *[other] alle { $n } Jahre
    }
}
# Wie lange her, ungefähr: $span ist ein reason-span.
reason-ago = vor { $span }
reason-today = heute
reason-yesterday = gestern
# Eine Chance von zehn: „etwa 3 von 10“.
reason-chance = { $n ->
    [0] weniger als 1 von 10
    [10] mehr als 9 von 10
   *[other] etwa { $n } von 10
}

## Der Grund bei einem Vorschlag: $why (einer der Gründe der Regeln unten), dann wie man die Person erreicht

reason-suggestion = { $why }. { $how }
reason-by-channel = { $channel ->
        [email] Per E-Mail
        [sms] Per SMS
        [phone] Telefonisch
        [post] Per Post
        [messaging] Per Messenger
       *[other] Per { $channel }
    } (erlaubt für { $purpose ->
        [service] Bestellungen und Reparaturen
        [recommendations] persönliche Empfehlungen
        [promotions] Angebote und Neuigkeiten
        [occasions] Geburtstage und Anlässe
       *[other] { $purpose }
    }).
reason-in-person = Beim nächsten Besuch persönlich ansprechen: { $why }.
reason-blocked-quiet = hat um Ruhe bis { $date } gebeten
reason-blocked-cap = { $period ->
        [one] am letzten Tag
       *[other] in den letzten { $period } Tagen
    } schon { $contacts ->
        [1] einmal
        [2] zweimal
       *[other] { $contacts }-mal
    } kontaktiert (höchstens { $max ->
        [1] einmal
        [2] zweimal
       *[other] { $max }-mal
    })
reason-blocked-consent = für { $purpose ->
        [service] Bestellungen und Reparaturen
        [recommendations] persönliche Empfehlungen
        [promotions] Angebote und Neuigkeiten
        [occasions] Geburtstage und Anlässe
       *[other] { $purpose }
    } ist kein Kontaktweg erlaubt

## Die Gründe der Regeln

reason-replenishment = { $first } kauft { $product } etwa { $interval ->
        [one] jeden Tag
       *[other] alle { $interval } Tage
    }; zuletzt { $since ->
        [0] heute
        [1] gestern
       *[other] vor { $since } Tagen
    } gekauft
reason-replenishment-once = { $first } hat { $product } einmal gekauft, { $since ->
        [0] heute
        [1] gestern
       *[other] vor { $since } Tagen
    }; das reicht meist etwa { $interval ->
        [one] einen Tag
       *[other] { $interval } Tage
    }
# $every und $silence sind reason-duration.
reason-lapsing = { $first } kam etwa im Abstand von { $every }; seit { $silence } nicht mehr da
# $occasion: die Bezeichnung des Inhabers für das Datum oder reason-birthday; $date ist reason-day-month.
reason-occasion = { $first }: { $occasion } { $days ->
        [0] heute
        [1] morgen
       *[other] in { $days } Tagen ({ $date })
    }
reason-birthday = Geburtstag
reason-birthday-heading = Geburtstag
reason-a-date = Ein Datum
reason-first-purchase = { $first } hat { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    } zum ersten Mal eingekauft
reason-large-basket-own = { $first } hat { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    } { $total } ausgegeben, über { $factor }× so viel wie sonst ({ $usual })
reason-large-basket-shop = { $first } hat { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    } { $total } ausgegeben, einer der größten Einkäufe in Ihrem Geschäft
# $why ist eines der reason-taste-*; $date ist reason-day-month-short.
reason-taste = { $why }; { $product } ist am { $date } eingetroffen
reason-taste-size = { $first } trägt Größe { $size }
reason-taste-likes = { $first } mag { $liking }
reason-taste-category = { $first } hat bei { $visits ->
        [one] einem Besuch
       *[other] { $visits } Besuchen
    } { $category } gekauft
# $since ist reason-duration; $date ist reason-day-month-short.
reason-service = { $first }: { $product } zuletzt vor { $since } ({ $every ->
        [one] jeden Tag
       *[other] alle { $every } Tage
    }); { $due ->
        [today] heute fällig
        [ahead] am { $date } fällig
       *[since] seit dem { $date } fällig
    }
reason-promised = Sie haben { $first } versprochen: „{ $promise }“
reason-promised-due = Sie haben { $first } versprochen: „{ $promise }“ (fällig am { $date })
reason-promised-overdue = Sie haben { $first } versprochen: „{ $promise }“ (fällig am { $date }, jetzt überfällig)

## „Warum dieser Vorschlag“: $ago ist reason-ago, reason-today oder reason-yesterday; $every ist reason-about-every; $span ist reason-span; $chance ist reason-chance

reason-buys-every = Kauft { $product } { $every }
reason-bought-once-catalog = Hat { $product } einmal gekauft; laut Ihrem Katalog ist es nach { $span } aufgebraucht
# $every ist reason-every.
reason-bought-once-others = Hat { $product } einmal gekauft; andere Kunden kaufen es { $every } nach
reason-last-bought = Zuletzt { $ago } gekauft
reason-rhythm-steady = Ein gleichmäßiger Rhythmus
reason-rhythm-fairly-steady = Ein recht gleichmäßiger Rhythmus
reason-rhythm-none = Noch kein gleichmäßiger Rhythmus
# $what: product (geht zur Neige), service, promise.
reason-due-now = { $what ->
    [service] Service ungefähr jetzt fällig
    [promise] Ungefähr jetzt fällig
   *[product] Geht wohl gerade zur Neige
}
reason-due-in = { $what ->
    [service] Service fällig in { $span }
    [promise] Fällig in { $span }
   *[product] Geht wohl in { $span } zur Neige
}
reason-overdue = { $what ->
    [service] Service seit { $span } überfällig
    [promise] Seit { $span } überfällig
   *[product] Wohl schon vor { $span } aufgebraucht
}
reason-comes-in = Kommt { $every }
reason-last-seen = Zuletzt { $ago } da gewesen
reason-usually-buys = Kauft meist { $product }
reason-visits = { $visits ->
    [one] Bisher { $visits } Besuch
   *[other] Bisher { $visits } Besuche
}
reason-away-longest = So lange weg wie noch nie
reason-away-longer = Diese Pause ist länger als { $chance } der bisherigen
reason-still-shops = Chance, dass hier noch eingekauft wird: { $chance }
# $occasion ist die Bezeichnung des Inhabers für das Datum (großgeschrieben), reason-birthday-heading oder reason-a-date.
reason-occasion-today = { $occasion }: heute
reason-occasion-tomorrow = { $occasion }: morgen
# $date ist reason-day-month.
reason-occasion-on = { $occasion }: am { $date }, in { $span }
reason-first-purchase-ago = Erster Einkauf { $ago }
reason-spent = Hat { $total } ausgegeben
reason-spent-ago = Hat { $ago } { $total } ausgegeben
reason-usually-spends = Gibt sonst etwa { $total } aus
reason-top-baskets = Nur 1 von 20 Einkäufen in Ihrem Geschäft kommt auf { $total } oder mehr
reason-came-in = { $product } ist { $ago } eingetroffen
reason-new-in = { $product } ist neu eingetroffen
reason-keeps-buying = Kauft immer wieder { $category } ({ $visits ->
        [one] { $visits } Besuch
       *[other] { $visits } Besuche
    })
reason-told-likes = Mag nach eigenen Worten { $liking }
reason-matches-their = Passt zum Profil – { $category ->
        [size] Größe
        [colour] Farbe
        [brand] Marke
        [style] Stil
        [taste] Geschmack
       *[other] { $category }
    }: { $liking }
reason-matches = Passt zu: { $liking }
# $product: der Artikel oder reason-it.
reason-serviced = { $product }: Service { $every }
reason-it = Der Artikel
reason-you-promised = Sie haben versprochen: „{ $promise }“
reason-noted = Notiert { $ago }
# $max und $n wählen „einmal“, „zweimal“, „3-mal“; $period ist reason-span.
reason-not-contacted = In den letzten { $period } nicht kontaktiert (höchstens { $max ->
        [1] einmal
        [2] zweimal
       *[other] { $max }-mal
    } erlaubt)
reason-contacted = In den letzten { $period } { $n ->
        [1] einmal
        [2] zweimal
       *[other] { $n }-mal
    } kontaktiert (höchstens { $max ->
        [1] einmal
        [2] zweimal
       *[other] { $max }-mal
    } erlaubt)
reason-best-reached = Am besten erreichbar: { $when }
