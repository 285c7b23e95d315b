settings = Impostazioni
setTitle = Impostazioni
setShop = Il tuo negozio
setShopName = Nome del negozio
setCurrency = Valuta
setCurrencyHint = tre lettere, come EUR o CHF
setCurrencyLocked = La valuta resta { $code }: gli acquisti sono già registrati in questa valuta, e cambiarla ne cambierebbe il valore.
setRegion = Paese del telefono
setRegionHint = due lettere, come IT: i numeri senza prefisso internazionale si considerano di quel paese
setFrequency = Contatta i clienti al massimo
setFrequencyTimes = volte ogni
setFrequencyDays = giorni, salvo diversa richiesta del cliente
setMaxContacts = Numero massimo di contatti per periodo
setPeriodDays = Periodo in giorni
setSave = Salva
setSaved = Salvato.
setAutoLock = Blocca dopo questi minuti di inattività
setAutoLockHint = da 1 a 480
setPassphrase = Frase segreta
setCurrentPassphrase = Frase segreta attuale
setChangePassphrase = Cambia la frase segreta
setPassphraseChanged = La frase segreta è cambiata e i tuoi dati sono sigillati con una nuova chiave. D’ora in poi usa la nuova frase segreta. Il vecchio kit di emergenza non funziona più: conserva quello nuovo qui sotto.
setOldCopies = Queste vecchie copie accanto al tuo negozio si aprono ancora con la vecchia frase segreta o il vecchio kit di emergenza. Cancellale se non ti servono più:
setKit = Kit di emergenza
setKitIntro = Un nuovo kit di emergenza ha una nuova chiave di recupero, e i tuoi dati vengono sigillati con una nuova chiave. Il vecchio kit smette di funzionare: stampa o salva quello nuovo e distruggi quello vecchio.
setKitPassphrase = La tua frase segreta, per conferma
setNewKit = Mostra un nuovo kit di emergenza
setKitShown = La tua nuova chiave di recupero
setKitClose = L’ho messa al sicuro
setLook = Aspetto
setConsent = Testo del consenso
setConsentIntro = Che cosa si chiede ai clienti per ogni finalità. Se cambi il testo, nasce una nuova versione; ogni consenso registra la versione che il cliente ha visto.
setPurposes =
    .service = I suoi ordini e le riparazioni
    .recommendations = Consigli personali
    .promotions = Novità e offerte
    .occasions = Compleanni e ricorrenze
setVersion = versione { $v }
setSaveWording = Salva il testo
setTemplates = Bozze dei messaggi
setTemplatesIntro = Le parole con cui Oggi inizia una bozza, per ogni tipo di contatto. I nomi tra graffe vengono compilati per ogni cliente.
setTemplateKind = Tipo di contatto
setTemplateSubject = Oggetto
setTemplateBody = Messaggio
setTemplateCanUse = Puoi usare: { $names }
setTemplateBuiltIn = Il testo di Shopkeeper
setTemplateSave = Salva il testo della bozza
setTemplateSaved = Salvato. Le nuove bozze lo useranno.
setTemplateReset = Torna al testo di Shopkeeper
setWordingSaved = Salvato come versione { $v }.
setRetention = Conservazione dei dati
setRetentionIntro = Conserva i dati dei clienti solo finché sono ancora tuoi clienti. Con una regola, Shopkeeper elenca le persone che non vedi da un po’, così puoi tenerle (indicando il motivo) o cancellarne i dati.
setRetentionRule = Rivedi i clienti senza acquisti né contatti da:
setRetentionOff = Nessuna regola (conserva finché non li cancelli)
setRetentionYears = { $n ->
    [one] 1 anno
   *[other] { $n } anni
}
setRetentionNone = { $n ->
    [one] Nessuno da rivedere: tutti hanno comprato o sono stati in contatto nell’ultimo anno.
   *[other] Nessuno da rivedere: tutti hanno comprato o sono stati in contatto negli ultimi { $n } anni.
}
setRetentionCount = { $n ->
    [one] 1 cliente da rivedere
   *[other] { $n } clienti da rivedere
}
setRetentionQuiet = Ultima visita il { $date }
setRetentionKeep = Tieni
setRetentionKeepFor = Tieni { $name }
setRetentionReason = Perché tenere { $name }?
setRetentionKeepSave = Tieni e annota il motivo
setRetentionKept = { $n ->
    [one] { $name } resta; esce dalla revisione per un anno.
   *[other] { $name } resta; esce dalla revisione per { $n } anni.
}
setRetentionEraseHint = Per cancellare qualcuno, apri la sua scheda e usa «I suoi dati».
setLanguage = Lingua
setLanguageSystem = Come questo computer
setLanguageHint = La finestra di Shopkeeper si riavvia nella lingua che scegli.
setFormats = Date e importi
setFormatsLanguage = Come li scrive la lingua
setFormatsHint = Un negozio svizzero scrive CHF 1’234.50, uno italiano 1.234,50 €. La finestra si riavvia con i formati che scegli.
setWordingLanguage = Testo in
setDigestTitle = Riepilogo del mattino
setDigest = Mostra un riepilogo del mattino allo sblocco
setDigestHint = Una volta al giorno, al primo sblocco: una notifica con quanti contatti, compleanni e promesse sono in programma e se serve un backup. Solo numeri, mai il nome di un cliente: le notifiche possono comparire sulla schermata di blocco.
