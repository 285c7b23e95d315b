# Errores que informa el núcleo, tal como los lee el dueño de la tienda.
error-quantity-quantity-too-large = Esa cantidad es demasiado grande.
error-quantity-quantity-zero = Una cantidad no puede ser cero.
error-quantity-negative-quantity-only = Una cantidad negativa solo se permite en una devolución; marca la línea como devolución.
error-quantity-returned-item-needs = Un artículo devuelto necesita una cantidad negativa (p. ej. -1 o -0,5).
error-quantity-quantity = «{ $shown }» no es una cantidad: { $why }.
error-demo-there-already-file = Ya hay un archivo en { $path }; la demo necesita un sitio propio.
error-customers-choose-customers-years = Elige de 1 a 1.000.000 clientes y de 1 a 50 años.
error-demo-shop-already-has = Esta tienda ya tiene clientes; crea la demo en una tienda nueva y vacía.
error-state-choose-yes = Elige sí o no.
error-choices-tick-least-one = Marca al menos un sí o un no del formulario.
error-signed-on-form-have-been = El formulario no puede estar firmado en el futuro.
error-not-found-preference-does-exist = Esa preferencia no existe (o se quitó).
error-pin-pin-must-digits = El PIN debe tener de { $min_pin_digits } a { $max_pin_digits } cifras, solo números.
error-pin-pin-could-protected = No se ha podido proteger el PIN: { $e }
error-line-nothing-was = Línea { $line }: { $reason } No se ha añadido nada.
error-to-already-exists-shopkeeper = { $new_vault } ya existe. Shopkeeper solo restaura en un archivo nuevo y nunca sobrescribe ninguno; elige otro nombre.
error-empty = { $what } no puede estar vacío.
error-too-long-characters = Este campo ({ $field }) es demasiado largo ({ $v } caracteres); Shopkeeper guarda como máximo { $max }. Acórtalo o guarda los documentos largos en otro sitio.
error-language-code-write = «{ $value }» no es un código de idioma; escríbelo en corto, como es, de o pt-br.
error-restore-customer-was-erased = Se borró un cliente después de restaurar esta copia, y la copia aún lo contiene. Vuelve a restaurar la copia de seguridad para que siga borrado; no se ha cambiado a la copia.
error-channel-way-contacting-someone = «{ $text }» no es una forma de contactar con alguien; usa una de estas: { $names }, { $in_person }.
error-summary-say-briefly-what = Di brevemente de qué trató el contacto.
error-customer-customer-merged-with = Un cliente no se puede fusionar consigo mismo.
error-purchase-purchase-already-void = Esa compra ya está anulada.
error-reason-say-why-purchase = Di por qué se anula la compra.
error-purchase-voided-purchase-corrected = Una compra anulada no se puede corregir.
error-lines-purchase-needs-lines = Una compra necesita de 1 a { $max_lines } líneas.
error-correction-nothing-correct-purchase = Nada que corregir: la compra ya dice eso.
error-relation-customer-linked-themselves = Un cliente no se puede vincular consigo mismo.
error-not-found-household-link-customer = Ese vínculo de hogar ya no está en este cliente; vuelve a cargar la ficha para ver los vínculos actuales.
error-phone-does-look-like = «{ $typed }» no parece un número de teléfono: usa solo cifras, espacios y + - ( ).
error-region-country-code-use = «{ $code }» no es un código de país; usa dos letras, como ES, MX o AR.
error-interval-must-between = Un intervalo debe estar entre 1 y 3650 días.
error-price-price-negative = Un precio no puede ser negativo.
error-sku-product-with-sku = Ya existe un producto con la referencia «{ $sku }».
error-not-found-product-catalog = Ese producto no está en el catálogo.
error-format-several-customers-only = Varios clientes solo pueden ir en un PDF (uno por página); para exportar en HTML o Markdown, hazlo de cliente en cliente.
error-not-found-promise-does-exist = Esa promesa no existe para este cliente.
error-retention-years-years-retention-period = { $y } años no es un periodo de conservación que acepte Shopkeeper; elige de 1 a { $max_years } años.
error-retention-years-retention-rule-off = La regla de conservación está desactivada, así que no hay nada de lo que conservar a un cliente. Actívala primero.
error-path-shopkeeper-could-write = Shopkeeper no ha podido escribir { $path } ({ $reason }); no se ha escrito nada. Elige una carpeta en la que puedas escribir.
error-path-give-file-name = Pon al archivo un nombre que acabe en .pdf, .html o .md para que Shopkeeper sepa qué tipo escribir.
error-folder-there-folder-plug = No hay ninguna carpeta en { $folder }. Conecta el disco o elige otra carpeta.
error-reminder-must-come = El aviso debe llegar tras 1 a 365 días.
error-folder-there-are-already = Ya hay muchas copias de seguridad de esta hora. Vuelve a intentarlo más tarde.
error-not-found-restored-copy-longer = La copia restaurada { $restored } ya no está.
error-not-found-shop-has-file = Esta tienda no tiene archivo: solo existe en memoria.
error-file-file-larger-than = El archivo supera los { $mib } MiB que Shopkeeper lee para esta importación. No se ha importado nada.
error-file-file-could-read = No se ha podido leer el archivo { $path } ({ $e }). No se ha importado nada.
error-file-file-utf-text = El archivo no es texto UTF-8. No se ha importado nada.
error-passphrase-passphrase-would-too = Esta frase secreta sería demasiado fácil de adivinar. { $advice }
error-confirmation-two-passphrases-are = Las dos frases secretas no coinciden. Escríbela otra vez.
error-not-found-emergency-kit-longer = El kit de emergencia ya no está en memoria: solo se muestra una vez, al crear la tienda.
error-text-wording-empty = El texto no puede estar vacío.
error-auto-lock-minutes-locking-after-quiet = El bloqueo por inactividad debe estar entre 1 minuto y 8 horas.
error-currency-currency-stays-purchases = La moneda sigue siendo { $before }: hay { $purchases } compras registradas en ella, y cambiarla cambiaría lo que valían.
error-period-days-period-must-between = El periodo debe estar entre 1 y 3650 días.
error-max-contacts-most-contacts-per = Se pueden poner como máximo 100 contactos por periodo.
error-date-like = «{ $text }» no es una fecha como 2024-03-31.
error-sku-there-product-with = No hay ningún producto con la referencia «{ $sku }».
error-description-each-line-needs = Cada línea necesita un producto o una descripción.
error-unit-price-each-line-needs = Cada línea necesita un precio.
error-unit-price-price-negative-use = Un precio no puede ser negativo; usa una línea de devolución para los reembolsos.
error-discount-discount-must-between = Un descuento debe estar entre cero y el precio de la línea, y las devoluciones no llevan.
error-lines-purchase-needs-least = Una compra necesita al menos una línea.
error-lines-purchase-have-most = Una compra puede tener como máximo { $max_lines } líneas.
error-not-found-purchase-does-exist = Esa compra no existe.
error-name-customer-needs-name = Un cliente necesita un nombre.
error-customer-have-most = Un cliente puede tener como máximo { $max_items } de estos.
error-email-does-look-like = «{ $email }» no parece una dirección de email (como nombre@ejemplo.com).
error-customer-more-than-one = Hay más de un cliente llamado «{ $w }»; usa su id o su referencia.
error-not-found-customer-matches-use = Ningún cliente coincide con «{ $w }». Usa su id, referencia, email, teléfono o nombre exacto.
error-not-found-customer-does-exist = Ese cliente no existe (o se eliminó).
error-not-found-customer-does-exist-2 = Ese cliente no existe o ya se borró.
error-date-like-when = «{ $t }» no es una fecha como 1980-04-23, o 04-23 si no se sabe el año.
error-real-date = { $value } no es una fecha real.
error-customer-ref-another-customer-already = Otro cliente ya tiene la referencia «{ $r }».
error-currency-amount-but-shop = «{ $value }» es un importe en { $hint }, pero esta tienda usa { $currency }; escribe los importes en { $currency2 }.
error-amount-amount-too-large = Ese importe es demasiado grande.
error-amount-amount-write-amounts = «{ $shown }» no es un importe: { $why }. Escribe los importes como 12,50, 1.234,56 o 1,234.56 €.
error-currency-currency-code-use = «{ $code }» no es un código de moneda; usa tres letras, como EUR, MXN o USD.
error-currency-amounts-mixed-enter = No se pueden mezclar importes en { $value } y en { $other }; escribe todos los importes en { $value2 }.
error-key-suggestion-about-another = Esta sugerencia es de otro cliente; abre ese cliente o vuelve a copiar la clave.
error-undo-nothing = No hay nada que deshacer en esta sugerencia: no se pospuso ni se descartó (un seguimiento marcado como hecho se queda en el registro de contactos).
error-key-suggestion-was-already = Esta sugerencia ya estaba marcada como «{ $action }»; no hay nada más que hacer.
error-key-promise-already = Esta promesa ya está «{ $p }».
error-key-promise-key-does = Esta clave no corresponde a ninguna promesa; cópiala de la lista de sugerencias.
error-until-snooze-until-day = Pospón hasta un día posterior a hoy; el { $until } ya ha llegado.
error-kind-suggestion-suggestion-nothing = Esta sugerencia es de tipo «{ $parts }», no «{ $kind }»; no se ha descartado nada.
error-not-found-suggestions-were-turned = Las sugerencias «{ $kind }» no estaban desactivadas para este cliente.
error-key-which-suggestion-key = ¿Qué sugerencia? La clave está vacía; cópiala de la lista de sugerencias.
error-key-suggestion-key-keys = «{ $key }» no es una clave de sugerencia. Las claves son como «replenishment-due:<id de cliente>:…»; copia una de la lista de sugerencias.
error-closed-with-placeholders = Una llave «{"{"}» no se cierra con «{"}"}». Los campos que se rellenan son como {"{"}first_name{"}"}; este mensaje puede usar { $list }.
error-placeholder-message-use = {"{"}{ $name }{"}"} no es un campo que pueda usar un mensaje «{ $kind }»; usa uno de estos: { $list }.
error-body-message-empty = El mensaje no puede estar vacío.
error-link-only-contact-links = Desde un borrador solo se pueden abrir enlaces de correo, mensajes, llamadas, WhatsApp o Signal.
error-link-no-app = No se puede contactar así con este cliente: ha permitido otro canal, o su ficha no tiene dirección ni número para este.
error-not-found-there-saved-template = No hay ninguna plantilla { $language } guardada para los mensajes «{ $kind }», así que no hay nada que restablecer.
error-as-of-backtest = No se puede hacer la prueba retrospectiva a { $as_of }: { $e }.
error-export-stored-value-damaged = Un valor guardado en { $table }.{ $column } está dañado, así que se ha detenido la exportación; no se ha escrito nada. Comprueba si el archivo de la tienda está dañado y, si lo está, restaura una copia de seguridad.
error-file-nothing-was-imported = { $message } No se ha importado nada.
error-vcard-file-holds-vcards = Este archivo no contiene ninguna vCard (no hay línea BEGIN:VCARD). No se ha importado nada; elige un archivo .vcf exportado de una libreta de direcciones.
error-folder-file-folder-choose = { $folder } es un archivo, no una carpeta. Elige la propia carpeta compartida.
error-folder-sync-folder-reached = No se puede acceder a la carpeta de sincronización { $folder } (¿está conectada la memoria USB o la carpeta compartida?). No se ha sincronizado nada; tus cambios se quedan en este ordenador hasta que se pueda acceder.
error-folder-sync-folder-read = No se puede leer la carpeta de sincronización { $folder } ({ $e }).
error-folder-sync-folder-already = La carpeta de sincronización ya tiene un archivo de cambios llamado { $path } que este ordenador no escribió. ¿Se copió el archivo de esta tienda a otro ordenador con la sincronización activada? Desactiva la sincronización en este ordenador y vuelve a unirte con el código de emparejamiento.
error-sync-change-could-read = No se ha podido leer un cambio en { $table }; se ha omitido.
error-folder-shop-shared-yet = Aún no hay ninguna tienda compartida en { $folder }. Activa la sincronización en el primer ordenador con esta carpeta, espera a que la carpeta se haya copiado aquí y luego únete.
error-code-pairing-code-does = Este código de emparejamiento no abre los archivos de cambios de esta carpeta: es de otra tienda, o la carpeta es de otra tienda. Comprueba el código y la carpeta.
error-code-pairing-code-has = Un código de emparejamiento solo tiene cifras y letras; «{ $c }» no es una de ellas. Comprueba el código en el primer ordenador.
error-code-pairing-code-has-2 = Un código de emparejamiento tiene { $code_chars } letras y cifras; este tiene { $values }. Comprueba el código en el primer ordenador.
error-code-pairing-code-has-3 = Este código de emparejamiento tiene un error de escritura (sus dos últimos caracteres no encajan con el resto). Compáralo con la pantalla del primer ordenador.
error-line-total-purchase-s-total = El total de la compra es demasiado grande.
error-currency-row-shop = Esta fila está en { $code }, y la tienda en { $value }.
error-quantity-row-has-quantity = La fila no tiene cantidad.
error-line-total-row-has-neither = La fila no tiene ni total de línea ni precio unitario.
error-quantity-negative-quantity-only-2 = Una cantidad negativa solo se permite en una devolución, cuyo total también es negativo.
error-product-each-row-needs = Cada fila necesita una referencia o un nombre de producto.
error-line-total-line-s-total = El total de la línea es demasiado grande.
error-import-import-was-already = Esta importación ya se deshizo el { $at }.
error-import-since-been-given = { $count ->
        [one] A 1 cliente añadido por esta importación se le han
       *[other] A { $count } clientes añadidos por esta importación se les han
    } añadido a mano otras compras, notas, preferencias, consentimientos o contactos; deshacer la importación los perdería. No se ha cambiado nada.
