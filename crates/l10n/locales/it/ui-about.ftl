# Italian UI words — glossary kept across every it/*.ftl file:
#   customer          cliente (plural clienti)
#   customer book     schedario clienti
#   vault             archivio cifrato (short: archivio); vault file: file dell'archivio
#   passphrase        frase segreta
#   recovery key      chiave di recupero
#   emergency kit     kit di emergenza
#   backup            backup (verb: fare il backup)
#   sale / purchase   vendita / acquisto
#   receipt           scontrino
#   void / correct    stornare (storno) / correggere
#   return / refund   reso / rimborso
#   consent           consenso
#   follow-up         contatto (a suggested personal note); suggestion: suggerimento
#   regular           cliente abituale
#   tag               etichetta
#   catalog           catalogo; SKU: codice articolo (cod.)
#   sync              sincronizzazione (verb: sincronizzare); pairing code: codice di abbinamento
#   Customer view     Vista cliente
#   draft             bozza
#   summary (PDF)     scheda cliente
#   erase             cancellare (for good: per sempre)
#   profile           scheda (del cliente); record (duplicates): scheda; duplicates: doppioni
#   Today             Oggi; dismiss: scartare; snooze: rimandare
#   owner / PIN       titolare / PIN del titolare
# Address: "tu" to the owner; "Lei" in customer-facing words (Customer view,
# consent questions). Quotes «…», apostrophe ’.

aboutTitle = Informazioni su Shopkeeper
aboutOpen = Informazioni su Shopkeeper…
aboutSettingsHeading = Informazioni
aboutSettingsText = Shopkeeper { $version }: dove sono i tuoi dati, la rete, la licenza.
aboutPaletteDetail = Versione, dati, licenza
aboutPaletteGroup = Altro
aboutVersion = Versione { $version }
aboutDataHeading = Dove sono i tuoi dati
aboutDataText = Tutto il tuo schedario clienti è in questo unico file cifrato, su questo computer:
aboutCopyText = Prima che un aggiornamento cambi il modo in cui i dati sono salvati, Shopkeeper ne conserva una copia lì accanto, sempre cifrata, con un nome come
aboutCopyAfter = Si apre con la frase segreta che avevi quando è stata creata.
aboutNetworkHeading = La rete
aboutNoNetwork = Shopkeeper non usa la rete.
aboutSync = { $on ->
    [true] Sincronizzazione: attiva, tramite una cartella condivisa.
   *[false] Sincronizzazione: disattivata.
}
aboutLicenceHeading = Licenza
aboutLicenceText = Software libero con licenza { $licence }.
aboutLicenceOr = o
aboutFormatsHeading = Formati dei file
aboutFormats = La versione di ogni tipo di file che questo Shopkeeper scrive:
aboutSchema = Dati nell’archivio
aboutVaultFormat = File dell’archivio
aboutBackupFormat = Backup
aboutClose = Chiudi
aboutLoading = Un momento…
aboutFailed = Shopkeeper non è riuscito a saperlo: { $message }
