outcomeTitle = Was aus Ihren Kontakten wurde
outcomeIntro = Nach jedem Kontakt, den Sie als erledigt markieren, prüft Shopkeeper, ob der Kunde innerhalb einer gewissen Zeit wieder gekauft hat; Vorschläge, die Sie gesehen, aber nicht umgesetzt haben, werden zum Vergleich genauso gezählt.
outcomeWorking = Wird gezählt…
outcomeNone = Noch nichts zu berichten: Markieren Sie ein paar Vorschläge als erledigt, dann kommen die Antworten mit den Wochen.
outcomeFailed = Das ließ sich gerade nicht zählen.
outcomeDone = Nach { $done } { $kind ->
    [thank-you] { $done ->
        [one] Dankesnachricht
       *[other] Dankesnachrichten
    }
    [replenishment-due] { $done ->
        [one] „Geht zur Neige“-Nachricht
       *[other] „Geht zur Neige“-Nachrichten
    }
    [lapsing-regular] { $done ->
        [one] Nachricht an einen lange nicht gesehenen Stammkunden
       *[other] Nachrichten an lange nicht gesehene Stammkunden
    }
    [occasion] { $done ->
        [one] Nachricht zu einem Anlass
       *[other] Nachrichten zu Anlässen
    }
    [matches-taste] { $done ->
        [one] „Neu da“-Nachricht
       *[other] „Neu da“-Nachrichten
    }
    [service-check] { $done ->
        [one] Service-Erinnerung
       *[other] Service-Erinnerungen
    }
    [promised-follow-up] { $done ->
        [one] gehaltenen Versprechen
       *[other] gehaltenen Versprechen
    }
   *[other] { $done ->
        [one] Kontakt
       *[other] Kontakten
    }
} { $back ->
    [0] kam niemand
    [one] kam 1 Kunde
   *[other] kamen { $back } Kunden
} innerhalb von { $horizon } { $horizon ->
    [one] Tag
   *[other] Tagen
} wieder { $others ->
    [0] (noch niemand ohne Kontakt zum Vergleich).
   *[other] (ohne Kontakt: { $othersBack } von { $others }).
}
outcomeOnlyOthers = Noch sind keine { $kind ->
    [thank-you] Dankesnachrichten
    [replenishment-due] „Geht zur Neige“-Nachrichten
    [lapsing-regular] Nachrichten an lange nicht gesehene Stammkunden
    [occasion] Nachrichten zu Anlässen
    [matches-taste] „Neu da“-Nachrichten
    [service-check] Service-Erinnerungen
    [promised-follow-up] gehaltenen Versprechen
   *[other] Kontakte
} lange genug her, um etwas zu sagen; von denen ohne Kontakt kamen { $othersBack } von { $others } innerhalb von { $horizon } { $horizon ->
    [one] Tag
   *[other] Tagen
} wieder.
outcomeWaiting = { $more ->
    [true] Außerdem noch
   *[false] Noch
} in der Frist von { $horizon } { $horizon ->
    [one] Tag
   *[other] Tagen
}: { $waiting } { $kind ->
    [thank-you] { $waiting ->
        [one] Dankesnachricht
       *[other] Dankesnachrichten
    }
    [replenishment-due] { $waiting ->
        [one] „Geht zur Neige“-Nachricht
       *[other] „Geht zur Neige“-Nachrichten
    }
    [lapsing-regular] { $waiting ->
        [one] Nachricht an einen lange nicht gesehenen Stammkunden
       *[other] Nachrichten an lange nicht gesehene Stammkunden
    }
    [occasion] { $waiting ->
        [one] Nachricht zu einem Anlass
       *[other] Nachrichten zu Anlässen
    }
    [matches-taste] { $waiting ->
        [one] „Neu da“-Nachricht
       *[other] „Neu da“-Nachrichten
    }
    [service-check] { $waiting ->
        [one] Service-Erinnerung
       *[other] Service-Erinnerungen
    }
    [promised-follow-up] { $waiting ->
        [one] gehaltenes Versprechen
       *[other] gehaltene Versprechen
    }
   *[other] { $waiting ->
        [one] Kontakt
       *[other] Kontakte
    }
}; bisher { $back ->
    [0] ist niemand
    [one] ist 1 Kunde
   *[other] sind { $back } Kunden
} wiedergekommen.