error-not-found-there-import = No hay ninguna importación { $id }.
error-file-file-could-read-2 = No se ha podido leer el archivo: { $e }.
error-file-line-valid-csv = Esta línea no es CSV válido (o no es texto UTF-8).
error-file-file-has-readable = El archivo no tiene una cabecera legible: { $e }.
error-map-field-use-one = «{ $field }» no es un campo; usa uno de estos: { $fields }, o { $ignore }.
error-layout-known-layout-use = «{ $name }» no es un formato conocido; usa uno de estos: { $layouts }.
error-date-order-date-order-use = «{ $s }» no es un orden de fecha; usa dmy, mdy o ymd.
error-date-date-like = «{ $shown }» no es una fecha como 2024-03-31, 31.03.2024 o 03/31/2024.
error-customer-name-new-customer-needs = Un cliente nuevo necesita un nombre o una referencia.
error-recovery-key-typo = { $why }
error-no-column = El archivo no tiene una columna «{ $field }». Indica qué columna lo contiene, o cambia el nombre de la columna.
error-date-order-ambiguous = Todas las fechas de este archivo se pueden leer con el día o con el mes primero (03/04/2024 puede ser el 3 de abril o el 4 de marzo). Indica qué orden usa el archivo.
error-sync-key-damaged = La clave de sincronización guardada está dañada. Desactiva la sincronización y vuelve a unirte con el código de emparejamiento.
error-sync-signing-key-damaged = Falta la clave de firma de este ordenador o está dañada. Desactiva la sincronización y vuelve a unirte con el código de emparejamiento.
error-sync-off-no-code = La sincronización está desactivada, así que no hay código de emparejamiento.
error-sync-file-too-large = Los cambios de este ordenador forman un archivo de cambios mayor que los { $mib } MiB que leerían los demás; no se ha escrito nada.
error-sync-unknown-table = { $table } no es una tabla sincronizada.
error-sync-already-on = La sincronización ya está activada, con la carpeta { $folder }. Para usar otra carpeta, desactiva primero la sincronización.
error-sync-folder-has-shop = { $folder } ya contiene los archivos de cambios de una tienda. Para unirte a esa tienda, escribe el código de emparejamiento que aparece en uno de sus ordenadores; para empezar de cero, elige una carpeta vacía.
error-sync-off = La sincronización está desactivada. Actívala primero.
error-date-not-in-format = «{ $text }» no es una fecha con el formato { $format }.
error-date-like-with-time = «{ $text }» no es una fecha como 2024-03-31 o 2024-03-31 14:05.
error-not-an-id = «{ $text }» no es { $what ->
        [customer] un id de cliente
        [preference] un id de preferencia
        [product] un id de producto
        [purchase] un id de compra
        [consent-entry] un id de consentimiento
        [contact] un id de contacto
        [household-link] un id de vínculo de hogar
        [promise] un id de promesa
        [import] un id de importación
       *[other] un id
    }.
