# Por qué se sugiere un seguimiento: el motivo de cada sugerencia y las
# frases bajo «Por qué esta sugerencia». Los números que eligen un plural
# son enteros; $unit elige la unidad de un intervalo de tiempo.

## Fechas e intervalos de tiempo

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
# Un día del mes, en corto, como «12 nov».
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
# Un intervalo exacto: «34 días», «5 semanas», «6 meses».
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
# Un intervalo redondeado como se dice: «10 días», «9 semanas», «unos 4 meses», «unos 2 años».
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
# Con qué frecuencia, más o menos: «más o menos cada 5 semanas», «todos los días».
reason-about-every = { $unit ->
    [day] { $n ->
        [0] todos los días
        [one] todos los días
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
# Con qué frecuencia, como lo hacen otros: «cada 5 semanas», «todos los días».
reason-every = { $unit ->
    [day] { $n ->
        [0] todos los días
        [one] todos los días
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

## El motivo de una sugerencia: $why (uno de los motivos de abajo) y luego cómo contactar

reason-suggestion = { $why }. { $how }
reason-by-channel = Por { $channel ->
        [email] email
        [sms] SMS
        [phone] teléfono
        [post] correo postal
        [messaging] app de mensajería
       *[other] { $channel }
    } (consentimiento dado para: { $purpose ->
        [service] pedidos y reparaciones
        [recommendations] recomendaciones personales
        [promotions] ofertas y novedades
        [occasions] cumpleaños y ocasiones
       *[other] { $purpose }
    }).
reason-in-person = Coméntalo en persona en su próxima visita: { $why }.
reason-blocked-quiet = pidió no recibir mensajes hasta el { $date }
reason-blocked-cap = ya se le ha contactado { $contacts } vez/veces en los últimos { $period } días (máximo { $max })
reason-blocked-consent = ningún medio tiene consentimiento para: { $purpose ->
        [service] pedidos y reparaciones
        [recommendations] recomendaciones personales
        [promotions] ofertas y novedades
        [occasions] cumpleaños y ocasiones
       *[other] { $purpose }
    }

## Los motivos de las reglas

reason-replenishment = { $first } compra { $product } más o menos { $interval ->
        [one] cada día
       *[other] cada { $interval } días
    }; la última vez, hace { $since ->
        [one] { $since } día
       *[other] { $since } días
    }
reason-replenishment-once = { $first } compró { $product } una vez; suele durar unos { $interval ->
        [one] { $interval } día
       *[other] { $interval } días
    }; la última vez, hace { $since ->
        [one] { $since } día
       *[other] { $since } días
    }
# $every y $silence son reason-duration.
reason-lapsing = { $first } venía más o menos cada { $every }; no viene desde hace { $silence }
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
    }, más de { $factor }× su gasto habitual de { $usual }
reason-large-basket-shop = { $first } gastó { $total } { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }, una de las compras más grandes de la tienda
# $why es uno de los reason-taste-*; $date es un reason-day-month-short.
reason-taste = { $why }; { $product } llegó el { $date }
reason-taste-size = { $first } usa la talla { $size }
reason-taste-likes = A { $first } le gusta { $liking }
reason-taste-category = { $first } ha comprado { $category } en { $visits } visitas
# $since es un reason-duration; $date es un reason-day-month-short.
reason-service = { $first }: { $product } hace { $since } ({ $every ->
        [one] cada día
       *[other] cada { $every } días
    }); { $due ->
        [today] toca hoy
        [ahead] toca el { $date }
       *[since] tocaba el { $date }
    }
reason-promised = Le prometiste a { $first }: «{ $promise }»
reason-promised-due = Le prometiste a { $first }: «{ $promise }» (para el { $date })
reason-promised-overdue = Le prometiste a { $first }: «{ $promise }» (para el { $date }, ya con retraso)

## «Por qué esta sugerencia»: $ago es reason-ago, reason-today o reason-yesterday; $every es reason-about-every; $span es reason-span; $chance es reason-chance

reason-buys-every = Compra { $product } { $every }
reason-bought-once-catalog = Compró { $product } una vez; según tu catálogo, dura { $span }
# $every es un reason-every.
reason-bought-once-others = Compró { $product } una vez; otros clientes lo vuelven a comprar { $every }
reason-last-bought = Última compra { $ago }
reason-rhythm-steady = Un ritmo regular
reason-rhythm-fairly-steady = Un ritmo bastante regular
reason-rhythm-none = Aún sin un ritmo regular
# $what: product (se acaba), service, promise.
reason-due-now = { $what ->
    [service] Le toca la revisión ahora
    [promise] Toca ahora
   *[product] Probablemente se le acaba ahora
}
reason-due-in = { $what ->
    [service] Revisión dentro de { $span }
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
reason-away-longest = Más tiempo sin venir que nunca
reason-away-longer = Más tiempo sin venir que { $chance } de sus ausencias habituales
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
reason-came-in = { $product } llegó { $ago }
reason-new-in = { $product } es una novedad
reason-keeps-buying = Compra a menudo { $category } ({ $visits } visitas)
reason-told-likes = Te dijo que le gusta { $liking }
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
reason-it = El producto
reason-you-promised = Prometiste: «{ $promise }»
reason-noted = Anotado { $ago }
# $max y $n eligen «una vez», «dos veces», «3 veces»; $period es un reason-span.
reason-not-contacted = Sin contacto en { $period } (como máximo { $max ->
        [1] una vez
        [2] dos veces
       *[other] { $max } veces
    })
reason-contacted = { $n ->
        [1] Un contacto
        [2] Dos contactos
       *[other] { $n } contactos
    } en { $period } (como máximo { $max ->
        [1] una vez
        [2] dos veces
       *[other] { $max } veces
    })
reason-best-reached = Mejor momento para contactar: { $when }
