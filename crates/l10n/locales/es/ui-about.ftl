# Glosario español (igual en todos los archivos es/):
#   customer book = cartera de clientes; customer = cliente; profile = ficha (del cliente)
#   vault = caja fuerte; passphrase = frase secreta; recovery key = clave de recuperación
#   emergency kit = kit de emergencia; backup = copia de seguridad; restore = restaurar
#   consent = consentimiento; "may we contact them?" = «¿Podemos contactarle?»
#   follow-up = seguimiento; suggestion = sugerencia; draft = borrador
#   snooze = posponer; dismiss = descartar; done = hecho
#   sale = venta; purchase = compra; receipt = ticket; void = anular; refund/return = devolución
#   catalog = catálogo; SKU = ref.; tag = etiqueta; visit = visita
#   sync = sincronización; pairing code = código de emparejamiento; shared folder = carpeta compartida
#   till = caja; shop = tienda; household = hogar; preferences = preferencias
#   text message = SMS; messaging app = app de mensajería; post = correo postal
#   Customer view = Vista cliente; owner PIN = PIN del dueño
#   erase = borrar; forget = olvidar; encrypted = cifrado; file = archivo
# Tono: «tú» para el dueño de la tienda; «usted» en lo que lee el cliente
# (Vista cliente, consentimiento). Comillas: «…».

aboutTitle = Acerca de Shopkeeper
aboutOpen = Acerca de Shopkeeper…
aboutSettingsHeading = Acerca de
aboutSettingsText = Shopkeeper { $version }: dónde están tus datos, la red, la licencia.
aboutPaletteDetail = Versión, datos, licencia
aboutPaletteGroup = Más
aboutVersion = Versión { $version }
aboutDataHeading = Dónde están tus datos
aboutDataText = Toda tu cartera de clientes está en este único archivo cifrado, en este ordenador:
aboutCopyText = Antes de que una actualización cambie la forma de guardar tus datos, Shopkeeper guarda primero una copia de este archivo a su lado, también cifrada, con un nombre como
aboutCopyAfter = Se abre con la frase secreta que tenías cuando se hizo.
aboutNetworkHeading = La red
aboutNoNetwork = Shopkeeper no usa ninguna red.
aboutSync = { $on ->
    [true] Sincronización: activada, mediante una carpeta compartida.
   *[other] Sincronización: desactivada.
}
aboutLicenceHeading = Licencia
aboutLicenceText = Software libre bajo la licencia { $licence }.
aboutLicenceOr = o
aboutFormatsHeading = Formatos de archivo
aboutFormats = Versión de cada tipo de archivo que escribe este Shopkeeper:
aboutSchema = Datos de la caja fuerte
aboutVaultFormat = Archivo de la caja fuerte
aboutBackupFormat = Copias de seguridad
aboutClose = Cerrar
aboutLoading = Consultando…
aboutFailed = Shopkeeper no ha podido saberlo: { $message }
