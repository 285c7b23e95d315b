# Was ein Kunde zu jedem Zweck gefragt wird, bevor der Inhaber es umformuliert.
consent-question =
    .service = Dürfen wir Sie zu Ihren eigenen Bestellungen und Reparaturen kontaktieren?
    .recommendations = Dürfen wir Ihnen Bescheid geben, wenn etwas hereinkommt, das Ihnen gefallen könnte?
    .promotions = Dürfen wir Ihnen ab und zu Neuigkeiten und Angebote schicken?
    .occasions = Dürfen wir Ihnen zum Geburtstag oder zu anderen Anlässen ein paar Zeilen schicken?
