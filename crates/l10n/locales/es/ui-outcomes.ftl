outcomeTitle = Qué salió de tus seguimientos
outcomeIntro = Tras cada seguimiento que marcas como hecho, Shopkeeper comprueba si el cliente volvió a comprar en un plazo; las sugerencias que viste pero no atendiste se cuentan igual, para comparar.
outcomeWorking = Contando…
outcomeNone = Aún no hay nada que contar: marca como hechas algunas sugerencias y las respuestas irán llegando con las semanas.
outcomeFailed = Ahora mismo no se ha podido contar.
outcomeDone = De { $done } { $kind ->
    [thank-you] { $done ->
        [one] agradecimiento
       *[other] agradecimientos
    }
    [replenishment-due] { $done ->
        [one] aviso de «se acaba»
       *[other] avisos de «se acaba»
    }
    [lapsing-regular] { $done ->
        [one] mensaje a un habitual que no habías visto
       *[other] mensajes a habituales que no habías visto
    }
    [occasion] { $done ->
        [one] mensaje por una fecha
       *[other] mensajes por fechas
    }
    [matches-taste] { $done ->
        [one] aviso de «novedad»
       *[other] avisos de «novedad»
    }
    [service-check] { $done ->
        [one] recordatorio de revisión
       *[other] recordatorios de revisión
    }
    [promised-follow-up] { $done ->
        [one] promesa cumplida
       *[other] promesas cumplidas
    }
   *[other] { $done ->
        [one] seguimiento
       *[other] seguimientos
    }
}, { $back ->
    [0] no volvió nadie
    [one] volvió { $back }
   *[other] volvieron { $back }
} { $horizon ->
    [one] en { $horizon } día
   *[other] en { $horizon } días
} { $others ->
    [0] (aún no hay clientes mostrados y no contactados con los que comparar).
   *[other] (de los no contactados: { $othersBack } de { $others }).
}
outcomeOnlyOthers = Aún es pronto para saber qué han dado tus { $kind ->
    [thank-you] agradecimientos
    [replenishment-due] avisos de «se acaba»
    [lapsing-regular] mensajes a habituales que no habías visto
    [occasion] mensajes por fechas
    [matches-taste] avisos de «novedad»
    [service-check] recordatorios de revisión
    [promised-follow-up] promesas cumplidas
   *[other] seguimientos
}; de los clientes no contactados, volvieron { $othersBack } de { $others } { $horizon ->
    [one] en { $horizon } día
   *[other] en { $horizon } días
}.
outcomeWaiting = { $waiting } { $kind ->
    [thank-you] { $waiting ->
        [one] agradecimiento
       *[other] agradecimientos
    }
    [replenishment-due] { $waiting ->
        [one] aviso de «se acaba»
       *[other] avisos de «se acaba»
    }
    [lapsing-regular] { $waiting ->
        [one] mensaje a un habitual que no habías visto
       *[other] mensajes a habituales que no habías visto
    }
    [occasion] { $waiting ->
        [one] mensaje por una fecha
       *[other] mensajes por fechas
    }
    [matches-taste] { $waiting ->
        [one] aviso de «novedad»
       *[other] avisos de «novedad»
    }
    [service-check] { $waiting ->
        [one] recordatorio de revisión
       *[other] recordatorios de revisión
    }
    [promised-follow-up] { $waiting ->
        [one] promesa cumplida
       *[other] promesas cumplidas
    }
   *[other] { $waiting ->
        [one] seguimiento
       *[other] seguimientos
    }
} { $more ->
    [true] { $waiting ->
        [one] más sigue dentro de su plazo de
       *[other] más siguen dentro de su plazo de
    }
   *[other] { $waiting ->
        [one] sigue dentro de su plazo de
       *[other] siguen dentro de su plazo de
    }
} { $horizon } { $horizon ->
    [one] día
   *[other] días
}; hasta ahora { $back ->
    [0] no ha vuelto nadie
    [one] ha vuelto { $back }
   *[other] han vuelto { $back }
}.
