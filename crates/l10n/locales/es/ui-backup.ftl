bkTitle = Copias de seguridad
bkLast = Última copia: { $when }
bkNever = nunca
bkJustNow = ahora mismo
bkReminder = Es hora de hacer una copia de seguridad: guardarla en una memoria USB protege a tus clientes si este ordenador falla.
bkProblem = La última vez algo salió mal: { $p }
bkNoRecovery = Las copias se abren con tu frase secreta. Muestra una vez un nuevo kit de emergencia para que también se abran con la clave de recuperación.
bkFolder = Carpeta de copias
bkFolderHint = lo mejor es una memoria USB u otro disco
bkChooseFolder = Elegir…
bkOnClose = Hacer una copia al cerrar Shopkeeper
bkDaily = Hacer una copia al día mientras Shopkeeper esté abierto
bkRemindDays = Avisarme cuando la última copia tenga más de este número de días
bkSaveSchedule = Guardar ajustes de copia
bkNow = Hacer copia ahora
bkBusy = Haciendo la copia… puedes seguir trabajando.
bkToFile = Guardar una copia como…
bkDone = { $removed ->
    [0] Copia guardada en { $path }.
    [one] Copia guardada en { $path }. Se ha retirado { $removed } copia antigua.
   *[other] Copia guardada en { $path }. Se han retirado { $removed } copias antiguas.
}
bkKeep = Guarda en la carpeta 7 copias diarias, 4 semanales y 12 mensuales.
bkRestoreTitle = Restaurar una copia
bkRestoreIntro = La copia se restaura en un archivo nuevo junto a tu tienda; tu tienda actual no se toca hasta que cambies a la copia.
bkRestoreFile = Archivo de copia
bkChooseFile = Elegir…
bkUseRecoveryKey = Solo tengo la clave de recuperación
bkUsePassphrase = Sé la frase secreta de la copia
bkRestoreKey = Clave de recuperación (del kit de emergencia)
bkRestoreNewPassphrase = Nueva frase secreta para la copia restaurada
bkRestoreNewPassphraseAgain = Repite la nueva frase secreta
bkRestorePassphrase = La frase secreta de la copia (la de tu tienda cuando se hizo)
bkRestore = Restaurar en una copia nueva
bkRestoring = Restaurando… puede tardar un minuto.
bkRestored = Restaurada. Esto es lo que contiene la copia:
bkErasuresApplied = { $n ->
    [one] { $n } cliente borrado después de esta copia también se ha borrado de la copia.
   *[other] { $n } clientes borrados después de esta copia también se han borrado de la copia.
}
bkShop = Tienda
bkMade = Fecha de la copia
bkCustomers = Clientes
bkPurchases = Compras
bkLastPurchase = Última compra
bkNone = ninguna
bkCopyAt = Copia nueva
bkSwitch = Cambiar a esta copia
bkSwitchHint = Tu archivo de tienda actual se conserva, renombrado con la fecha de hoy; no se borra nada. Shopkeeper se bloquea y abre la copia con la misma frase secreta.
bkSwitched = Hecho. Tu archivo de tienda anterior se conserva como { $kept }.
bkNewKitForCopy = La copia tiene su propia clave de recuperación. Imprime o guarda su kit de emergencia:
