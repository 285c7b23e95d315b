todayTitle = Hoy
todayIntro = Personas a las que merece la pena escribir unas líneas, y por qué. Shopkeeper nunca envía nada por su cuenta.
todayEmpty = Hoy nadie necesita seguimiento. Disfruta de la calma.
todayStartHint = Las sugerencias salen de lo que registras: clientes, sus compras y lo que permiten.
todayStartCustomers = Ir a clientes
todayStartImport = Importar desde una hoja de cálculo
todayLoadFailed = No se han podido calcular las sugerencias de hoy.
todayDueThisWeek = { $n ->
    [one] { $n } seguimiento esta semana
   *[other] { $n } seguimientos esta semana
}
todayKinds =
    .replenishment-due = Se les acaba pronto
    .lapsing-regular = Habituales que no has visto
    .occasion = Ocasiones próximas
    .matches-taste = Novedades a su gusto
    .service-check = Revisión pendiente
    .promised-follow-up = Seguimientos prometidos
    .thank-you = Agradecimientos
todayOtherKind = Otros
todayKind =
    .replenishment-due = Se le acaba
    .lapsing-regular = Hace tiempo que no viene
    .occasion = Se acerca una fecha
    .matches-taste = Recién llegado, a su gusto
    .service-check = Revisión pendiente
    .promised-follow-up = Lo prometiste
    .thank-you = Dar las gracias
todayKindFilter = Mostrar solo
todayAllKinds = Todas
todayOrder = Primero quienes tienen más probabilidad de volver, según tus ventas hasta ahora.
todayChannel = Permite: { $channel }
todayInPerson = No permite mensajes: coméntaselo en persona en su próxima visita
todayChannels =
    .email = email
    .sms = SMS
    .phone = llamada
    .post = correo postal
    .messaging = app de mensajería
    .in-person = en persona
todayWhy = Por qué esta sugerencia
todayOpenProfile = Abrir la ficha de { $name }
todayDraft = Borrador
todayHideDraft = Ocultar borrador
todaySubject = Asunto
todayMessage = Mensaje
todayCopy = Copiar
todayCopied = Copiado. Pégalo en tu mensaje antes de un minuto: después se borra del portapapeles.
todayUndo = Deshacer
todayUndone = Deshecho: la sugerencia vuelve a estar en la lista.
# Arguments: $app
todayOpenedAsk = { $app ->
    [call] ¿Hablaste con él? Marca el seguimiento como hecho y quedará en el registro de contactos.
   *[other] ¿Enviado? Marca el seguimiento como hecho y quedará en el registro de contactos.
}
# Arguments: $app
todayMarkSent = { $app ->
    [call] Marcar como llamado
   *[other] Marcar como enviado
}
todayOpenLink = { $app ->
    [mail] Abrir en el correo
    [sms] Enviar como SMS
    [call] Llamar
    [whatsapp] Abrir en WhatsApp
    [signal] Abrir en Signal
   *[other] Abrir
}
todayDone = Hecho
todayDoneHow = ¿Cómo contactaste?
todayDoneNote = Qué se dijo (opcional)
todayDoneSave = Marcar como hecho
todaySnooze = Posponer
todaySnoozeUntil = Volver a mostrar el
todaySnoozeSave = Posponer
todayDismiss = Descartar
todayDismissWhy = ¿Por qué?
todayDismissReasons =
    .not-relevant = No viene al caso
    .already-handled = Ya está hecho
    .not-interested-in-kind = No quiere este tipo de mensaje
todayDismissSave = Descartar
todayMarkedDone = Hecho: anotado en el registro de contactos de { $name }.
todaySnoozed = { $name } volverá a aparecer el { $until }.
todayDismissed = Descartado para { $name }.
todayRecent = Contactos recientes
todayRecentEmpty = Aún no hay contactos anotados.
qualityTitle = ¿Son buenas mis sugerencias?
qualityIntro = Shopkeeper mira atrás: ordena a tus clientes como lo habría hecho hace { $lookback } días, solo con las ventas que conocía entonces, y comprueba quién volvió de verdad en los { $horizon } días siguientes.
qualityWorking = Repasando tus ventas…
qualitySentence = De las personas que Shopkeeper habría puesto primero hace { $lookback } días, { $n } de cada 10 volvieron en { $horizon } días; eligiendo por «quién vino más recientemente» se habrían encontrado { $m } de cada 10.
qualityAverage = De todos los { $customers } clientes que ya habían comprado entonces, volvió un { $share }.
qualityVerdict =
    .better = Así que vale la pena seguir el orden de esta página.
    .same = Más o menos igual que empezar por los clientes más recientes; mejora a medida que crece tu historial.
    .worse = Aquí habría funcionado mejor empezar por los clientes más recientes. Las sugerencias aprenden de cada venta que registras.
qualityMethod =
    .learned = lo que enseña el historial de esta tienda
    .blend = la frecuencia y lo reciente de las compras de cada cliente, y su propio ritmo
    .bgnbd = la frecuencia y lo reciente de las compras de cada cliente
    .rhythm = el ritmo propio de cada cliente
    .recency = quién vino más recientemente
qualityMethodOther = el método que mejor funcionó con tus ventas
qualityRankedBy = La lista de arriba sigue el mismo orden: clientes ordenados según { $how }.
qualityChosen = Método elegido porque, en tus últimas semanas de ventas, ordenar según { $how } puso a un cliente que volvió por delante de uno que no volvió { $n } veces de cada 100; { $others }.
qualityBeat = según { $how }, { $n } veces de cada 100
qualityChartTitle = Compras esperadas y reales en { $horizon } días, por décimas partes de los clientes
qualityExpected = Esperadas
qualityActual = Compradas de verdad
qualityAxisX = Clientes por décimas partes, de menos a más probable que vuelvan
qualityAxisY = Compras por cliente
qualityChartSummary = Gráfico de barras. En la décima parte de clientes con menos probabilidad de volver, se esperaba que cada uno comprara { $lowExpected } veces en { $horizon } días y compró { $lowActual }; en la décima parte más probable, { $highExpected } esperadas y { $highActual } compradas de verdad.
qualityTooLittle = Aún no hay historial suficiente para saberlo. Cuando hayas registrado unos meses de ventas de unas cuantas docenas de clientes, aquí verás lo bien que habrían funcionado las sugerencias.
qualityFailed = Ahora mismo no se ha podido calcular.

todayDaySheet = Imprimir la hoja del día
todayDaySheetTitle = Seguimientos de hoy
todayDaySheetSaved = Guardado en { $path }. Este archivo no está cifrado: imprímelo y luego bórralo.
