dupOpen = Mögliche Dubletten
dupClose = Dubletten schließen
dupHeading = Mögliche Dubletten
dupIntro = Kunden, die vielleicht eine Person sind, nur zweimal erfasst. Vergleichen Sie sie, dann zusammenführen oder so lassen.
dupLoading = Suche nach Dubletten…
dupNone = Keine wahrscheinlichen Dubletten unter Ihren Kunden.
dupCount = { $n ->
    [one] 1 Paar zum Ansehen
   *[other] { $n } Paare zum Ansehen
}
dupLikely = { $band ->
    [very] Sehr wahrscheinlich eine Person
    [likely] Wahrscheinlich eine Person
   *[possibly] Vielleicht eine Person
}
dupCompare = Vergleichen
dupHide = Ausblenden
dupKeep = Diesen Eintrag behalten
dupAdded = Angelegt am { $date }
dupNoEmail = keine E-Mail
dupNoPhone = kein Telefon
dupMerge = In { $into } zusammenführen
dupMerging = Wird zusammengeführt…
dupMergeNote = Einkäufe, Vorlieben, Verlauf der Einwilligungen, Kontakte und Versprechen wandern zum Eintrag, den Sie behalten. Seine Angaben bleiben; E-Mails, Telefonnummern, Schlagwörter und Notizen des anderen Eintrags kommen dazu; leere Felder werden aus ihm gefüllt.
dupMerged = In { $name } zusammengeführt.
dupLooksLike = Das sieht aus wie jemand, der schon in Ihrer Kartei ist:
dupOpenExisting = { $name } öffnen
dupReason = { $kind ->
    [same-email] gleiche E-Mail ({ $a })
    [same-phone] gleiche Telefonnummer ({ $a })
    [same-name] gleicher Name
    [same-name-reordered] gleicher Name, anders geschrieben
    [short-form] { $a } und { $b } sind ein Name
    [initial] { $a }. könnte { $b } sein
    [name-within] ein Name steckt im anderen
    [similar-spelling] fast gleich geschriebene Namen
    [other-emails] aber verschiedene E-Mails
    [other-phones] aber verschiedene Telefonnummern
   *[other] sonst etwas gemeinsam
}
