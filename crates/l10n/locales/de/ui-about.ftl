# German UI words — glossary kept across every de/*.ftl file:
#   customer          Kunde / Kundin; plural Kunden; collectively Kundschaft
#   customer book     Kundenkartei
#   vault             Tresor (the encrypted shop file); vault file: Tresordatei
#   passphrase        Passphrase
#   recovery key      Wiederherstellungsschlüssel
#   emergency kit     Notfall-Kit
#   backup            Sicherung (verb: sichern)
#   sale / purchase   Verkauf (owner's side) / Einkauf (customer's side)
#   receipt           Beleg
#   void / correct    stornieren / berichtigen
#   return / refund   Rückgabe / Erstattung
#   consent           Einwilligung
#   follow-up         Kontakt (a suggested personal note); suggestion: Vorschlag
#   regular           Stammkunde, Stammkundschaft
#   tag               Schlagwort
#   catalog           Sortiment; SKU: Artikelnummer (Art.-Nr.)
#   sync              Abgleich (verb: abgleichen); pairing code: Kopplungscode
#   Customer view     Kundenansicht
#   draft             Entwurf
#   summary (PDF)     Kundenblatt
#   erase             löschen (for good: endgültig)
#   profile           Profil; record (duplicates): Eintrag; duplicates: Dubletten
#   Today             „Heute“; dismiss: verwerfen; snooze: zurückstellen
#   owner / PIN       Inhaber / PIN des Inhabers
# Address: "Sie" to the owner and to customers. Quotes „…“, apostrophe ’.

aboutTitle = Über Shopkeeper
aboutOpen = Über Shopkeeper…
aboutSettingsHeading = Über Shopkeeper
aboutSettingsText = Shopkeeper { $version }: wo Ihre Daten liegen, Netzwerk, Lizenz.
aboutPaletteDetail = Version, Daten, Lizenz
aboutPaletteGroup = Mehr
aboutVersion = Version { $version }
aboutDataHeading = Wo Ihre Daten liegen
aboutDataText = Ihre ganze Kundenkartei steckt in dieser einen verschlüsselten Datei auf diesem Computer:
aboutCopyText = Bevor ein Update ändert, wie Ihre Daten gespeichert werden, legt Shopkeeper zuerst eine Kopie dieser Datei daneben, ebenfalls verschlüsselt, mit einem Namen wie
aboutCopyAfter = Sie öffnet sich mit der Passphrase, die beim Anlegen der Kopie galt.
aboutNetworkHeading = Netzwerk
aboutNoNetwork = Shopkeeper nutzt kein Netzwerk.
aboutSync = { $on ->
    [true] Abgleich: an, über einen gemeinsamen Ordner.
   *[false] Abgleich: aus.
}
aboutLicenceHeading = Lizenz
aboutLicenceText = Freie Software unter { $licence }.
aboutLicenceOr = oder
aboutFormatsHeading = Dateiformate
aboutFormats = Version jeder Dateiart, die dieser Shopkeeper schreibt:
aboutSchema = Daten im Tresor
aboutVaultFormat = Tresordatei
aboutBackupFormat = Sicherungen
aboutClose = Schließen
aboutLoading = Einen Moment…
aboutFailed = Shopkeeper konnte es nicht ermitteln: { $message }
