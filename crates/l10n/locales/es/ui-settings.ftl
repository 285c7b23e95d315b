settings = Ajustes
setTitle = Ajustes
setShop = Tu tienda
setShopName = Nombre de la tienda
setCurrency = Moneda
setCurrencyHint = tres letras, como EUR o MXN
setCurrencyLocked = La moneda sigue siendo { $code }: ya hay compras registradas en ella, y cambiarla cambiaría lo que valían.
setRegion = País del teléfono
setRegionHint = dos letras, como ES: los números sin prefijo de país se leen como de ese país
setFrequency = Contactar a los clientes como máximo
setFrequencyTimes = veces cada
setFrequencyDays = días, salvo que un cliente haya pedido otra cosa
setMaxContacts = Máximo de contactos por periodo
setPeriodDays = Periodo en días
setSave = Guardar
setSaved = Guardado.
setAutoLock = Bloquear tras estos minutos sin actividad
setAutoLockHint = de 1 a 480
setPassphrase = Frase secreta
setCurrentPassphrase = Frase secreta actual
setChangePassphrase = Cambiar la frase secreta
setPassphraseChanged = La frase secreta ha cambiado y tus datos están sellados con una clave nueva. A partir de ahora usa la nueva frase secreta. Tu antiguo kit de emergencia ya no sirve: guarda el nuevo, aquí abajo.
setOldCopies = Estas copias antiguas junto a tu tienda aún se abren con la frase secreta antigua o el kit de emergencia antiguo. Bórralas si ya no las necesitas:
setKit = Kit de emergencia
setKitIntro = Un kit de emergencia nuevo trae una clave de recuperación nueva, y tus datos quedan sellados con una clave nueva. El kit antiguo deja de funcionar: imprime o guarda el nuevo y destruye el antiguo.
setKitPassphrase = Tu frase secreta, para confirmar
setNewKit = Mostrar un kit de emergencia nuevo
setKitShown = Tu nueva clave de recuperación
setKitClose = Ya la tengo a buen recaudo
setLook = Aspecto
setConsent = Textos de consentimiento
setConsentIntro = Lo que se pregunta a los clientes para cada finalidad. Cambiar el texto crea una versión nueva; cada consentimiento guarda la versión que vio el cliente.
setPurposes =
    .service = Sus propios pedidos y reparaciones
    .recommendations = Recomendaciones personales
    .promotions = Novedades y ofertas
    .occasions = Cumpleaños y ocasiones
setVersion = versión { $v }
setSaveWording = Guardar texto
setTemplates = Borradores de mensajes
setTemplatesIntro = Las palabras con las que la pantalla «Hoy» empieza un borrador, según el tipo de seguimiento. Los nombres entre llaves se rellenan para cada cliente.
setTemplateKind = Tipo de seguimiento
setTemplateSubject = Asunto
setTemplateBody = Mensaje
setTemplateCanUse = Puedes usar: { $names }
setTemplateBuiltIn = Texto original de Shopkeeper
setTemplateSave = Guardar borrador
setTemplateSaved = Guardado. Los borradores nuevos lo usan.
setTemplateReset = Volver al texto de Shopkeeper
setWordingSaved = Guardado como versión { $v }.
setRetention = Conservación de datos
setRetentionIntro = Guarda los datos de los clientes solo mientras sigan siendo clientes tuyos. Con una regla, Shopkeeper te enseña a quienes no ves desde hace tiempo, para que los conserves (con un motivo) o borres sus datos.
setRetentionRule = Revisar clientes sin compras ni contacto desde hace
setRetentionOff = Sin regla (conservar hasta borrar)
setRetentionYears = { $n ->
    [one] { $n } año
   *[other] { $n } años
}
setRetentionNone = { $n ->
    [one] Nadie que revisar: todos han comprado o han estado en contacto en el último año.
   *[other] Nadie que revisar: todos han comprado o han estado en contacto en los últimos { $n } años.
}
setRetentionCount = { $n ->
    [one] { $n } cliente que revisar
   *[other] { $n } clientes que revisar
}
setRetentionQuiet = Visto por última vez el { $date }
setRetentionKeep = Conservar
setRetentionKeepFor = Conservar a { $name }
setRetentionReason = ¿Por qué conservar a { $name }?
setRetentionKeepSave = Conservar y anotar el motivo
setRetentionKept = { $n ->
    [one] { $name } se queda; sale de la revisión durante un año.
   *[other] { $name } se queda; sale de la revisión durante { $n } años.
}
setRetentionEraseHint = Para borrar a alguien, abre su ficha y usa «Sus datos».
setLanguage = Idioma
setLanguageSystem = El mismo que este ordenador
setLanguageHint = La ventana de Shopkeeper se reinicia en el idioma que elijas.
setFormats = Fechas e importes
setFormatsLanguage = Como los escribe el idioma
setFormatsHint = Una tienda suiza escribe CHF 1’234.50; una española, 1234,50 €. La ventana se reinicia con los formatos que elijas.
setWordingLanguage = Redacción en
setDigestTitle = Resumen de la mañana
setDigest = Mostrar un resumen de la mañana al desbloquear
setDigestHint = Una vez al día, al primer desbloqueo: una notificación con cuántos seguimientos, cumpleaños y promesas tocan, y si hace falta una copia de seguridad. Solo cifras, nunca el nombre de un cliente: las notificaciones pueden verse en la pantalla de bloqueo.
