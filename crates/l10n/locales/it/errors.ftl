# Errori segnalati dal nucleo, come li legge il titolare.
error-quantity-quantity-too-large = Questa quantità è troppo grande.
error-quantity-quantity-zero = Una quantità non può essere zero.
error-quantity-negative-quantity-only = Una quantità negativa è ammessa solo per un reso; segna la riga come reso.
error-quantity-returned-item-needs = Un articolo reso ha bisogno di una quantità negativa (es. -1 o -0,5).
error-quantity-quantity = «{ $shown }» non è una quantità: { $why }.
error-demo-there-already-file = In { $path } c’è già un file; l’esempio ha bisogno di un posto tutto suo.
error-customers-choose-customers-years = Scegli da 1 a 1.000.000 clienti e da 1 a 50 anni.
error-demo-shop-already-has = Questo negozio ha già dei clienti; crea l’esempio in un negozio nuovo e vuoto.
error-state-choose-yes = Scegli sì o no.
error-choices-tick-least-one = Spunta almeno un sì o un no dal modulo.
error-signed-on-form-have-been = Il modulo non può essere stato firmato nel futuro.
error-not-found-preference-does-exist = Questa preferenza non esiste (o è stata rimossa).
error-pin-pin-must-digits = Il PIN deve avere da { $min_pin_digits } a { $max_pin_digits } cifre, solo numeri.
error-pin-pin-could-protected = Non è stato possibile proteggere il PIN: { $e }
error-line-nothing-was = Riga { $line }: { $reason } Non è stato aggiunto niente.
error-to-already-exists-shopkeeper = { $new_vault } esiste già. Shopkeeper ripristina solo in un file nuovo e non ne sovrascrive mai uno; scegli un altro nome.
error-empty = { $what } non può essere vuoto.
error-too-long-characters = Questo campo ({ $field }) è troppo lungo ({ $v } caratteri); Shopkeeper ne conserva al massimo { $max }. Accorcialo o tieni i documenti lunghi altrove.
error-language-code-write = «{ $value }» non è un codice di lingua; scrivilo in breve, come it, en o pt-br.
error-restore-customer-was-erased = Un cliente è stato cancellato dopo il ripristino di questa copia, e la copia lo contiene ancora. Ripristina di nuovo il backup, così resta cancellato; non sei passato alla copia.
error-channel-way-contacting-someone = «{ $text }» non è un modo per contattare qualcuno; usa uno di questi: { $names }, { $in_person }.
error-summary-say-briefly-what = Scrivi in breve di che cosa si è parlato.
error-customer-customer-merged-with = Un cliente non può essere unito a sé stesso.
error-purchase-purchase-already-void = Questo acquisto è già stornato.
error-reason-say-why-purchase = Scrivi perché l’acquisto viene stornato.
error-purchase-voided-purchase-corrected = Un acquisto stornato non si può correggere.
error-lines-purchase-needs-lines = Un acquisto deve avere da 1 a { $max_lines } righe.
error-correction-nothing-correct-purchase = Niente da correggere: l’acquisto dice già così.
error-relation-customer-linked-themselves = Un cliente non può essere collegato a sé stesso.
error-not-found-household-link-customer = Questo collegamento familiare non è più su questo cliente; ricarica il cliente per vedere i collegamenti attuali.
error-phone-does-look-like = «{ $typed }» non sembra un numero di telefono: usa solo cifre, spazi e + - ( ).
error-region-country-code-use = «{ $code }» non è un codice di paese; usa due lettere come IT, CH o SM.
error-interval-must-between = Un intervallo deve essere tra 1 e 3650 giorni.
error-price-price-negative = Un prezzo non può essere negativo.
error-sku-product-with-sku = Esiste già un prodotto con codice «{ $sku }».
error-not-found-product-catalog = Questo prodotto non è nel catalogo.
error-format-several-customers-only = Più clienti possono andare solo in un PDF (uno per pagina); per HTML o Markdown esporta un cliente alla volta.
error-not-found-promise-does-exist = Questa promessa non esiste per questo cliente.
error-retention-years-years-retention-period = { $y } anni non è un periodo di conservazione che Shopkeeper accetta; scegli da 1 a { $max_years } anni.
error-retention-years-retention-rule-off = La regola di conservazione è disattivata, quindi non c’è niente da cui tenere fuori un cliente. Prima attivala.
error-path-shopkeeper-could-write = Shopkeeper non è riuscito a scrivere { $path } ({ $reason }); non è stato scritto niente. Scegli una cartella in cui puoi scrivere.
error-path-give-file-name = Dai al file un nome che finisca in .pdf, .html o .md, così Shopkeeper sa che tipo di file scrivere.
error-folder-there-folder-plug = In { $folder } non c’è nessuna cartella. Collega il disco o scegli un’altra cartella.
error-reminder-must-come = Il promemoria deve arrivare dopo un numero di giorni tra 1 e 365.
error-folder-there-are-already = Ci sono già molti backup di quest’ora. Riprova più tardi.
error-not-found-restored-copy-longer = La copia ripristinata { $restored } non c’è più.
error-not-found-shop-has-file = Questo negozio non ha un file: esiste solo in memoria.
error-file-file-larger-than = Il file è più grande dei { $mib } MiB che Shopkeeper legge per questa importazione. Non è stato importato niente.
error-file-file-could-read = Non è stato possibile leggere il file { $path } ({ $e }). Non è stato importato niente.
error-file-file-utf-text = Il file non è testo UTF-8. Non è stato importato niente.
error-passphrase-passphrase-would-too = Questa frase segreta sarebbe troppo facile da indovinare. { $advice }
error-confirmation-two-passphrases-are = Le due frasi segrete non sono uguali. Scrivila di nuovo.
error-not-found-emergency-kit-longer = Il kit di emergenza non è più in memoria: viene mostrato una sola volta, quando si crea il negozio.
error-text-wording-empty = Il testo non può essere vuoto.
error-auto-lock-minutes-locking-after-quiet = Il blocco dopo un periodo di inattività deve essere tra 1 minuto e 8 ore.
error-currency-currency-stays-purchases = La valuta resta { $before }: { $purchases } acquisti sono registrati in questa valuta, e cambiarla ne cambierebbe il valore.
error-period-days-period-must-between = Il periodo deve essere tra 1 e 3650 giorni.
error-max-contacts-most-contacts-per = Si possono impostare al massimo 100 contatti per periodo.
error-date-like = «{ $text }» non è una data come 2024-03-31.
error-sku-there-product-with = Non c’è nessun prodotto con codice «{ $sku }».
error-description-each-line-needs = Ogni riga ha bisogno di un prodotto o di una descrizione.
error-unit-price-each-line-needs = Ogni riga ha bisogno di un prezzo.
error-unit-price-price-negative-use = Un prezzo non può essere negativo; per i rimborsi usa una riga di reso.
error-discount-discount-must-between = Uno sconto deve essere tra zero e il prezzo della riga, e i resi non ne hanno.
error-lines-purchase-needs-least = Un acquisto ha bisogno di almeno una riga.
error-lines-purchase-have-most = Un acquisto può avere al massimo { $max_lines } righe.
error-not-found-purchase-does-exist = Questo acquisto non esiste.
error-name-customer-needs-name = Un cliente ha bisogno di un nome.
error-customer-have-most = Un cliente può averne al massimo { $max_items }.
error-email-does-look-like = «{ $email }» non sembra un indirizzo email (come nome@example.com).
error-customer-more-than-one = Più di un cliente si chiama «{ $w }»; usa il suo identificativo o riferimento.
error-not-found-customer-matches-use = Nessun cliente corrisponde a «{ $w }». Usa identificativo, riferimento, email, telefono o il nome esatto.
error-not-found-customer-does-exist = Questo cliente non esiste (o è stato eliminato).
error-not-found-customer-does-exist-2 = Questo cliente non esiste o è già stato cancellato.
error-date-like-when = «{ $t }» non è una data come 1980-04-23, o 04-23 se l’anno non si sa.
error-real-date = { $value } non è una data vera.
error-customer-ref-another-customer-already = Un altro cliente ha già il riferimento «{ $r }».
error-currency-amount-but-shop = «{ $value }» è un importo in { $hint }, ma questo negozio usa { $currency }; inserisci gli importi in { $currency2 }.
error-amount-amount-too-large = Questo importo è troppo grande.
error-amount-amount-write-amounts = «{ $shown }» non è un importo: { $why }. Scrivi gli importi come 12,50, 1.234,56 o 1,234.56 €.
error-currency-currency-code-use = «{ $code }» non è un codice di valuta; usa tre lettere come EUR, CHF o USD.
error-currency-amounts-mixed-enter = Non si possono mescolare importi in { $value } e in { $other }; inserisci ogni importo in { $value2 }.
error-key-suggestion-about-another = Questo suggerimento riguarda un altro cliente; apri quel cliente o copia di nuovo la chiave.
error-undo-nothing = Non c’è nulla da annullare per questo suggerimento: non è stato rimandato né scartato (un follow-up segnato come fatto resta nel registro dei contatti).
error-key-suggestion-was-already = Questo suggerimento è già stato segnato ({ $action }); non c’è altro da fare.
error-key-promise-already = Questa promessa è già chiusa ({ $p }).
error-key-promise-key-does = Questa chiave non indica nessuna promessa; copiala dall’elenco dei suggerimenti.
error-until-snooze-until-day = Rimanda a un giorno dopo oggi; il { $until } è già arrivato.
error-kind-suggestion-suggestion-nothing = Questo suggerimento è del tipo { $parts }, non { $kind }; non è stato scartato niente.
error-not-found-suggestions-were-turned = I suggerimenti del tipo { $kind } non erano disattivati per questo cliente.
error-key-which-suggestion-key = Quale suggerimento? La chiave è vuota; copiala dall’elenco dei suggerimenti.
error-key-suggestion-key-keys = «{ $key }» non è una chiave di suggerimento. Le chiavi sono come «replenishment-due:<id cliente>:…»; copiane una dall’elenco dei suggerimenti.
error-closed-with-placeholders = Una «{"{"}» non è chiusa con «{"}"}». I segnaposto sono come {"{"}first_name{"}"}; questo messaggio può usare { $list }.
error-placeholder-message-use = {"{"}{ $name }{"}"} non è un segnaposto che un messaggio del tipo { $kind } può usare; usa uno di questi: { $list }.
error-body-message-empty = Il messaggio non può essere vuoto.
error-link-only-contact-links = Da una bozza si possono aprire solo link a posta, messaggi, una chiamata, WhatsApp o Signal.
error-link-no-app = Non si può contattare così questo cliente: ha permesso un altro canale, oppure la sua scheda non ha un indirizzo o un numero per questo.
error-not-found-there-saved-template = Non c’è nessun modello salvato ({ $language }) per i messaggi del tipo { $kind }, quindi non c’è niente da ripristinare.
error-as-of-backtest = Impossibile guardare indietro al { $as_of }: { $e }.
error-export-stored-value-damaged = Un valore salvato in { $table }.{ $column } è danneggiato, quindi l’esportazione si è fermata; non è stato scritto niente. Controlla se il file del negozio è danneggiato e, se sì, ripristina un backup.
error-file-nothing-was-imported = { $message } Non è stato importato niente.
error-vcard-file-holds-vcards = Questo file non contiene vCard (nessuna riga BEGIN:VCARD). Non è stato importato niente; scegli un file .vcf esportato da una rubrica.
error-folder-file-folder-choose = { $folder } è un file, non una cartella. Scegli proprio la cartella condivisa.
error-folder-sync-folder-reached = La cartella di sincronizzazione { $folder } non è raggiungibile (la chiavetta USB è collegata? la cartella condivisa è connessa?). Non è stato sincronizzato niente; le tue modifiche restano su questo computer finché non sarà raggiungibile.
error-folder-sync-folder-read = Non è possibile leggere la cartella di sincronizzazione { $folder } ({ $e }).
error-folder-sync-folder-already = La cartella di sincronizzazione contiene già un file di modifiche chiamato { $path } che questo computer non ha scritto. Il file di questo negozio è stato copiato su un altro computer con la sincronizzazione attiva? Disattiva la sincronizzazione su questo computer e unisciti di nuovo con il codice di abbinamento.
error-sync-change-could-read = Non è stato possibile leggere una modifica a { $table }; è stata saltata.
error-folder-shop-shared-yet = In { $folder } non è ancora condiviso nessun negozio. Attiva la sincronizzazione sul primo computer con questa cartella, aspetta che la cartella sia copiata qui, poi unisciti.
error-code-pairing-code-does = Questo codice di abbinamento non apre i file di modifiche di questa cartella: appartiene a un altro negozio, oppure la cartella è di un altro negozio. Controlla il codice e la cartella.
error-code-pairing-code-has = Un codice di abbinamento ha solo cifre e lettere; «{ $c }» non è tra queste. Controlla il codice sul primo computer.
error-code-pairing-code-has-2 = Un codice di abbinamento ha { $code_chars } lettere e cifre; questo ne ha { $values }. Controlla il codice sul primo computer.
error-code-pairing-code-has-3 = Questo codice di abbinamento ha un errore di battitura (gli ultimi due caratteri non corrispondono al resto). Confrontalo con lo schermo del primo computer.
error-line-total-purchase-s-total = Il totale dell’acquisto è troppo grande.
error-currency-row-shop = Questa riga è in { $code }, il negozio in { $value }.
error-quantity-row-has-quantity = La riga non ha una quantità.
error-line-total-row-has-neither = La riga non ha né un totale né un prezzo unitario.
error-quantity-negative-quantity-only-2 = Una quantità negativa è ammessa solo per un reso, il cui totale è anch’esso negativo.
error-product-each-row-needs = Ogni riga ha bisogno di un codice articolo o del nome di un prodotto.
error-line-total-line-s-total = Il totale della riga è troppo grande.
error-import-import-was-already = Questa importazione è già stata annullata il { $at }.
error-import-since-been-given = { $count ->
        [one] A 1 cliente aggiunto da questa importazione sono stati dati
       *[other] A { $count } clienti aggiunti da questa importazione sono stati dati
    } a mano altri acquisti, note, preferenze, consensi o contatti; annullarla li farebbe perdere. Non è stato cambiato niente.
