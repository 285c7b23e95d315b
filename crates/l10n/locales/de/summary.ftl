## Gedruckte und exportierte Kundenübersichten (PDF, HTML, Markdown), die
## Auskunft an die Kundschaft und das Einwilligungsformular auf Papier:
## summary-… und form-…. Sie stehen in der Sprache der Kundin oder des Kunden;
## was „für das Geschäft“ ist, liest das Personal, alles andere die Kundschaft
## (Sie-Form).

## Daten. $day und $year sind Zahlen; $month ist ein Monatsname
## (summary-month, bzw. dessen .short für .short).
summary-date = { $day }. { $month } { $year }
    .short = { $day }. { $month } { $year }
    .day-month = { $day }. { $month }
    .with-time = { $date }, { $time }
# $month: 1 bis 12.
summary-month = { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    }
    .short = { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }
# $day: 1 (Montag) bis 7 (Sonntag), kurz.
summary-weekday = { $day ->
        [1] Mo.
        [2] Di.
        [3] Mi.
        [4] Do.
        [5] Fr.
        [6] Sa.
       *[7] So.
    }

## Seitenrand.
summary-page = Seite { $page } von { $total }
summary-pdf-title = { $shop }: { $name }
summary-pdf-title-many = { $shop }: Kundenübersichten
summary-continued = { $heading } (Fortsetzung)
summary-nothing = Nichts gespeichert.

## Abschnitte.
summary-heading =
    .careful = Allergien und Abneigungen
    .preferences = Vorlieben
    .staff-notes = Notizen für das Personal
    .about = Angaben
    .purchases = Letzte Einkäufe
    .contact = Kontakt
    .about-you = Ihre Angaben
    .your-preferences = Ihre Vorlieben
    .your-purchases = Ihre letzten Einkäufe
    .how-contact = Wie wir Sie kontaktieren dürfen
    .notes-about-you = Unsere Notizen über Sie
    .choices = Änderungen Ihrer Entscheidungen
    .kept = Was wir über Sie speichern und warum

## Bezeichnungen vor einem Wert.
summary-label =
    .contact = Kontakt
    .language = Sprache
    .birthday = Geburtstag
    .household = Haushalt
    .tags = Schlagwörter
    .name = Name
    .reach-you = So erreichen wir Sie
    .your-household = Ihr Haushalt
    .our-labels = Unsere Schlagwörter
    .our-reference = Unsere Kundennummer
    .prefers = Bevorzugt
    .you-prefer = Sie bevorzugen
    .how-often = Wie oft
    .quiet-until = Keine Nachrichten bis

## Tabellenspalten.
summary-column =
    .when = Wann
    .how = Wie
    .what-for = Wofür
    .your-choice = Ihre Wahl
    .how-you-told = Wie Sie es uns gesagt haben
    .wording = Fassung
    .what-we-keep = Was wir speichern
    .why = Warum
    .date = Datum
    .what = Was
    .quantity = Menge
    .amount = Betrag
    .allowed = Erlaubt

## Markierungen an einer Vorliebe.
summary-badge =
    .allergy = Allergie
    .dislike = Mag nicht
summary-for = Für { $who }
summary-from = Quelle: { $source }
summary-noted = Notiert am { $date }
summary-why-kept = Warum wir es speichern: { $purpose }

## Die Übersicht für das Personal.
summary-shop-subtitle = Kundenübersicht für das Geschäft
summary-shop-subtitle-ref = Kundenübersicht für das Geschäft · { $reference }
summary-shop-footer = Für das Personal. Bitte so aufbewahren, dass andere Kundinnen und Kunden sie nicht sehen.

## Die Übersicht für die Kundschaft (Auskunft über gespeicherte Daten).
summary-customer-subtitle = Was { $shop } über Sie speichert
summary-customer-intro = Das ist alles, was { $shop } am { $date } über Sie gespeichert hat. Wenn etwas falsch oder veraltet ist, sagen Sie es uns, und wir berichtigen es. Sie können uns auch bitten, alles zu löschen.
summary-customer-footer = Erstellt für { $name } am { $date }.

## Was das Geschäft speichert, in Worten.
summary-channel =
    .email = E-Mail
    .sms = SMS
    .phone = Anruf
    .post = Post
    .messaging = Messenger
summary-purpose =
    .service = Zu Ihren Bestellungen und Reparaturen
    .recommendations = Persönliche Empfehlungen
    .promotions = Aktionen und Newsletter
    .occasions = Grüße zum Geburtstag und zu Anlässen
summary-state =
    .granted = Ja
    .refused = Nein
    .not-asked = Nicht gefragt
summary-category =
    .size = Größen
    .fit = Passform
    .colour = Farben
    .brand = Marken
    .style = Stil
    .taste = Geschmack
    .allergy = Allergien
    .dislike = Abneigungen
    .gift-idea = Geschenkideen
    .other = Sonstiges
summary-source =
    .told-shop = Hat es uns gesagt
    .told-customer = Von Ihnen
    .noticed = Vom Geschäft bemerkt
summary-relation =
    .partner = Partner/in
    .child = Kind
    .parent = Elternteil
    .buys-for = kauft für sie
    .bought-for = sie kaufen für
    .other = verwandt