error-not-a-known = «{ $text }» no es { $field ->
        [reason] un motivo conocido
        [kind] un tipo conocido
        [relation] una relación conocida
        [channel] un medio conocido
        [purpose] una finalidad conocida
        [state] un estado conocido
        [status] un estado conocido
        [sort] un orden conocido
        [messages] una opción de mensajes conocida
        [category] una categoría conocida
        [source] un origen conocido
       *[other] un valor conocido de «{ $field }»
    }; usa uno de estos: { $names }.
error-vcard-line-too-long = En este archivo vCard, la línea { $line } supera { $mib } MiB, lo máximo para una línea que no sea una foto. No se ha importado nada.
error-currency-file-shop-import = { $purchases ->
        [0] El archivo está en { $file }, y la tienda en { $shop }. Importa solo archivos en la moneda de la tienda (una tienda nueva toma la moneda del archivo cuando este indica una sola).
       *[other] El archivo está en { $file }, y la tienda en { $shop }. Importa solo archivos en la moneda de la tienda.
    }
error-line-total-mismatch = El total de línea { $given } no coincide con { $quantity } × { $unit_price } = { $total }.
error-line-total-mismatch-discount = El total de línea { $given } no coincide con { $quantity } × { $unit_price } − { $discount } = { $total }.
error-unit-price-times-quantity = El precio unitario { $unit } por la cantidad { $quantity } da { $expected }, pero el total de la línea es { $total }.
error-unit-price-times-quantity-discount = El precio unitario { $unit } por la cantidad { $quantity }, menos el descuento { $discount }, da { $expected }, pero el total de la línea es { $total }.
error-location = Shopkeeper no ha podido abrir su archivo de datos en { $path }: { $reason }. Elige una carpeta en la que puedas escribir.
error-too-new = Esta tienda la guardó una versión más reciente de Shopkeeper (datos en versión { $found }; esta versión lee hasta la { $supported }). Actualiza Shopkeeper.
error-migration = Shopkeeper no ha podido actualizar los datos de esta tienda de la versión { $from } a la { $to }, así que ha dejado el archivo exactamente como estaba. Conserva el archivo e informa del problema; la versión anterior de Shopkeeper todavía lo abre.
error-no-shop = No hay ninguna tienda en { $path }.
error-storage = No se han podido leer o escribir los datos de la tienda. Tus datos no han cambiado.
error-vault-wrong-passphrase = La frase secreta no es correcta. No se ha cambiado nada.
error-vault-recovery-key-typo = La clave de recuperación tiene un error de escritura. Revisa cada grupo de caracteres.
error-vault-not-a-vault = Este archivo no es una caja fuerte de Shopkeeper.
error-vault-newer-version = Esta caja fuerte la creó una versión más reciente de Shopkeeper.
error-vault-damaged = Este archivo está dañado o ha sido manipulado.
error-vault-kdf-out-of-bounds = Esta caja fuerte pide unos ajustes de desbloqueo fuera de límites; puede que la hayan manipulado.
error-vault-already-exists = Ya existe un archivo ahí; Shopkeeper no lo sobrescribirá.
error-vault-bad-path = Shopkeeper no puede usar esta ubicación de archivo.
error-vault-io = No se ha podido leer o escribir el archivo de la caja fuerte: { $reason }
error-vault-sqlite = La base de datos de la caja fuerte ha informado de un problema: { $reason }
error-backup-not-a-backup = Este archivo no es una copia de seguridad de Shopkeeper, o se dañó al copiarlo. Prueba con otra copia.
error-backup-newer-version = Esta copia la hizo una versión más reciente de Shopkeeper. Actualiza Shopkeeper para abrirla.
error-backup-wrong-passphrase = La frase secreta no es la correcta para esta copia.
error-backup-wrong-recovery-key = La clave de recuperación no es la correcta para esta copia.
error-backup-no-recovery-slot = Esta copia se hizo sin clave de recuperación. Usa su frase secreta.
error-backup-invalid-recovery-key = La clave de recuperación no tiene la longitud correcta.
error-backup-kdf-out-of-bounds = Esta copia pide unos ajustes de desbloqueo fuera de límites; puede que la hayan manipulado.
error-backup-truncated = Esta copia está incompleta: termina demasiado pronto, como si la copia o una copia de ella se hubiera interrumpido. Prueba con otra copia.
error-backup-damaged = Esta copia está dañada: parte de su contenido ha cambiado o falta. Prueba con otra copia.
error-backup-already-exists = Ya existe un archivo ahí; Shopkeeper no lo sobrescribirá.
error-backup-bad-path = Esta ubicación no se puede usar para una copia de seguridad.
error-backup-target-not-empty = La base de datos en la que restaurar no está vacía; Shopkeeper solo restaura en una base de datos nueva y vacía.
error-backup-page-size-mismatch = La nueva base de datos se preparó de una forma que no encaja con esta copia (el tamaño de página es distinto).
error-backup-restore-check-failed = La base de datos restaurada no ha pasado la comprobación. Puede que la copia se hiciera de una tienda dañada; sigue usando la actual.
error-backup-busy = La base de datos de la tienda está ocupada; vuelve a intentar la copia dentro de un momento.
error-backup-io = No se ha podido leer o escribir el archivo de copia: { $reason }
error-backup-sqlite = La base de datos de la tienda ha informado de un problema: { $reason }
error-summary-no-customers = No hay ningún cliente que poner en el resumen.
error-summary-main-font-missing = La fuente principal del resumen no está instalada (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts).
error-summary-arabic-font-missing = La fuente para nombres en árabe no está instalada (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-arabic-fonts).
error-summary-cjk-font-missing = La fuente para nombres en chino, japonés y coreano no está instalada (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts).
error-summary-font-unreadable = No se ha podido leer el archivo de fuente { $path }. Vuelve a instalar el paquete del que viene.
error-summary-pdf = No se ha podido escribir el PDF ({ $reason }). Es un error de Shopkeeper; por favor, infórmanos.
error-not-chosen = Shopkeeper solo guarda en un archivo que acabas de elegir en la ventana de guardar. Vuelve a elegir dónde guardarlo.
error-too-many-tries = Demasiados intentos fallidos. Vuelve a intentarlo dentro de { $seconds } segundos.
error-desk-locked = Shopkeeper está bloqueado. Desbloquéalo con tu frase secreta.
error-desk-in-customer-view = La pantalla está en Vista cliente. Primero tiene que desbloquearla el dueño.
error-desk-customer-view-ended = Gracias. Por favor, devuelva la pantalla a la tienda.
error-desk-customer-view-off = La Vista cliente no está activa.
error-desk-wrong-secret = Ese no es el PIN ni la frase secreta del dueño.
error-desk-demo-without-pin = Solo el PIN o la frase secreta del dueño devuelven la pantalla después de la Vista cliente, y la tienda de demostración no tiene ninguno de los dos. Prueba la Vista cliente en tu propia tienda.
error-desk-suggestion-gone = Esa sugerencia ya no está en la lista. Vuelve a abrir «Hoy» para ver las actuales.
error-desk-no-restored-copy = No hay ninguna copia restaurada a la que cambiar. Primero restaura una copia de seguridad.
error-desk-backup-busy = Ya se está haciendo una copia de seguridad. Terminará en un momento.
error-not-days = «{ $text }» no es un número de días; escríbelo como 30.
error-place-unusable = Shopkeeper no puede usar ese sitio: { $reason }. Elige un archivo de este ordenador.
error-contact-app = No se ha podido abrir la aplicación de este enlace ({ $reason }). Copia el mensaje en su lugar.
error-work-stopped = El trabajo se ha detenido de forma inesperada: { $reason }
error-preferred-days-day = «{ $day }» no es un día.
error-not-found-there-import-see = no hay ninguna importación { $id } (mira `shopkeeper import list`)
error-folder-choose-folder-backups = Primero elige una carpeta para las copias de seguridad (lo mejor es una memoria USB u otro disco).
error-folder-choose-shared-folder = Elige la carpeta compartida (una que Syncthing, Nextcloud, Dropbox o un NAS copie entre tus ordenadores).
error-path-file-could-opened = No se ha podido abrir el archivo { $path }: { $e }.

