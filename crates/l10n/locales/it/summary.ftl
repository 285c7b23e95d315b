## Riepiloghi dei clienti stampati ed esportati (PDF, HTML, Markdown), il
## fascicolo dei dati per il cliente e il modulo di consenso cartaceo:
## chiavi summary-… e form-…. Sono scritti nella lingua del cliente; ciò che è
## «per il negozio» lo legge il personale, il resto il cliente (forma di cortesia, Lei).

## Date. $day e $year sono numeri; $month è il nome di un mese
## (summary-month, o la sua forma .short per .short).
summary-date = { $day } { $month } { $year }
    .short = { $day } { $month } { $year }
    .day-month = { $day } { $month }
    .with-time = { $date }, { $time }
# $month: da 1 a 12.
summary-month = { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    }
    .short = { $month ->
        [1] gen
        [2] feb
        [3] mar
        [4] apr
        [5] mag
        [6] giu
        [7] lug
        [8] ago
        [9] set
        [10] ott
        [11] nov
       *[12] dic
    }
# $day: da 1 (lunedì) a 7 (domenica), abbreviato.
summary-weekday = { $day ->
        [1] lun
        [2] mar
        [3] mer
        [4] gio
        [5] ven
        [6] sab
       *[7] dom
    }

## Intestazione e piè di pagina.
summary-page = Pagina { $page } di { $total }
summary-pdf-title = { $shop }: { $name }
summary-pdf-title-many = { $shop }: riepiloghi dei clienti
summary-continued = { $heading } (continua)
summary-nothing = Nessun dato registrato.

## Titoli delle sezioni.
summary-heading =
    .careful = Allergie e cose sgradite
    .preferences = Preferenze
    .staff-notes = Note per il personale
    .about = Dati
    .purchases = Acquisti recenti
    .contact = Contatti
    .about-you = I Suoi dati
    .your-preferences = Le Sue preferenze
    .your-purchases = I Suoi acquisti recenti
    .how-contact = Come possiamo contattarLa
    .notes-about-you = Le nostre note su di Lei
    .choices = Modifiche alle Sue scelte
    .kept = Che cosa conserviamo su di Lei e perché

## Etichette davanti a un valore.
summary-label =
    .contact = Contatti
    .language = Lingua
    .birthday = Compleanno
    .household = Famiglia
    .tags = Etichette
    .name = Nome
    .reach-you = Come raggiungerLa
    .your-household = La Sua famiglia
    .our-labels = Le nostre etichette
    .our-reference = Il nostro riferimento
    .prefers = Preferisce
    .you-prefer = Lei preferisce
    .how-often = Quanto spesso
    .quiet-until = Nessun messaggio fino al

## Colonne delle tabelle.
summary-column =
    .when = Quando
    .how = Come
    .what-for = Per che cosa
    .your-choice = La Sua scelta
    .how-you-told = Come ce l’ha detto
    .wording = Versione
    .what-we-keep = Che cosa conserviamo
    .why = Perché
    .date = Data
    .what = Articolo
    .quantity = Quantità
    .amount = Importo
    .allowed = Consentito

## Segni su una preferenza.
summary-badge =
    .allergy = Allergia
    .dislike = Non gradisce
summary-for = Per { $who }
summary-from = Fonte: { $source }
summary-noted = Annotato il { $date }
summary-why-kept = Perché lo conserviamo: { $purpose }

## Il riepilogo per il personale.
summary-shop-subtitle = Riepilogo cliente per il negozio
summary-shop-subtitle-ref = Riepilogo cliente per il negozio · { $reference }
summary-shop-footer = Per il personale del negozio. Da tenere lontano dalla vista degli altri clienti.

## Il riepilogo per il cliente (ciò che serve per una richiesta di accesso).
summary-customer-subtitle = Che cosa conserva { $shop } su di Lei
summary-customer-intro = Ecco tutto ciò che { $shop } conserva su di Lei al { $date }. Se qualcosa non è corretto o non è aggiornato, ce lo dica e lo correggeremo. Può anche chiederci di cancellare tutto.
summary-customer-footer = Preparato per { $name } il { $date }.

## Ciò che il negozio conserva, a parole.
summary-channel =
    .email = E-mail
    .sms = SMS
    .phone = Telefonata
    .post = Posta
    .messaging = Messaggistica
summary-purpose =
    .service = Sui Suoi ordini e riparazioni
    .recommendations = Consigli personali
    .promotions = Promozioni e newsletter
    .occasions = Auguri di compleanno e ricorrenze
summary-state =
    .granted = Sì
    .refused = No
    .not-asked = Non chiesto
summary-category =
    .size = Taglie
    .fit = Vestibilità
    .colour = Colori
    .brand = Marche
    .style = Stile
    .taste = Gusti
    .allergy = Allergie
    .dislike = Cose sgradite
    .gift-idea = Idee regalo
    .other = Altro