error-not-found-there-import = Non c’è nessuna importazione { $id }.
error-file-file-could-read-2 = Non è stato possibile leggere il file: { $e }.
error-file-line-valid-csv = Questa riga non è CSV valido (o non è testo UTF-8).
error-file-file-has-readable = Il file non ha un’intestazione leggibile: { $e }.
error-map-field-use-one = «{ $field }» non è un campo; usa uno di questi: { $fields }, oppure { $ignore }.
error-layout-known-layout-use = «{ $name }» non è un formato conosciuto; usa uno di questi: { $layouts }.
error-date-order-date-order-use = «{ $s }» non è un ordine di data; usa dmy, mdy o ymd.
error-date-date-like = «{ $shown }» non è una data come 2024-03-31, 31.03.2024 o 03/31/2024.
error-customer-name-new-customer-needs = Un nuovo cliente ha bisogno di un nome o di un riferimento.
error-recovery-key-typo = { $why }
error-no-column = Il file non ha una colonna «{ $field }». Indica quale colonna lo contiene, o rinomina la colonna.
error-date-order-ambiguous = Ogni data di questo file si legge sia con il giorno sia con il mese prima (03/04/2024 può essere il 3 aprile o il 4 marzo). Indica quale ordine usa il file.
error-sync-key-damaged = La chiave di sincronizzazione salvata è danneggiata. Disattiva la sincronizzazione e unisciti di nuovo con il codice di abbinamento.
error-sync-signing-key-damaged = La chiave di firma di questo computer manca o è danneggiata. Disattiva la sincronizzazione e unisciti di nuovo con il codice di abbinamento.
error-sync-off-no-code = La sincronizzazione è disattivata, quindi non c’è nessun codice di abbinamento.
error-sync-file-too-large = Le modifiche di questo computer creerebbero un file di modifiche più grande dei { $mib } MiB che gli altri leggerebbero; non è stato scritto niente.
error-sync-unknown-table = { $table } non è una tabella sincronizzata.
error-sync-already-on = La sincronizzazione è già attiva, con la cartella { $folder }. Per usare un’altra cartella, prima disattiva la sincronizzazione.
error-sync-folder-has-shop = { $folder } contiene già i file di modifiche di un negozio. Per unirti a quel negozio, scrivi il codice di abbinamento mostrato su uno dei suoi computer; per ricominciare da capo, scegli una cartella vuota.
error-sync-off = La sincronizzazione è disattivata. Prima attivala.
error-date-not-in-format = «{ $text }» non è una data nel formato { $format }.
error-date-like-with-time = «{ $text }» non è una data come 2024-03-31 o 2024-03-31 14:05.
error-not-an-id = «{ $text }» non è l’identificativo di { $what ->
        [customer] un cliente
        [preference] una preferenza
        [product] un prodotto
        [purchase] un acquisto
        [consent-entry] una voce di consenso
        [contact] un contatto
        [household-link] un collegamento familiare
        [promise] una promessa
        [import] un’importazione
       *[other] un elemento
    }.
