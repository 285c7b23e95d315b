import = Importar
impTitle = Importar desde una caja, una tienda online o una hoja de cálculo
impSteps =
    .choose = Elegir el archivo
    .check = Revisar lo que ha encontrado Shopkeeper
    .import = Importar
impStep = Paso { $n } de { $of }: { $name }
impIntro = Trae clientes o compras desde un archivo CSV tal como lo exporta tu caja o tu tienda online (Shopify, Square, SumUp, Lightspeed, Loyverse, WooCommerce o una hoja de cálculo guardada como CSV), o contactos de un teléfono o una libreta de direcciones (.vcf). Shopkeeper revisa antes el archivo y no guarda nada hasta que tú lo digas.
impFile = Archivo CSV
impVcfFile = Archivo de contactos (.vcf)
impChooseFile = Elegir…
impKind = El archivo contiene
impKinds =
    .customers = Clientes, uno por fila
    .purchases = Compras, un artículo por fila
    .vcard = Contactos de un teléfono o una libreta de direcciones (vCard)
impVcardMerge = Si un contacto ya es cliente, añadirle sus emails, teléfonos y etiquetas (si no, se deja fuera)
impVcardWouldDo = Clientes nuevos: { $added }. Ya eran clientes: { $duplicates }. Contactos que se dejan fuera: { $skipped }.
impVcardSummary = { $merged ->
    [true] Clientes nuevos: { $added }. Ya eran clientes, actualizados: { $duplicates }. Contactos dejados fuera: { $skipped }.
   *[other] Clientes nuevos: { $added }. Ya eran clientes, sin cambios: { $duplicates }. Contactos dejados fuera: { $skipped }.
}
impCardNotes = Lo que no se ha guardado
impCard = Contacto
impCardName = { $position }. { $name }
impCardNoName = (sin nombre)
impCardSkipped = dejado fuera
impUnlisted = { $n ->
    [one] Y { $n } contacto más con algo que no se ha guardado.
   *[other] Y { $n } contactos más con algo que no se ha guardado.
}
impNext = Siguiente
impBack = Atrás
impColumn = Columna
impField = Campo de Shopkeeper
impIgnore = — no se importa —
impDuplicate = Hay dos columnas marcadas como { $field }; elige una.
impChecking = Revisando…
impReading = Leyendo el archivo…
impBadRows = Filas con algún problema
impLine = Línea
impReason = Problema
impSkipBad = Importar las filas correctas y dejar fuera las que tienen algún problema
impNothingIfBad = Si hay filas con algún problema, no se importa nada salvo que elijas dejarlas fuera.
impRun = Importar
impRunning = Importando… puedes seguir trabajando.
impProgress = { $rows } de { $total } filas
impNotWritten = No se ha importado nada.
impUndo = Deshacer esta importación
impUndoing = Deshaciendo…
impUndone = { $consents ->
    [0] Importación deshecha: se han quitado { $purchases } compras, { $customers } clientes nuevos y { $products } productos nuevos. La tienda está como antes.
   *[other] Importación deshecha: se han quitado { $purchases } compras, { $customers } clientes nuevos y { $products } productos nuevos, y { $consents } consentimientos que venían en el archivo. La tienda está como antes.
}
impAnother = Importar otro archivo
impLooksLike = Formato reconocido: { $name }.
impReadAs = Leído como { $name }, según elegiste.
impRemembered = Se han usado tus elecciones de columnas de la última vez.
impMapped = Leído con tus elecciones de columnas.
impByNames = Columnas asignadas por su nombre.
impFactRows = { $rows } filas, { $good } listas para importar
impFactReceipts = { $n ->
    [one] { $n } ticket o pedido
   *[other] { $n } tickets o pedidos
}
impFactCustomers = { $created } clientes nuevos, { $matched } que ya estaban en la tienda
impFactCurrency = importes en { $code }
impFactCurrencyNew = importes en { $code } (será la moneda de la tienda)
impFactDates = fechas escritas { $order }
impDateOrders =
    .dmy = primero el día (31/03/2024)
    .mdy = primero el mes (03/31/2024)
    .ymd = primero el año (2024-03-31)