summary-household-member = { $name } ({ $relation })
# $code: der Sprachcode, wie das Geschäft ihn geschrieben hat; unbekannte Codes erscheinen so, wie sie geschrieben sind.
summary-language = { $code ->
        [en] Englisch
        [nb] Norwegisch
        [no] Norwegisch
        [nn] Norwegisch
        [da] Dänisch
        [sv] Schwedisch
        [de] Deutsch
        [fr] Französisch
        [es] Spanisch
        [it] Italienisch
        [nl] Niederländisch
        [pt] Portugiesisch
        [pl] Polnisch
        [fi] Finnisch
        [zh] Chinesisch
        [ja] Japanisch
        [ar] Arabisch
       *[other] { $code }
    }
summary-every-year = { $label } (jedes Jahr)
summary-returned = Zurückgegeben: { $what }
summary-purchase = Einkauf
summary-no-channel = Kein Weg
summary-channel-times = { $channel }, { $times }
# Wie eine Entscheidung getroffen wurde, für die Wege, die Shopkeeper selbst speichert.
summary-method =
    .customer-in-shop = selbst am Bildschirm im Geschäft
    .signed-form = unterschriebenes Formular
    .merged = aus einem doppelten Eintrag übernommen
summary-method-imported = importiert aus { $layout }

## Wie oft die Kundschaft kontaktiert werden darf.
summary-frequency-none = Keine Nachrichten
summary-frequency-at-most = Höchstens { $count } { $period }
# $n: wie viele Nachrichten.
summary-frequency-count = { $n ->
        [1] eine Nachricht
        [2] zwei Nachrichten
        [3] drei Nachrichten
       *[other] { $n } Nachrichten
    }
# $days: der Zeitraum in Tagen (30 steht für einen Monat, 61 für zwei, 91 für drei, 182 für sechs, 365 für ein Jahr).
summary-frequency-period = { $days ->
        [1] am Tag
        [7] pro Woche
        [14] alle zwei Wochen
        [30] im Monat
        [61] alle zwei Monate
        [91] alle drei Monate
        [182] alle sechs Monate
        [365] im Jahr
       *[other] alle { $days } Tage
    }
summary-frequency-weeks = alle { $weeks } Wochen
summary-frequency-days = { $rule }, am liebsten { $days }
summary-frequency-topics = { $rule }; zu { $topics }
summary-frequency-usual = { $rule } (die übliche Regel des Geschäfts)
    .customer = { $rule } (unsere übliche Regel; sagen Sie uns, wenn Sie es anders möchten)

## Was das Geschäft speichert und warum (Übersicht für die Kundschaft).
summary-kept =
    .contact = Kontaktangaben
    .preferences = Vorlieben
    .purchases = Einkäufe
    .consent = Ihre Einwilligungen
summary-kept-why =
    .contact = Um Sie so zu erreichen, wie Sie es wünschen.
    .preferences = Um uns zu merken, was Sie mögen und was nicht.
    .purchases = Um zu wissen, was Sie gekauft haben, für Service und Nachfragen.
    .consent = Um zu belegen, was Sie wann erlaubt haben.

## Das Formular auf Papier (liest die Kundschaft).
form-title = Ihre Vorlieben und Entscheidungen
form-subtitle-for = Für { $name } · bitte prüfen, berichtigen und ankreuzen
form-subtitle-blank = Bitte mit Kugelschreiber ausfüllen
form-intro = Sagen Sie { $shop }, was wir uns merken sollen und wie wir Sie kontaktieren dürfen: Kreuzen Sie für jeden Weg Ja oder Nein an. Sie können Ihre Meinung jederzeit ändern und uns bitten, Ihnen zu zeigen oder zu löschen, was wir speichern.
form-heading =
    .about = Ihre Angaben
    .remember = Was wir uns merken sollen
    .contact = Dürfen wir Sie kontaktieren?
form-signature = Datum und Unterschrift
form-footer = Fassung des Formulars { $version }
form-yes = Ja
form-no = Nein
form-about =
    .name = Name
    .email = E-Mail
    .phone = Telefon
    .address = Adresse
    .birthday = Geburtstag
form-remember =
    .sizes = Größen und Passform
    .likes = Was Sie mögen
    .dislikes = Was Sie nicht mögen
    .allergies = Allergien
form-frequency =
    .how-often = Höchstens wie oft
    .quiet-until = Keine Nachrichten bis

summary-taken-by = { $how }, aufgenommen von { $name }

## Der Tageszettel
sheet-title = Heutige Nachfassaktionen
sheet-subtitle = { $n ->
    [0] Heute niemand nachzufassen
    [one] Eine Kundin oder ein Kunde nachzufassen · beim Erledigen abhaken
   *[other] { $n } Kunden nachzufassen · beim Erledigen abhaken
}
sheet-heading =
    .to-contact = Heute kontaktieren
    .in-person = Beim nächsten Besuch ansprechen
sheet-column =
    .done = Erledigt
    .customer = Kunde
    .why = Warum
    .how = So erreichbar
sheet-nobody = Heute niemand.
sheet-footer = Für das Personal des Geschäfts. Kontaktieren Sie jeden Kunden nur auf dem angegebenen Weg: Nur diesen erlaubt er heute.
