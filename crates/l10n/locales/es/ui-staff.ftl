## Words of staff at the counter: who is working, switching person, Settings → Staff, the activity view.

staffWorking = En el mostrador
staffOwner = Propietario
# The owner's mark in the sidebar, one or two letters.
staffOwnerInitials = P
staffSwitch = Cambiar de persona
staffWhoTitle = ¿Quién está en el mostrador?
staffWhoIntro = Toca tu nombre y escribe tu PIN.
staffWhoIdle = Hace un rato que no pasa nada. Toca tu nombre y escribe tu PIN para seguir.
staffPin = Tu PIN
staffOwnerPinOrPassphrase = El PIN del propietario o la frase secreta
staffOwnerPassphrase = La frase de contraseña
# Customer view's way back, for the member of staff who turned the screen.
cwUnlockStaffPin = Tu PIN, el del propietario o la frase secreta
cwUnlockStaffPassphrase = Tu PIN o la frase secreta
staffSignIn = Seguir
staffBack = Atrás
staffCancel = Cancelar
staffRoles =
    .owner = Propietario
    .manager = Encargado
    .staff = Personal
staffRoleHints =
    .owner = Todo, también la frase secreta, el personal y la sincronización.
    .manager = Todo menos la frase secreta, el personal y la sincronización.
    .staff = Clientes, ventas, preferencias, consentimientos y contactos. Sin ajustes, sin exportar muchos clientes, sin borrar.
staffTitle = Personal
staffIntro = Cada persona tiene su propio PIN, así la tienda sabe quién anotó qué. La frase de contraseña sigue siendo tuya.
staffNone = Nadie todavía: solo tú trabajas en el mostrador.
staffAddTitle = Añadir una persona
staffName = Nombre
staffNameNeeded = Escribe su nombre.
staffRole = Rol
staffTheirPin = Su PIN
staffPinHint = de 6 a 12 cifras
staffPinAgain = El PIN otra vez
staffPinDigits = Un PIN tiene de 6 a 12 cifras.
staffPinMismatch = Los dos PIN no coinciden.
staffColour = Color
staffColourN = Color { $n }
staffAdd = Añadir
staffAdded = { $name } ya está en el personal y puede entrar con su PIN.
staffRoleOf = Rol de { $name }
staffRoleChanged = El rol de { $name } ha cambiado.
staffNewPin = PIN nuevo
staffNewPinFor = PIN nuevo para { $name }
staffSavePin = Guardar el PIN
staffPinChanged = { $name } tiene un PIN nuevo.
staffRemove = Quitar
staffRemoveAsk = ¿Quitar a { $name }? Ya no podrá entrar; lo que anotó conserva su nombre.
staffRemoveYes = Quitar
staffKeep = Mantener
staffRemoved = { $name } ya no está en el personal.
staffAskAfter = Preguntar quién está en el mostrador tras estos minutos sin actividad
staffAskAfterHint = 0 = nunca
actTitle = Quién hizo qué
actIntro = Lo que anotó cada persona, lo más reciente primero.
actPerson = Persona
actOf = Lo que hizo { $name }
actLoading = Cargando…
actNothing = Nada anotado todavía.
actCount = { $n ->
    [one] 1 registro
   *[other] { $n } registros
}
actKinds =
    .sale = Venta
    .correction = Venta corregida
    .consent = Consentimiento
    .preference = Preferencia
    .contact = Contacto
    .follow-up = Seguimiento
    .erasure = Cliente borrado
    .export = Exportación
    .backup = Copia de seguridad
    .import = Importación
    .staff-added = Persona añadida
    .staff-removed = Persona quitada
    .staff-role = Rol cambiado
