bkTitle = Backup
bkLast = Ultimo backup: { $when }
bkNever = mai
bkJustNow = proprio ora
bkReminder = È ora di fare un backup: una copia su una chiavetta USB protegge i tuoi clienti se questo computer si guasta.
bkProblem = L’ultima volta qualcosa è andato storto: { $p }
bkNoRecovery = I backup si aprono con la tua frase segreta. Fatti mostrare una volta un nuovo kit di emergenza, così si apriranno anche con la chiave di recupero.
bkFolder = Cartella dei backup
bkFolderHint = meglio una chiavetta USB o un altro disco
bkChooseFolder = Scegli…
bkOnClose = Fai il backup quando Shopkeeper si chiude
bkDaily = Fai il backup una volta al giorno mentre Shopkeeper è aperto
bkRemindDays = Avvisami quando l’ultimo backup ha più di questi giorni
bkSaveSchedule = Salva le impostazioni di backup
bkNow = Fai il backup ora
bkBusy = Backup in corso… puoi continuare a lavorare.
bkToFile = Salva una copia come…
bkDone = { $removed ->
    [0] Backup salvato in { $path }.
    [one] Backup salvato in { $path }. 1 backup più vecchio è stato eliminato.
   *[other] Backup salvato in { $path }. { $removed } backup più vecchi sono stati eliminati.
}
bkKeep = Nella cartella restano 7 backup giornalieri, 4 settimanali e 12 mensili.
bkRestoreTitle = Ripristina da un backup
bkRestoreIntro = Il backup viene ripristinato in un nuovo file accanto al tuo negozio; il negozio attuale resta com’è finché non passi alla copia.
bkRestoreFile = File di backup
bkChooseFile = Scegli…
bkUseRecoveryKey = Ho solo la chiave di recupero
bkUsePassphrase = Conosco la frase segreta del backup
bkRestoreKey = Chiave di recupero (dal kit di emergenza)
bkRestoreNewPassphrase = Nuova frase segreta per la copia ripristinata
bkRestoreNewPassphraseAgain = Ripeti la nuova frase segreta
bkRestorePassphrase = La frase segreta del backup (quella del negozio quando è stato fatto)
bkRestore = Ripristina in una nuova copia
bkRestoring = Ripristino in corso… può volerci un minuto.
bkRestored = Ripristinato. Ecco che cosa contiene la copia:
bkErasuresApplied = { $n ->
    [one] 1 cliente cancellato dopo questo backup è stato cancellato anche dalla copia.
   *[other] { $n } clienti cancellati dopo questo backup sono stati cancellati anche dalla copia.
}
bkShop = Negozio
bkMade = Creato il
bkCustomers = Clienti
bkPurchases = Acquisti
bkLastPurchase = Ultimo acquisto
bkNone = nessuno
bkCopyAt = Nuova copia
bkSwitch = Passa a questa copia
bkSwitchHint = Il file attuale del negozio viene conservato, rinominato con la data di oggi; non si cancella nulla. Shopkeeper blocca e apre la copia con la stessa frase segreta.
bkSwitched = Fatto. Il file precedente del negozio è conservato come { $kept }.
bkNewKitForCopy = La copia ha una sua chiave di recupero. Stampa o salva il suo kit di emergenza:
