syncTitle = Sincronización entre tus ordenadores
syncOff = La sincronización está desactivada: Shopkeeper no usa ninguna red.
syncOffIntro = Para compartir esta tienda con otro de tus ordenadores (la caja y el portátil de la trastienda, por ejemplo), elige una carpeta que Syncthing, Nextcloud, Dropbox, una carpeta de un NAS o una memoria USB copie entre ellos. Shopkeeper solo escribe ahí archivos cifrados y sigue sin abrir ninguna conexión de red.
syncFolder = Carpeta compartida
syncFolderHint = se copia entre tus ordenadores
syncChooseFolder = Elegir…
syncDeviceName = Nombre de este ordenador
syncDeviceNameHint = cómo lo llamarán los demás, p. ej. Caja
syncStartHeading = Primer ordenador de la tienda
syncStart = Activar la sincronización
syncJoinHeading = Unirse a la tienda de otro ordenador
syncCode = Código de emparejamiento
syncCodeHint = aparece en el otro ordenador
syncJoin = Unirse
syncBusy = Sincronizando… puedes seguir trabajando.
syncOn = La sincronización está activada, mediante la carpeta { $folder }. Shopkeeper sigue sin usar ninguna red.
syncThisComputer = Este ordenador
syncLastSync = Última sincronización
syncPending = Cambios por enviar
syncWaiting = Archivos por aplicar
syncWaitingUnknown = desconocido: no se puede acceder a la carpeta
syncNever = nunca
syncOthers = Otros ordenadores
syncNoOthers = Aún no hay noticias de ningún otro ordenador.
syncPeer = { $files ->
    [one] { $name }: último cambio aplicado { $when } ({ $files } archivo)
   *[other] { $name }: último cambio aplicado { $when } ({ $files } archivos)
}
syncNow = Sincronizar ahora
syncShowCode = Mostrar el código de emparejamiento
syncHideCode = Ocultar el código de emparejamiento
syncCodePassphrase = Tu frase secreta, para volver a mostrar el código
syncCodeReveal = Mostrar el código
syncCodeNote = Escribe tú este código en el otro ordenador. No lo envíes nunca por email ni por mensaje: con él y la carpeta, cualquiera puede leer tu tienda.
syncTurnOff = Desactivar la sincronización
syncTurnedOff = La sincronización está desactivada. Los archivos de este ordenador se quedan en la carpeta para los demás.
syncStarted = La sincronización está activada. La tienda se ha escrito, cifrada, en la carpeta.
syncJoined = Este ordenador se ha unido a la tienda.
syncReportNothing = Nada nuevo de los otros ordenadores, nada que enviar.
syncReportApplied = { $files ->
    [one] Aplicado { $files } archivo de los otros ordenadores
   *[other] Aplicados { $files } archivos de los otros ordenadores
} ({ $changes ->
    [one] { $changes } cambio
   *[other] { $changes } cambios
}).
syncReportSent = { $changes ->
    [one] { $changes } cambio escrito para los otros ordenadores.
   *[other] { $changes } cambios escritos para los otros ordenadores.
}
syncReportConflicts = { $n ->
    [one] { $n } conflicto resuelto: se ha conservado el cambio más reciente.
   *[other] { $n } conflictos resueltos: se ha conservado el cambio más reciente.
}
syncConflictsHeading = Conflictos resueltos recientemente
syncNoConflicts = Ningún conflicto hasta ahora.
syncConflict = { $what }, { $detail }: se conservó «{ $kept }» de { $keptFrom }, no «{ $lost }» de { $lostFrom }.
syncEmpty = (vacío)