error-not-a-known = «{ $text }» non è un valore conosciuto per { $field ->
        [reason] il motivo
        [kind] il tipo
        [relation] la relazione
        [channel] il canale
        [purpose] la finalità
        [state] lo stato
        [status] lo stato
        [sort] l’ordinamento
        [messages] i messaggi
        [category] la categoria
        [source] la fonte
       *[other] { $field }
    }; usa uno di questi: { $names }.
error-vcard-line-too-long = In questo file vCard la riga { $line } è più lunga di { $mib } MiB, il massimo che una riga diversa da una foto può contenere. Non è stato importato niente.
error-currency-file-shop-import = { $purchases ->
        [0] Il file è in { $file }, il negozio in { $shop }. Importa solo file nella valuta del negozio (un negozio nuovo prende la valuta del file quando il file ne indica esattamente una).
       *[other] Il file è in { $file }, il negozio in { $shop }. Importa solo file nella valuta del negozio.
    }
error-line-total-mismatch = Il totale della riga { $given } non corrisponde a { $quantity } × { $unit_price } = { $total }.
error-line-total-mismatch-discount = Il totale della riga { $given } non corrisponde a { $quantity } × { $unit_price } − { $discount } = { $total }.
error-unit-price-times-quantity = Il prezzo unitario { $unit } per la quantità { $quantity } fa { $expected }, ma il totale della riga è { $total }.
error-unit-price-times-quantity-discount = Il prezzo unitario { $unit } per la quantità { $quantity } meno lo sconto { $discount } fa { $expected }, ma il totale della riga è { $total }.
error-location = Shopkeeper non è riuscito ad aprire il suo file di dati in { $path }: { $reason }. Scegli una cartella in cui puoi scrivere.
error-too-new = Questo negozio è stato salvato da una versione più recente di Shopkeeper (versione dei dati { $found }, questa versione legge fino alla { $supported }). Aggiorna Shopkeeper.
error-migration = Shopkeeper non è riuscito ad aggiornare i dati di questo negozio dalla versione { $from } alla versione { $to }, quindi ha lasciato il file esattamente com’era. Conserva il file e segnala il problema; la versione precedente di Shopkeeper lo apre ancora.
error-no-shop = In { $path } non c’è nessun negozio.
error-storage = Non è stato possibile leggere o scrivere i dati del negozio. I tuoi dati non sono stati cambiati.
error-vault-wrong-passphrase = La frase segreta non è giusta. Non è stato cambiato niente.
error-vault-recovery-key-typo = La chiave di recupero ha un errore di battitura. Controlla ogni gruppo di caratteri.
error-vault-not-a-vault = Questo file non è un archivio di Shopkeeper.
error-vault-newer-version = Questo archivio è stato creato da una versione più recente di Shopkeeper.
error-vault-damaged = Questo file è danneggiato o è stato manomesso.
error-vault-kdf-out-of-bounds = Questo archivio chiede impostazioni di sblocco fuori dai limiti; potrebbe essere stato manomesso.
error-vault-already-exists = Lì c’è già un file; Shopkeeper non lo sovrascrive.
error-vault-bad-path = Shopkeeper non può usare questa posizione per il file.
error-vault-io = Non è stato possibile leggere o scrivere il file dell’archivio: { $reason }
error-vault-sqlite = Il database dentro l’archivio ha segnalato un problema: { $reason }
error-backup-not-a-backup = Questo file non è un backup di Shopkeeper, oppure si è danneggiato durante la copia. Prova con un’altra copia.
error-backup-newer-version = Questo backup è stato fatto da una versione più recente di Shopkeeper. Aggiorna Shopkeeper per aprirlo.
error-backup-wrong-passphrase = La frase segreta non è giusta per questo backup.
error-backup-wrong-recovery-key = La chiave di recupero non è giusta per questo backup.
error-backup-no-recovery-slot = Questo backup è stato fatto senza chiave di recupero. Usa invece la sua frase segreta.
error-backup-invalid-recovery-key = La chiave di recupero ha la lunghezza sbagliata.
error-backup-kdf-out-of-bounds = Questo backup chiede impostazioni di sblocco fuori dai limiti; potrebbe essere stato manomesso.
error-backup-truncated = Questo backup è incompleto: finisce troppo presto, come se il backup o una sua copia fosse stato interrotto. Prova con un’altra copia.
error-backup-damaged = Questo backup è danneggiato: parte del contenuto è stata cambiata o manca. Prova con un’altra copia.
error-backup-already-exists = Lì c’è già un file; Shopkeeper non lo sovrascrive.
error-backup-bad-path = Questa posizione non si può usare per un backup.
error-backup-target-not-empty = Il database in cui ripristinare non è vuoto; Shopkeeper ripristina solo in un database nuovo e vuoto.
error-backup-page-size-mismatch = Il nuovo database è stato preparato in un modo che non va bene per questo backup (dimensione di pagina diversa).
error-backup-restore-check-failed = Il database ripristinato non ha superato il controllo. Forse il backup è stato fatto da un negozio danneggiato; continua a usare quello attuale.
error-backup-busy = Il database del negozio è occupato; riprova il backup tra un momento.
error-backup-io = Non è stato possibile leggere o scrivere il file di backup: { $reason }
error-backup-sqlite = Il database del negozio ha segnalato un problema: { $reason }
error-summary-no-customers = Non c’è nessun cliente da mettere nella scheda.
error-summary-main-font-missing = Il carattere principale per la scheda non è installato (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts).
error-summary-arabic-font-missing = Il carattere per i nomi in arabo non è installato (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-arabic-fonts).
error-summary-cjk-font-missing = Il carattere per i nomi in cinese, giapponese e coreano non è installato (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts).
error-summary-font-unreadable = Non è stato possibile leggere il file del carattere { $path }. Reinstalla il pacchetto da cui proviene.
error-summary-pdf = Non è stato possibile scrivere il PDF ({ $reason }). È un errore di Shopkeeper; segnalalo, per favore.
error-not-chosen = Shopkeeper salva solo in un file che hai appena scelto nella finestra di salvataggio. Scegli di nuovo dove salvarlo.
error-too-many-tries = Troppi tentativi sbagliati. Riprova tra { $seconds } secondi.
error-desk-locked = Shopkeeper è bloccato. Sbloccalo con la tua frase segreta.
error-desk-in-customer-view = Lo schermo è in Vista cliente. Prima deve sbloccarlo il titolare.
error-desk-customer-view-ended = Grazie. Per favore, restituisca lo schermo al negozio.
error-desk-customer-view-off = La Vista cliente non è attiva.
error-desk-wrong-secret = Questo non è né il PIN né la frase segreta del titolare.
error-desk-demo-without-pin = Dopo la Vista cliente, solo il PIN o la frase segreta del titolare restituiscono lo schermo, e il negozio di esempio non ha né l’uno né l’altra. Prova la Vista cliente nel tuo negozio.
error-desk-suggestion-gone = Questo suggerimento non è più nell’elenco. Riapri Oggi per vedere quelli attuali.
error-desk-no-restored-copy = Non c’è nessuna copia ripristinata a cui passare. Prima ripristina un backup.
error-desk-backup-busy = C’è già un backup in corso. Tra un momento sarà finito.
error-not-days = «{ $text }» non è un numero di giorni; scrivilo come 30.
error-place-unusable = Shopkeeper non può usare quella posizione: { $reason }. Scegli un file su questo computer.
error-contact-app = Non è stato possibile aprire l’app di questo link ({ $reason }). Copia invece il messaggio.
error-work-stopped = Il lavoro si è fermato all’improvviso: { $reason }
error-preferred-days-day = «{ $day }» non è un giorno.
error-not-found-there-import-see = non c’è nessuna importazione { $id } (vedi `shopkeeper import list`)
error-folder-choose-folder-backups = Prima scegli una cartella per i backup (meglio una chiavetta USB o un altro disco).
error-folder-choose-shared-folder = Scegli la cartella condivisa (una che Syncthing, Nextcloud, Dropbox o un NAS copia tra i tuoi computer).
error-path-file-could-opened = Non è stato possibile aprire il file { $path }: { $e }.

