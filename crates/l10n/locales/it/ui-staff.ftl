## Words of staff at the counter: who is working, switching person, Settings → Staff, the activity view.

staffWorking = Al banco
staffOwner = Titolare
# The owner's mark in the sidebar, one or two letters.
staffOwnerInitials = T
staffSwitch = Cambia persona
staffWhoTitle = Chi c’è al banco?
staffWhoIntro = Tocca il tuo nome e scrivi il tuo PIN.
staffWhoIdle = È da un po’ che tutto tace. Tocca il tuo nome e scrivi il tuo PIN per continuare.
staffPin = Il tuo PIN
staffOwnerPinOrPassphrase = Il PIN del titolare o la frase segreta
staffOwnerPassphrase = La frase segreta
# Customer view's way back, for the member of staff who turned the screen.
cwUnlockStaffPin = Il tuo PIN, quello del titolare o la frase segreta
cwUnlockStaffPassphrase = Il tuo PIN o la frase segreta
staffSignIn = Continua
staffBack = Indietro
staffCancel = Annulla
staffRoles =
    .owner = Titolare
    .manager = Responsabile
    .staff = Personale
staffRoleHints =
    .owner = Tutto, anche la frase segreta, il personale e la sincronizzazione.
    .manager = Tutto tranne la frase segreta, il personale e la sincronizzazione.
    .staff = Clienti, vendite, preferenze, consensi e contatti. Niente impostazioni, niente esportazioni di molti clienti, niente cancellazioni.
staffTitle = Personale
staffIntro = Ogni persona ha il proprio PIN, così il negozio sa chi ha registrato cosa. La frase segreta resta tua.
staffNone = Ancora nessuno: al banco lavori solo tu.
staffAddTitle = Aggiungi una persona
staffName = Nome
staffNameNeeded = Scrivi il nome.
staffRole = Ruolo
staffTheirPin = Il suo PIN
staffPinHint = da 6 a 12 cifre
staffPinAgain = Di nuovo il PIN
staffPinDigits = Un PIN ha da 6 a 12 cifre.
staffPinMismatch = I due PIN non sono uguali.
staffColour = Colore
staffColourN = Colore { $n }
staffAdd = Aggiungi
staffAdded = { $name } è stato aggiunto e può entrare con il suo PIN.
staffRoleOf = Ruolo di { $name }
staffRoleChanged = Il ruolo di { $name } è cambiato.
staffNewPin = Nuovo PIN
staffNewPinFor = Nuovo PIN per { $name }
staffSavePin = Salva il PIN
staffPinChanged = { $name } ha un nuovo PIN.
staffRemove = Togli
staffRemoveAsk = Togliere { $name }? Non potrà più entrare; ciò che ha registrato conserva il suo nome.
staffRemoveYes = Togli
staffKeep = Tieni
staffRemoved = { $name } è stato tolto.
staffAskAfter = Chiedi chi c’è al banco dopo questi minuti di inattività
staffAskAfterHint = 0 = mai
actTitle = Chi ha fatto cosa
actIntro = Ciò che ogni persona ha registrato, dal più recente.
actPerson = Persona
actOf = Cosa ha fatto { $name }
actLoading = Caricamento…
actNothing = Ancora nulla di registrato.
actCount = { $n ->
    [one] 1 registrazione
   *[other] { $n } registrazioni
}
actKinds =
    .sale = Vendita
    .correction = Vendita corretta
    .consent = Consenso
    .preference = Preferenza
    .contact = Contatto
    .follow-up = Richiamo
    .erasure = Cliente cancellato
    .export = Esportazione
    .backup = Backup
    .import = Importazione
    .staff-added = Persona aggiunta
    .staff-removed = Persona tolta
    .staff-role = Ruolo cambiato
