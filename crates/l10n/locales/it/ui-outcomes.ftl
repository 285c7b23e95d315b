outcomeTitle = Com’è andata con i tuoi contatti
outcomeIntro = Dopo ogni contatto che segni come fatto, Shopkeeper controlla se il cliente ha comprato di nuovo entro un certo tempo; i suggerimenti che hai visto ma non hai seguito vengono contati allo stesso modo, per confronto.
outcomeWorking = Sto contando…
outcomeNone = Ancora niente da dire: segna come fatti alcuni suggerimenti, e le risposte arriveranno con il passare delle settimane.
outcomeFailed = Non è stato possibile contarlo adesso.
outcomeDone = Dopo { $done } { $kind ->
    [thank-you] { $done ->
        [one] ringraziamento
       *[other] ringraziamenti
    }
    [replenishment-due] { $done ->
        [one] messaggio «sta finendo»
       *[other] messaggi «sta finendo»
    }
    [lapsing-regular] { $done ->
        [one] messaggio a un cliente abituale che non vedevi
       *[other] messaggi a clienti abituali che non vedevi
    }
    [occasion] { $done ->
        [one] messaggio per una ricorrenza
       *[other] messaggi per ricorrenze
    }
    [matches-taste] { $done ->
        [one] messaggio «novità»
       *[other] messaggi «novità»
    }
    [service-check] promemoria di revisione
    [promised-follow-up] { $done ->
        [one] promessa mantenuta
       *[other] promesse mantenute
    }
   *[other] { $done ->
        [one] contatto
       *[other] contatti
    }
}, { $back ->
    [0] nessuno è tornato
    [one] 1 cliente è tornato
   *[other] { $back } clienti sono tornati
} entro { $horizon } { $horizon ->
    [one] giorno
   *[other] giorni
} { $others ->
    [0] (ancora nessuno da confrontare tra chi non è stato contattato).
   *[other] (tra chi non è stato contattato: { $othersBack } su { $others }).
}
outcomeOnlyOthers = { $kind ->
    [thank-you] Ringraziamenti
    [replenishment-due] Messaggi «sta finendo»
    [lapsing-regular] Messaggi a clienti abituali che non vedevi
    [occasion] Messaggi per ricorrenze
    [matches-taste] Messaggi «novità»
    [service-check] Promemoria di revisione
    [promised-follow-up] Promesse mantenute
   *[other] Contatti
}: ancora troppo recenti per dirlo; tra chi non è stato contattato, { $othersBack } su { $others } sono tornati entro { $horizon } { $horizon ->
    [one] giorno
   *[other] giorni
}.
outcomeWaiting = { $more ->
    [true] Inoltre, ancora
   *[false] Ancora
} entro { $horizon ->
    [one] il giorno
   *[other] i { $horizon } giorni
} di attesa: { $waiting } { $kind ->
    [thank-you] { $waiting ->
        [one] ringraziamento
       *[other] ringraziamenti
    }
    [replenishment-due] { $waiting ->
        [one] messaggio «sta finendo»
       *[other] messaggi «sta finendo»
    }
    [lapsing-regular] { $waiting ->
        [one] messaggio a un cliente abituale che non vedevi
       *[other] messaggi a clienti abituali che non vedevi
    }
    [occasion] { $waiting ->
        [one] messaggio per una ricorrenza
       *[other] messaggi per ricorrenze
    }
    [matches-taste] { $waiting ->
        [one] messaggio «novità»
       *[other] messaggi «novità»
    }
    [service-check] promemoria di revisione
    [promised-follow-up] { $waiting ->
        [one] promessa mantenuta
       *[other] promesse mantenute
    }
   *[other] { $waiting ->
        [one] contatto
       *[other] contatti
    }
}; finora { $back ->
    [0] non è tornato nessuno
    [one] è tornato 1 cliente
   *[other] sono tornati { $back } clienti
}.
