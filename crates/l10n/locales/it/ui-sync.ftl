syncTitle = Sincronizzazione tra i tuoi computer
syncOff = La sincronizzazione è disattivata — Shopkeeper non usa la rete.
syncOffIntro = Per condividere questo negozio con un altro dei tuoi computer (per esempio la cassa e il portatile in ufficio), scegli una cartella che Syncthing, Nextcloud, Dropbox, una cartella di rete (NAS) o una chiavetta USB copia tra i due. Shopkeeper ci scrive solo file cifrati e continua a non aprire nessuna connessione di rete.
syncFolder = Cartella condivisa
syncFolderHint = copiata tra i tuoi computer
syncChooseFolder = Scegli…
syncDeviceName = Nome di questo computer
syncDeviceNameHint = come lo chiameranno gli altri, es. Cassa
syncStartHeading = Primo computer del negozio
syncStart = Attiva la sincronizzazione
syncJoinHeading = Unisciti al negozio di un altro computer
syncCode = Codice di abbinamento
syncCodeHint = mostrato sull’altro computer
syncJoin = Unisciti
syncBusy = Sincronizzazione in corso… puoi continuare a lavorare.
syncOn = La sincronizzazione è attiva, tramite la cartella { $folder }. Shopkeeper continua a non usare la rete.
syncThisComputer = Questo computer
syncLastSync = Ultima sincronizzazione
syncPending = Modifiche da inviare
syncWaiting = File da applicare
syncWaitingUnknown = sconosciuto: la cartella non è raggiungibile
syncNever = mai
syncOthers = Altri computer
syncNoOthers = Ancora nessuna notizia da altri computer.
syncPeer = { $files ->
    [one] { $name }: ultima modifica applicata { $when } (1 file)
   *[other] { $name }: ultima modifica applicata { $when } ({ $files } file)
}
syncNow = Sincronizza ora
syncShowCode = Mostra il codice di abbinamento
syncHideCode = Nascondi il codice di abbinamento
syncCodePassphrase = La tua frase segreta, per mostrare di nuovo il codice
syncCodeReveal = Mostra il codice
syncCodeNote = Digita tu stesso questo codice sull’altro computer. Non mandarlo mai per email o messaggio: con il codice e la cartella, chiunque può leggere il tuo negozio.
syncTurnOff = Disattiva la sincronizzazione
syncTurnedOff = La sincronizzazione è disattivata. I file di questo computer restano nella cartella per gli altri.
syncStarted = La sincronizzazione è attiva. Il negozio è stato scritto, cifrato, nella cartella.
syncJoined = Questo computer si è unito al negozio.
syncReportNothing = Niente di nuovo dagli altri computer, niente da inviare.
syncReportApplied = { $files ->
    [one] 1 file degli altri computer applicato
   *[other] { $files } file degli altri computer applicati
} ({ $changes ->
    [one] 1 modifica
   *[other] { $changes } modifiche
}).
syncReportSent = { $changes ->
    [one] 1 modifica scritta
   *[other] { $changes } modifiche scritte
} per gli altri computer.
syncReportConflicts = { $n ->
    [one] 1 conflitto risolto: è stata tenuta la modifica più recente.
   *[other] { $n } conflitti risolti: è stata tenuta la modifica più recente.
}
syncConflictsHeading = Conflitti risolti di recente
syncNoConflicts = Finora nessun conflitto.
syncConflict = { $what }, { $detail }: tenuto «{ $kept }» da { $keptFrom }, non «{ $lost }» da { $lostFrom }.
syncEmpty = (vuoto)