## Il personale al banco
error-staff-wrong-pin = Questo PIN non è giusto. Riprova, o chiedi al titolare di impostarne uno nuovo.
error-not-found-staff = Questa persona non fa parte del personale.
error-not-found-staff-named = Nessuno del personale si chiama «{ $name }». Il titolare può aggiungerlo in Impostazioni → Personale.
error-staff-pin-short = Il PIN di un membro del personale deve avere almeno { $min } cifre.
error-staff-colour = «{ $text }» non è un colore; scrivilo come #3a7d5c.
error-staff-initials = Le iniziali sono da una a quattro lettere.
error-staff-name-taken = Qualcuno del personale si chiama già «{ $name }»; aggiungi un cognome o un’iniziale.
error-not-allowed = { $permission ->
    [export-many] Esportare o stampare molti clienti insieme
    [erase] Cancellare o eliminare clienti
    [restore] Ripristinare un backup o importare un file
    [settings] Cambiare le impostazioni del negozio
    [vault] Cambiare la passphrase, la chiave di recupero o il PIN del titolare
    [staff] Aggiungere o modificare il personale
    [sync] Attivare o disattivare la sincronizzazione
   *[counter] Questo
} non spetta al ruolo { $role ->
    [manager] responsabile
   *[staff] personale
}. Chiedi al titolare di farlo, o di darti un altro ruolo.

## Staff at the counter: the app
error-staff-ask-minutes = La domanda su chi è al banco si imposta tra 1 e { $max } minuti, oppure si disattiva.
