# Por qué se sugiere un seguimiento: el motivo de cada sugerencia y las
# frases de «Por qué esta sugerencia». Los números que eligen un plural son
# enteros; $unit elige la unidad de un periodo de tiempo.

## Fechas y periodos de tiempo

# Un día del mes, como «12 de noviembre».
reason-day-month = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# Un día del mes, abreviado, como «12 nov».
reason-day-month-short = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
# Un periodo exacto: «34 días», «5 semanas», «6 meses».
reason-duration = { $unit ->
    [day] { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
    [week] { $n ->
        [one] { $n } semana
       *[other] { $n } semanas
    }
   *[month] { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
}
# Un periodo redondeado como se dice: «10 días», «9 semanas», «unos 4 meses», «unos 2 años».
reason-span = { $unit ->
    [day] { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
    [week] { $n ->
        [one] { $n } semana
       *[other] { $n } semanas
    }
    [month] { $n ->
        [one] alrededor de { $n } mes
       *[other] unos { $n } meses
    }
   *[year] { $n ->
        [one] alrededor de { $n } año
       *[other] unos { $n } años
    }
}
# Con qué frecuencia, más o menos: «más o menos cada 5 semanas», «cada día».
reason-about-every = { $unit ->
    [day] { $n ->
        [0] cada día
        [one] cada día
       *[other] más o menos cada { $n } días
    }
    [week] { $n ->
        [one] más o menos cada semana
       *[other] más o menos cada { $n } semanas
    }
    [month] { $n ->
        [one] más o menos cada mes
       *[other] más o menos cada { $n } meses
    }
   *[year] { $n ->
        [one] más o menos cada año
       *[other] más o menos cada { $n } años
    }
}
# Con qué frecuencia lo hacen otros: «cada 5 semanas», «cada día».
reason-every = { $unit ->
    [day] { $n ->
        [0] cada día
        [one] cada día
       *[other] cada { $n } días
    }
    [week] { $n ->
        [one] cada semana
       *[other] cada { $n } semanas
    }
    [month] { $n ->
        [one] cada mes
       *[other] cada { $n } meses
    }
   *[year] { $n ->
        [one] cada año
       *[other] cada { $n } años
    }
}
# Hace cuánto, más o menos: $span es un reason-span.
reason-ago = hace { $span }
reason-today = hoy
reason-yesterday = ayer
# Una probabilidad sobre diez: «unos 3 de cada 10».
reason-chance = { $n ->
    [0] menos de 1 de cada 10
    [10] más de 9 de cada 10
   *[other] unos { $n } de cada 10
}

## El motivo de una sugerencia: $why (uno de los motivos de las reglas, abajo) y luego cómo contactar

reason-suggestion = { $why }. { $how }
reason-by-channel = Por { $channel ->
        [email] email
        [sms] SMS
        [phone] teléfono
        [post] correo postal
        [messaging] app de mensajería
       *[other] { $channel }
    } (permitido para { $purpose ->
        [service] sus pedidos y reparaciones
        [recommendations] recomendaciones personales
        [promotions] ofertas y novedades
        [occasions] cumpleaños y ocasiones
       *[other] { $purpose }
    }).
reason-in-person = Coméntaselo en persona en su próxima visita: { $why }.
reason-blocked-quiet = pidió tranquilidad hasta el { $date }
reason-blocked-cap = ya se le ha contactado { $contacts ->
        [one] { $contacts } vez
       *[other] { $contacts } veces
    } en { $period ->
        [one] el último día
       *[other] los últimos { $period } días
    } (como máximo { $max })
reason-blocked-consent = ningún medio de contacto permitido para { $purpose ->
        [service] sus pedidos y reparaciones
        [recommendations] recomendaciones personales
        [promotions] ofertas y novedades
        [occasions] cumpleaños y ocasiones
       *[other] { $purpose }
    }

## Los motivos de las reglas

reason-replenishment = { $first } compra { $product } { $interval ->
        [one] casi cada día
       *[other] más o menos cada { $interval } días
    }; última compra hace { $since ->
        [one] { $since } día
       *[other] { $since } días
    }
reason-replenishment-once = { $first } compró { $product } una vez; suele durar unos { $interval ->
        [one] { $interval } día
       *[other] { $interval } días
    }; última compra hace { $since ->
        [one] { $since } día
       *[other] { $since } días
    }
# $every y $silence son reason-duration.
reason-lapsing = { $first } venía más o menos cada { $every }; nada desde hace { $silence }
# $occasion: el nombre que el dueño da a la fecha, o reason-birthday; $date es un reason-day-month.
reason-occasion = { $first }: { $occasion } { $days ->
        [0] hoy
        [1] mañana
       *[other] dentro de { $days } días ({ $date })
    }
reason-birthday = cumpleaños
reason-birthday-heading = Cumpleaños
reason-a-date = Una fecha
reason-first-purchase = { $first } hizo su primera compra { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }
reason-large-basket-own = { $first } gastó { $total } { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }, más de { $factor } veces su gasto habitual ({ $usual })
reason-large-basket-shop = { $first } gastó { $total } { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }, una de las compras más grandes de la tienda
# $why es uno de los reason-taste-*; $date es un reason-day-month-short.
reason-taste = { $why }; el { $date } llegó { $product }
reason-taste-size = { $first } usa la talla { $size }
reason-taste-likes = Lo que le gusta a { $first }: { $liking }
reason-taste-category = { $first } ha comprado { $category } en { $visits ->
        [one] { $visits } visita
       *[other] { $visits } visitas
    }
# $since es un reason-duration; $date es un reason-day-month-short.
reason-service = { $first }: { $product }, la última vez hace { $since } (cada { $every ->
        [one] { $every } día
       *[other] { $every } días
    }); { $due ->
        [today] toca hoy
        [ahead] toca el { $date }
       *[since] pendiente desde el { $date }
    }
reason-promised = Le prometiste a { $first }: «{ $promise }»
reason-promised-due = Le prometiste a { $first }: «{ $promise }» (para el { $date })
reason-promised-overdue = Le prometiste a { $first }: «{ $promise }» (para el { $date }, ya con retraso)

## «Por qué esta sugerencia»: $ago es reason-ago, reason-today o reason-yesterday; $every es reason-about-every; $span es reason-span; $chance es reason-chance

reason-buys-every = Compra { $product } { $every }
reason-bought-once-catalog = Compró { $product } una vez; según tu catálogo, dura { $span }
# $every es un reason-every.
reason-bought-once-others = Compró { $product } una vez; otros clientes vuelven a comprar { $every }
reason-last-bought = Última compra { $ago }
reason-rhythm-steady = Un ritmo constante
reason-rhythm-fairly-steady = Un ritmo bastante constante
reason-rhythm-none = Aún sin un ritmo constante
# $what: product (se le acaba), service (revisión), promise (promesa).
reason-due-now = { $what ->
    [service] Toca revisión más o menos ahora
    [promise] Toca más o menos ahora
   *[product] Probablemente se le esté acabando ahora
}
reason-due-in = { $what ->
    [service] Toca revisión dentro de { $span }
    [promise] Toca dentro de { $span }
   *[product] Probablemente se le acabe dentro de { $span }
}
reason-overdue = { $what ->
    [service] Revisión con { $span } de retraso
    [promise] Con { $span } de retraso
   *[product] Probablemente se le acabó hace { $span }
}
reason-comes-in = Viene { $every }
reason-last-seen = Última visita { $ago }
reason-usually-buys = Suele comprar { $product }
reason-visits = { $visits ->
    [one] { $visits } visita hasta ahora
   *[other] { $visits } visitas hasta ahora
}
reason-away-longest = Nunca había tardado tanto en volver
reason-away-longer = Esta ausencia ya supera { $chance } de sus intervalos habituales
reason-still-shops = Probabilidad de que siga comprando aquí: { $chance }
# $occasion es el nombre que el dueño da a la fecha (con mayúscula), reason-birthday-heading o reason-a-date.
reason-occasion-today = { $occasion } hoy
reason-occasion-tomorrow = { $occasion } mañana
# $date es un reason-day-month.
reason-occasion-on = { $occasion } el { $date }, dentro de { $span }
reason-first-purchase-ago = Primera compra { $ago }
reason-spent = Gastó { $total }
reason-spent-ago = Gastó { $total } { $ago }
reason-usually-spends = Suele gastar unos { $total }
reason-top-baskets = Solo 1 de cada 20 compras en tu tienda llega a { $total } o más
reason-came-in = { $product }: llegó { $ago }
reason-new-in = Novedad: { $product }
reason-keeps-buying = Compra { $category } a menudo ({ $visits ->
        [one] { $visits } visita
       *[other] { $visits } visitas
    })
reason-told-likes = Te dijo que le gusta: { $liking }
reason-matches-their = Coincide con su { $category ->
        [size] talla
        [colour] color
        [brand] marca
        [style] estilo
        [taste] gusto
       *[other] { $category }
    }: { $liking }
reason-matches = Coincide con { $liking }
# $product: el producto, o reason-it.
reason-serviced = { $product }: revisión { $every }
reason-it = Este artículo
reason-you-promised = Prometiste: «{ $promise }»
reason-noted = Anotado { $ago }
# $max y $n eligen «una vez», «dos veces», «3 veces»; $period es un reason-span.
reason-not-contacted = No se le ha contactado en { $period } (como máximo { $max ->
        [1] una vez
        [2] dos veces
       *[other] { $max } veces
    })
reason-contacted = Se le ha contactado { $n ->
        [1] una vez
        [2] dos veces
       *[other] { $n } veces
    } en { $period } (como máximo { $max ->
        [1] una vez
        [2] dos veces
       *[other] { $max } veces
    })
reason-best-reached = Mejor momento para contactar: { $when }
