dupOpen = Possibili doppioni
dupClose = Chiudi i doppioni
dupHeading = Possibili doppioni
dupIntro = Clienti che forse sono una persona sola registrata due volte. Confrontali, poi uniscili o lasciali così.
dupLoading = Cerco i doppioni…
dupNone = Nessun probabile doppione tra i tuoi clienti.
dupCount = { $n ->
    [one] 1 coppia da guardare
   *[other] { $n } coppie da guardare
}
dupLikely = { $band ->
    [very] Molto probabilmente la stessa persona
    [likely] Probabilmente la stessa persona
   *[possibly] Forse la stessa persona
}
dupCompare = Confronta
dupHide = Nascondi
dupKeep = Tieni questa scheda
dupAdded = Aggiunto il { $date }
dupNoEmail = nessuna email
dupNoPhone = nessun telefono
dupMerge = Unisci in { $into }
dupMerging = Unione in corso…
dupMergeNote = Acquisti, preferenze, cronologia dei consensi, contatti e promesse passano alla scheda che tieni. I suoi dati restano; email, telefoni, etichette e note dell’altra scheda si aggiungono; i campi vuoti si riempiono con quelli dell’altra.
dupMerged = Unito in { $name }.
dupLooksLike = Sembra qualcuno che è già nel tuo schedario:
dupOpenExisting = Apri { $name }
dupReason = { $kind ->
    [same-email] stessa email ({ $a })
    [same-phone] stesso telefono ({ $a })
    [same-name] stesso nome
    [same-name-reordered] stesso nome, scritto in altro modo
    [short-form] { $a } e { $b } sono lo stesso nome
    [initial] { $a }. potrebbe essere { $b }
    [name-within] un nome è contenuto nell’altro
    [similar-spelling] nomi scritti quasi uguali
    [other-emails] ma email diverse
    [other-phones] ma telefoni diversi
   *[other] qualcos’altro in comune
}