## El personal en el mostrador
error-staff-wrong-pin = Ese PIN no es correcto. Inténtalo de nuevo o pide al propietario que ponga uno nuevo.
error-not-found-staff = Esa persona no forma parte del personal.
error-not-found-staff-named = Nadie del personal se llama «{ $name }». El propietario puede añadirlo en Ajustes → Personal.
error-staff-pin-short = El PIN de un miembro del personal debe tener al menos { $min } cifras.
error-staff-colour = «{ $text }» no es un color; escríbelo como #3a7d5c.
error-staff-initials = Las iniciales tienen de una a cuatro letras.
error-staff-name-taken = Ya hay alguien del personal que se llama «{ $name }»; añade un apellido o una inicial.
error-not-allowed = { $permission ->
    [export-many] Exportar o imprimir muchos clientes a la vez
    [erase] Borrar o eliminar clientes
    [restore] Restaurar una copia de seguridad o importar un archivo
    [settings] Cambiar los ajustes de la tienda
    [vault] Cambiar la frase de acceso, la clave de recuperación o el PIN del propietario
    [staff] Añadir o cambiar personal
    [sync] Activar o desactivar la sincronización
   *[counter] Esto
} no corresponde al rol { $role ->
    [manager] encargado
   *[staff] personal
}. Pide al propietario que lo haga o que te dé otro rol.

## Staff at the counter: the app
error-staff-ask-minutes = La pregunta de quién está en el mostrador se ajusta entre 1 y { $max } minutos, o se desactiva.
