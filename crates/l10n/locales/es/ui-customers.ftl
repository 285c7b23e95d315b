customers = Clientes
addCustomer = Añadir un cliente
name = Nombre
email = Email
phone = Teléfono
optional = opcional
save = Guardar cliente
saving = Guardando…
noCustomers = Aún no hay clientes. Añade el primero con el formulario de arriba.
customerCount = { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}
added = Se ha añadido a { $name }.
loadFailed = No se ha podido cargar la lista de clientes.
listNew = Cliente nuevo
listNewHint = Añadir un cliente nuevo (Ctrl+N)
listCloseForm = Cerrar el formulario
listFind = Buscar
listFindPlaceholder = Nombre, email, teléfono, nota, producto…
listTag = Etiqueta
listVisit = Última visita
listVisits =
    .any = Cuando sea
    .within-30 = En los últimos 30 días
    .within-90 = En los últimos 3 meses
    .within-365 = En el último año
    .away-60 = Sin venir 2 meses o más
    .away-180 = Sin venir 6 meses o más
    .away-365 = Sin venir un año o más
listSpent = Ha gastado al menos ({ $currency })
listSpentInvalid = Escribe un importe como 50 o 12,50.
listMessages = ¿Podemos escribirle?
listMessageChoices =
    .any = Cualquiera
    .may-message = Acepta mensajes
    .no-messages = Sin mensajes
    .not-asked = Aún sin preguntar
listSort = Orden
listSorts =
    .name = Nombre
    .last-visit = Última visita
    .spend = Gasto
listClear = Quitar filtros
listNoMatch = Nadie coincide. Prueba con menos palabras o quita los filtros.
listMatching = { $n } de { $of }
listSelect = Seleccionar a { $name }
listSelected = { $n ->
    [one] { $n } seleccionado
   *[other] { $n } seleccionados
}
listTagToAdd = Etiqueta que añadir
listAddTag = Añadir etiqueta
listTagged = { $n ->
    [one] «{ $tag }» añadida a { $n } cliente.
   *[other] «{ $tag }» añadida a { $n } clientes.
}
listUnselect = Quitar la selección
listSummaries = Fichas resumen (PDF)
listSummariesHint = Las fichas resumen de los clientes seleccionados, para el personal, una por página, en un solo PDF. El archivo no está cifrado.
listSummariesFile = Fichas de clientes.pdf
listSummariesSaved = { $n ->
    [one] { $n } ficha guardada en { $path }. Este archivo no está cifrado: guárdalo en un lugar seguro o bórralo cuando acabes.
   *[other] { $n } fichas guardadas en { $path }. Este archivo no está cifrado: guárdalo en un lugar seguro o bórralo cuando acabes.
}
listNever = Todavía no
listLoading = Cargando…
listHeaderName = Cliente
listHeaderLast = Última visita
listHeaderSpent = Gastado
privacyAllows = Acepta mensajes por { $channels }
privacyNone = Sin mensajes: solo sobre sus propios pedidos
privacyUnasked = Aún no se le ha preguntado si podemos escribirle
channelNames =
    .email = email
    .sms = SMS
    .phone = llamada
    .post = correo postal
    .messaging = app de mensajería