summary-source =
    .told-shop = Ce l’ha detto
    .told-customer = Ce l’ha detto Lei
    .noticed = Notato dal negozio
summary-relation =
    .partner = partner
    .child = figlio/a
    .parent = genitore
    .buys-for = acquista per questa persona
    .bought-for = questa persona acquista per lui/lei
    .other = parente
summary-household-member = { $name } ({ $relation })
# $code: il codice della lingua come l’ha scritto il negozio; un codice sconosciuto appare così com’è.
summary-language = { $code ->
        [en] inglese
        [nb] norvegese
        [no] norvegese
        [nn] norvegese
        [da] danese
        [sv] svedese
        [de] tedesco
        [fr] francese
        [es] spagnolo
        [it] italiano
        [nl] olandese
        [pt] portoghese
        [pl] polacco
        [fi] finlandese
        [zh] cinese
        [ja] giapponese
        [ar] arabo
       *[other] { $code }
    }
summary-every-year = { $label } (ogni anno)
summary-returned = Reso: { $what }
summary-purchase = Acquisto
summary-no-channel = Nessun canale
summary-channel-times = { $channel }, { $times }
# Come è stata fatta una scelta, per i modi che Shopkeeper registra da sé.
summary-method =
    .customer-in-shop = Lei stesso, sullo schermo in negozio
    .signed-form = modulo firmato
    .merged = ripreso da una scheda doppia
summary-method-imported = importato da { $layout }

## Quanto spesso si può contattare il cliente.
summary-frequency-none = Nessun messaggio
summary-frequency-at-most = Al massimo { $count } { $period }
# $n: quanti messaggi.
summary-frequency-count = { $n ->
        [1] un messaggio
        [2] due messaggi
        [3] tre messaggi
       *[other] { $n } messaggi
    }
# $days: il periodo in giorni (30 sta per un mese, 61 due mesi, 91 tre, 182 sei, 365 un anno).
summary-frequency-period = { $days ->
        [1] al giorno
        [7] a settimana
        [14] ogni due settimane
        [30] al mese
        [61] ogni due mesi
        [91] ogni tre mesi
        [182] ogni sei mesi
        [365] all’anno
       *[other] ogni { $days } giorni
    }
summary-frequency-weeks = ogni { $weeks } settimane
summary-frequency-days = { $rule }, preferibilmente: { $days }
summary-frequency-topics = { $rule }; su { $topics }
summary-frequency-usual = { $rule } (la regola abituale del negozio)
    .customer = { $rule } (la nostra regola abituale; ce lo dica se la preferisce diversa)

## Ogni tipo di dato che il negozio conserva, e perché (riepilogo per il cliente).
summary-kept =
    .contact = Recapiti
    .preferences = Preferenze
    .purchases = Acquisti
    .consent = I Suoi consensi
summary-kept-why =
    .contact = Per contattarLa come ci ha chiesto.
    .preferences = Per ricordare ciò che Le piace ed evitare ciò che non Le piace.
    .purchases = Per sapere che cosa ha acquistato, per l’assistenza e per ricontattarLa.
    .consent = Per dimostrare che cosa ci ha permesso e quando.

## Il modulo cartaceo (lo legge il cliente).
form-title = Le Sue preferenze e le Sue scelte
form-subtitle-for = Per { $name } · La preghiamo di controllare, correggere e barrare
form-subtitle-blank = Da compilare a penna
form-intro = Dica a { $shop } che cosa ricordare e come possiamo contattarLa: barri sì o no per ogni canale. Può cambiare idea in qualsiasi momento, e chiederci di vedere o cancellare ciò che conserviamo.
form-heading =
    .about = I Suoi dati
    .remember = Che cosa vorrebbe che ricordassimo
    .contact = Possiamo contattarLa?
form-signature = Data e firma
form-footer = Versione del modulo { $version }
form-yes = Sì
form-no = No
form-about =
    .name = Nome
    .email = E-mail
    .phone = Telefono
    .address = Indirizzo
    .birthday = Compleanno
form-remember =
    .sizes = Taglie e vestibilità
    .likes = Che cosa Le piace
    .dislikes = Che cosa non Le piace
    .allergies = Allergie
form-frequency =
    .how-often = Al massimo quanto spesso
    .quiet-until = Nessun messaggio fino al

summary-taken-by = { $how }, raccolto da { $name }

## Il foglio del giorno
sheet-title = I ricontatti di oggi
sheet-subtitle = { $n ->
    [0] Nessuno da ricontattare oggi
    [one] Un cliente da ricontattare · spunta man mano
   *[other] { $n } clienti da ricontattare · spunta man mano
}
sheet-heading =
    .to-contact = Da contattare oggi
    .in-person = Da dire alla prossima visita
sheet-column =
    .done = Fatto
    .customer = Cliente
    .why = Perché
    .how = Come raggiungerlo
sheet-nobody = Nessuno oggi.
sheet-footer = Per il personale del negozio. Contatta ogni cliente solo nel modo indicato: è quello che consente oggi.