impFirstLines = Las primeras líneas, tal como se guardarán
impFirstRows = Las primeras filas del archivo
impWhen = Fecha
impWho = Cliente
impLineProduct = Producto
impQty = Cantidad
impUnitPrice = Precio unidad
impTotal = Total
impReceipt = Ticket
impRefundOf = Devolución del ticket { $receipt }
impRefund = Devolución
impFix = Corregir una columna
impFixIntro = Elige qué contiene cada columna y vuelve a revisar. No se guarda nada hasta que importes.
impLayout = Leer el archivo como
impLayoutFound = Como se ha reconocido
impDateOrder = Fechas como 03/04/2024 significan
impDateOrderAuto = Decidir según el archivo
impDateDmy = 3 de abril (primero el día)
impDateMdy = 4 de marzo (primero el mes)
impDatesAmbiguous = Todas las fechas de este archivo se pueden leer con el día o con el mes primero: 03/04/2024 puede ser el 3 de abril o el 4 de marzo.
impDateOrderAsk = Dile a Shopkeeper cómo escribe las fechas este archivo y vuelve a revisar.
impSample = Primer valor
impCheckAgain = Revisar de nuevo con estas elecciones
impWillRemember = Shopkeeper recordará estas elecciones para archivos como este.
impSumPurchases = { $purchases } compras registradas, { $lines } líneas.
impSumCustomers = { $created } clientes nuevos, { $matched } que ya estaban en la tienda.
impSumWalkIns = { $n ->
    [one] { $n } venta sin cliente, no importada.
   *[other] { $n } ventas sin cliente, no importadas.
}
impSumRefunds = { $n ->
    [one] Entre ellas, { $n } reembolso o devolución.
   *[other] Entre ellas, { $n } reembolsos y devoluciones.
}
impSumAlready = { $n ->
    [one] { $n } ticket ya estaba en la tienda y se ha dejado como estaba.
   *[other] { $n } tickets ya estaban en la tienda y se han dejado como estaban.
}
impSumNotSales = { $n ->
    [one] { $n } fila no es una venta (anulada, cancelada, reembolsada del todo o una fila de pago) y se ha dejado fuera.
   *[other] { $n } filas no son ventas (anuladas, canceladas, reembolsadas del todo o filas de pago) y se han dejado fuera.
}
impSumConsents = { $n ->
    [one] { $n } consentimiento del archivo registrado.
   *[other] { $n } consentimientos del archivo registrados.
}
impSumCurrency = La moneda de la tienda es ahora { $code }, como en el archivo.
impSumBad = { $n ->
    [one] { $n } fila dejada fuera por algún problema (ver abajo).
   *[other] { $n } filas dejadas fuera por algún problema (ver abajo).
}
impSumRemembered = Tus elecciones de columnas se recuerdan para el próximo archivo como este.
impUndoAsk = ¿Quitar todo lo que ha añadido esta importación? Se van las compras, los clientes nuevos y los productos nuevos; nada más cambia.
impUndoYes = Sí, deshacer la importación
impUndoNo = Conservarla
impMoreBad = { $n ->
    [one] Y { $n } fila más con algún problema.
   *[other] Y { $n } filas más con algún problema.
}
impWhat =
    .customer_ref = Número de cliente
    .customer_name = Nombre
    .given_name = Nombre de pila
    .family_name = Apellidos
    .email = Email
    .phone = Teléfono
    .address = Dirección
    .language = Idioma
    .birthday = Cumpleaños
    .tags = Etiquetas
    .notes = Notas
    .date = Fecha
    .sku = Código de producto (SKU)
    .product = Producto
    .quantity = Cantidad
    .line_total = Total de la línea
    .channel = Dónde se vendió
    .note = Nota
    .receipt = Número de ticket
    .unit_price = Precio unidad
    .refund_of = Devolución del ticket
    .contact = Email o teléfono
    .currency = Moneda
    .discount = Descuento
    .time = Hora
