# Die eingebauten Nachrichtenentwürfe, einer je Art von Vorschlag: .subject
# (für E-Mails) und .body, kurz und in der Stimme des Inhabers, an den Kunden
# (gesiezt). Jede Variable ist ein Platzhalter, den der Inhaber beim
# Bearbeiten als {first_name}, {product} … sieht: alle bleiben erhalten.
# $owner unterschreibt die Nachricht. Platzhalter stehen ohne Artikel, weil
# ihr Geschlecht nicht bekannt ist.

draft-replenishment-due =
    .subject = Noch genug { $product }?
    .body =
        Hallo { $first_name }, Ihr Vorrat an { $product } geht vielleicht langsam zu Ende. Soll ich Ihnen etwas zurücklegen?

        Viele Grüße
        { $owner }
draft-lapsing-regular =
    .subject = Ein Gruß von { $shop_name }
    .body =
        Hallo { $first_name }, es ist eine Weile her, und ich hoffe, es geht Ihnen gut. Ich würde mich freuen, Sie wiederzusehen, wenn Sie das nächste Mal in der Nähe sind.

        Viele Grüße
        { $owner }
draft-occasion =
    .subject = { $occasion } – ein kurzer Gruß
    .body =
        Hallo { $first_name }, bei mir steht im Kalender: { $occasion } am { $date }. Wenn ich Ihnen vorher mit etwas helfen kann, sagen Sie einfach Bescheid.

        Viele Grüße
        { $owner }
draft-thank-you =
    .subject = Vielen Dank
    .body =
        Hallo { $first_name }, danke für Ihren Besuch bei { $shop_name }. Ich hoffe, Sie haben Freude an dem, was Sie ausgesucht haben – erzählen Sie mir gern, wie es Ihnen damit geht.

        Viele Grüße
        { $owner }
draft-matches-taste =
    .subject = Neu eingetroffen: { $product }
    .body =
        Hallo { $first_name }, gerade ist bei mir { $product } eingetroffen, und ich musste gleich an Sie denken. Soll ich Ihnen etwas zurücklegen?

        Viele Grüße
        { $owner }
draft-service-check =
    .subject = Bald wieder fällig: { $product }
    .body =
        Hallo { $first_name }, um den { $date } ist es wieder so weit: { $product }. Soll ich Ihnen einen Termin eintragen?

        Viele Grüße
        { $owner }
draft-promised-follow-up =
    .subject = Wie versprochen
    .body =
        Hallo { $first_name }, wie versprochen: { $promise }.

        Viele Grüße
        { $owner }
