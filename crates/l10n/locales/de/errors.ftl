# Fehler, die der Kern meldet, so wie der Inhaber sie liest.
error-quantity-quantity-too-large = Diese Menge ist zu groß.
error-quantity-quantity-zero = Eine Menge kann nicht null sein.
error-quantity-negative-quantity-only = Eine negative Menge ist nur bei einer Rückgabe erlaubt; markieren Sie die Zeile als Rückgabe.
error-quantity-returned-item-needs = Ein zurückgegebener Artikel braucht eine negative Menge (z. B. -1 oder -0,5).
error-quantity-quantity = „{ $shown }“ ist keine Menge: { $why }.
error-demo-there-already-file = Unter { $path } liegt schon eine Datei; die Demo braucht einen eigenen Platz.
error-customers-choose-customers-years = Wählen Sie 1 bis 1.000.000 Kunden und 1 bis 50 Jahre.
error-demo-shop-already-has = Dieses Geschäft hat schon Kunden; legen Sie die Demo in einem neuen, leeren Geschäft an.
error-state-choose-yes = Wählen Sie Ja oder Nein.
error-choices-tick-least-one = Kreuzen Sie mindestens ein Ja oder Nein aus dem Formular an.
error-signed-on-form-have-been = Das Formular kann nicht in der Zukunft unterschrieben worden sein.
error-not-found-preference-does-exist = Diese Vorliebe gibt es nicht (oder sie wurde entfernt).
error-pin-pin-must-digits = Die PIN muss { $min_pin_digits } bis { $max_pin_digits } Ziffern haben, nur Zahlen.
error-pin-pin-could-protected = Die PIN konnte nicht geschützt werden: { $e }
error-line-nothing-was = Zeile { $line }: { $reason } Es wurde nichts hinzugefügt.
error-to-already-exists-shopkeeper = { $new_vault } gibt es schon. Shopkeeper stellt nur in eine neue Datei wieder her und überschreibt nie eine bestehende; wählen Sie einen anderen Namen.
error-empty = { $what } darf nicht leer sein.
error-too-long-characters = Dieses Feld ({ $field }) ist zu lang ({ $v } Zeichen); Shopkeeper speichert höchstens { $max }. Kürzen Sie es oder bewahren Sie lange Dokumente anderswo auf.
error-language-code-write = „{ $value }“ ist kein Sprachcode; schreiben Sie ihn kurz, etwa de, en oder pt-br.
error-restore-customer-was-erased = Ein Kunde wurde gelöscht, nachdem diese Kopie wiederhergestellt wurde, und die Kopie enthält ihn noch. Stellen Sie die Sicherung erneut wieder her, damit er gelöscht bleibt; zur Kopie wurde nicht gewechselt.
error-channel-way-contacting-someone = „{ $text }“ ist kein Weg, jemanden zu erreichen; verwenden Sie einen von: { $names }, { $in_person }.
error-summary-say-briefly-what = Schreiben Sie kurz, worum es bei dem Kontakt ging.
error-customer-customer-merged-with = Ein Kunde kann nicht mit sich selbst zusammengeführt werden.
error-purchase-purchase-already-void = Dieser Einkauf ist schon storniert.
error-reason-say-why-purchase = Geben Sie an, warum der Einkauf storniert wird.
error-purchase-voided-purchase-corrected = Ein stornierter Einkauf kann nicht berichtigt werden.
error-lines-purchase-needs-lines = Ein Einkauf braucht 1 bis { $max_lines } Zeilen.
error-correction-nothing-correct-purchase = Nichts zu berichtigen: Der Einkauf sagt das schon.
error-relation-customer-linked-themselves = Ein Kunde kann nicht mit sich selbst verknüpft werden.
error-not-found-household-link-customer = Diese Haushalts-Verknüpfung besteht bei diesem Kunden nicht mehr; laden Sie den Kunden neu, um die aktuellen Verknüpfungen zu sehen.
error-phone-does-look-like = „{ $typed }“ sieht nicht wie eine Telefonnummer aus: Verwenden Sie nur Ziffern, Leerzeichen und + - ( ).
error-region-country-code-use = „{ $code }“ ist kein Ländercode; verwenden Sie zwei Buchstaben wie DE, AT oder CH.
error-interval-must-between = Ein Intervall muss zwischen 1 und 3650 Tagen liegen.
error-price-price-negative = Ein Preis kann nicht negativ sein.
error-sku-product-with-sku = Einen Artikel mit der Artikelnummer „{ $sku }“ gibt es schon.
error-not-found-product-catalog = Dieser Artikel ist nicht im Sortiment.
error-format-several-customers-only = Mehrere Kunden passen nur in ein PDF (einer pro Seite); für HTML oder Markdown exportieren Sie einen Kunden nach dem anderen.
error-not-found-promise-does-exist = Dieses Versprechen gibt es bei diesem Kunden nicht.
error-retention-years-years-retention-period = { $y } Jahre sind keine Aufbewahrungsfrist, die Shopkeeper annimmt; wählen Sie 1 bis { $max_years } Jahre.
error-retention-years-retention-rule-off = Die Aufbewahrungsregel ist aus, also gibt es nichts, wovor ein Kunde bewahrt werden müsste. Schalten Sie sie zuerst ein.
error-path-shopkeeper-could-write = Shopkeeper konnte { $path } nicht schreiben ({ $reason }); es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben dürfen.
error-path-give-file-name = Geben Sie der Datei einen Namen, der auf .pdf, .html oder .md endet, damit Shopkeeper weiß, welche Art es schreiben soll.
error-folder-there-folder-plug = Unter { $folder } gibt es keinen Ordner. Schließen Sie das Laufwerk an oder wählen Sie einen anderen Ordner.
error-reminder-must-come = Die Erinnerung muss nach 1 bis 365 Tagen kommen.
error-folder-there-are-already = Aus dieser Stunde gibt es schon viele Sicherungen. Versuchen Sie es später noch einmal.
error-not-found-restored-copy-longer = Die wiederhergestellte Kopie { $restored } ist nicht mehr da.
error-not-found-shop-has-file = Dieses Geschäft hat keine Datei: Es existiert nur im Arbeitsspeicher.
error-file-file-larger-than = Die Datei ist größer als die { $mib } MiB, die Shopkeeper für diesen Import liest. Es wurde nichts importiert.
error-file-file-could-read = Die Datei { $path } konnte nicht gelesen werden ({ $e }). Es wurde nichts importiert.
error-file-file-utf-text = Die Datei ist kein UTF-8-Text. Es wurde nichts importiert.
error-passphrase-passphrase-would-too = Diese Passphrase wäre zu leicht zu erraten. { $advice }
error-confirmation-two-passphrases-are = Die beiden Passphrasen stimmen nicht überein. Bitte geben Sie sie noch einmal ein.
error-not-found-emergency-kit-longer = Das Notfall-Kit ist nicht mehr im Speicher: Es wird nur einmal angezeigt, wenn das Geschäft angelegt wird.
error-text-wording-empty = Der Text darf nicht leer sein.
error-auto-lock-minutes-locking-after-quiet = Das Sperren nach einer ruhigen Weile muss zwischen 1 Minute und 8 Stunden liegen.
error-currency-currency-stays-purchases = Die Währung bleibt { $before }: { $purchases } Einkäufe sind darin erfasst, und eine Änderung würde ihren Wert verfälschen.
error-period-days-period-must-between = Der Zeitraum muss zwischen 1 und 3650 Tagen liegen.
error-max-contacts-most-contacts-per = Es lassen sich höchstens 100 Kontakte pro Zeitraum einstellen.
error-date-like = „{ $text }“ ist kein Datum wie 2024-03-31.
error-sku-there-product-with = Es gibt keinen Artikel mit der Artikelnummer „{ $sku }“.
error-description-each-line-needs = Jede Zeile braucht einen Artikel oder eine Beschreibung.
error-unit-price-each-line-needs = Jede Zeile braucht einen Preis.
error-unit-price-price-negative-use = Ein Preis kann nicht negativ sein; für Erstattungen nehmen Sie eine Rückgabezeile.
error-discount-discount-must-between = Ein Rabatt muss zwischen null und dem Preis der Zeile liegen, und Rückgaben bekommen keinen.
error-lines-purchase-needs-least = Ein Einkauf braucht mindestens eine Zeile.
error-lines-purchase-have-most = Ein Einkauf kann höchstens { $max_lines } Zeilen haben.
error-not-found-purchase-does-exist = Diesen Einkauf gibt es nicht.
error-name-customer-needs-name = Ein Kunde braucht einen Namen.
error-customer-have-most = Ein Kunde kann höchstens { $max_items } davon haben.
error-email-does-look-like = „{ $email }“ sieht nicht wie eine E-Mail-Adresse aus (etwa name@example.com).
error-customer-more-than-one = Mehr als ein Kunde heißt „{ $w }“; verwenden Sie die Kennung oder Kundennummer.
error-not-found-customer-matches-use = Kein Kunde passt zu „{ $w }“. Verwenden Sie Kennung, Kundennummer, E-Mail, Telefon oder den genauen Namen.
error-not-found-customer-does-exist = Diesen Kunden gibt es nicht (oder er wurde gelöscht).
error-not-found-customer-does-exist-2 = Diesen Kunden gibt es nicht, oder er wurde schon gelöscht.
error-date-like-when = „{ $t }“ ist kein Datum wie 1980-04-23, oder 04-23, wenn das Jahr unbekannt ist.
error-real-date = { $value } ist kein echtes Datum.
error-customer-ref-another-customer-already = Ein anderer Kunde hat schon die Kundennummer „{ $r }“.
error-currency-amount-but-shop = „{ $value }“ ist ein Betrag in { $hint }, aber dieses Geschäft rechnet in { $currency }; geben Sie Beträge in { $currency2 } ein.
error-amount-amount-too-large = Dieser Betrag ist zu groß.
error-amount-amount-write-amounts = „{ $shown }“ ist kein Betrag: { $why }. Schreiben Sie Beträge wie 12,50, 1.234,56 oder 1,234.56 €.
error-currency-currency-code-use = „{ $code }“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR, CHF oder USD.
error-currency-amounts-mixed-enter = Beträge in { $value } und { $other } lassen sich nicht mischen; geben Sie jeden Betrag in { $value2 } ein.
error-key-suggestion-about-another = Dieser Vorschlag betrifft einen anderen Kunden; öffnen Sie diesen Kunden oder kopieren Sie den Schlüssel noch einmal.
error-undo-nothing = Für diesen Vorschlag gibt es nichts rückgängig zu machen: Er wurde nicht verschoben oder verworfen (eine erledigte Nachfrage bleibt im Kontaktverlauf).
error-key-suggestion-was-already = Dieser Vorschlag wurde schon markiert ({ $action }); es gibt nichts mehr zu tun.
error-key-promise-already = Dieses Versprechen ist schon erledigt ({ $p }).
error-key-promise-key-does = Dieser Versprechen-Schlüssel bezeichnet kein Versprechen; kopieren Sie ihn aus der Liste der Vorschläge.
error-until-snooze-until-day = Zurückstellen bis zu einem Tag nach heute; der { $until } ist schon da.
error-kind-suggestion-suggestion-nothing = Dies ist ein Vorschlag der Art { $parts }, nicht { $kind }; es wurde nichts verworfen.
error-not-found-suggestions-were-turned = Vorschläge der Art { $kind } waren für diesen Kunden nicht abgeschaltet.
error-key-which-suggestion-key = Welcher Vorschlag? Der Schlüssel ist leer; kopieren Sie ihn aus der Liste der Vorschläge.
error-key-suggestion-key-keys = „{ $key }“ ist kein Vorschlags-Schlüssel. Schlüssel sehen aus wie „replenishment-due:<Kundenkennung>:…“; kopieren Sie einen aus der Liste der Vorschläge.
error-closed-with-placeholders = Eine „{"{"}“ wird nicht mit „{"}"}“ geschlossen. Platzhalter sehen aus wie {"{"}first_name{"}"}; diese Nachricht kann { $list } verwenden.
error-placeholder-message-use = {"{"}{ $name }{"}"} ist kein Platzhalter, den eine Nachricht der Art { $kind } verwenden kann; verwenden Sie einen von { $list }.
error-body-message-empty = Die Nachricht darf nicht leer sein.
error-link-only-contact-links = Aus einem Entwurf lassen sich nur Links zu Mail, Nachrichten, einem Anruf, WhatsApp oder Signal öffnen.
error-link-no-app = Diese Kundin oder dieser Kunde ist so nicht erreichbar: Erlaubt ist ein anderer Weg, oder im Eintrag fehlt die Adresse oder Nummer dafür.
error-not-found-there-saved-template = Es gibt keine gespeicherte Vorlage ({ $language }) für Nachrichten der Art { $kind }, also nichts zurückzusetzen.
error-as-of-backtest = Rückblick zum { $as_of } nicht möglich: { $e }.
error-export-stored-value-damaged = Ein gespeicherter Wert in { $table }.{ $column } ist beschädigt, deshalb wurde der Export abgebrochen; es wurde nichts geschrieben. Prüfen Sie die Datei des Geschäfts auf Schäden und stellen Sie gegebenenfalls eine Sicherung wieder her.
error-file-nothing-was-imported = { $message } Es wurde nichts importiert.
error-vcard-file-holds-vcards = Diese Datei enthält keine vCards (keine Zeile BEGIN:VCARD). Es wurde nichts importiert; wählen Sie eine .vcf-Datei, die aus einem Adressbuch exportiert wurde.
error-folder-file-folder-choose = { $folder } ist eine Datei, kein Ordner. Wählen Sie den gemeinsamen Ordner selbst.
error-folder-sync-folder-reached = Der Abgleichsordner { $folder } ist nicht erreichbar (steckt der USB-Stick, ist der gemeinsame Ordner verbunden?). Es wurde nichts abgeglichen; Ihre Änderungen bleiben auf diesem Computer, bis er wieder erreichbar ist.
error-folder-sync-folder-read = Der Abgleichsordner { $folder } kann nicht gelesen werden ({ $e }).
error-folder-sync-folder-already = Im Abgleichsordner liegt schon eine Änderungsdatei namens { $path }, die dieser Computer nicht geschrieben hat. Wurde die Datei dieses Geschäfts bei eingeschaltetem Abgleich auf einen anderen Computer kopiert? Schalten Sie den Abgleich auf diesem Computer aus und treten Sie mit dem Kopplungscode neu bei.
error-sync-change-could-read = Eine Änderung an { $table } konnte nicht gelesen werden; sie wurde übersprungen.
error-folder-shop-shared-yet = In { $folder } wird noch kein Geschäft geteilt. Schalten Sie den Abgleich auf dem ersten Computer mit diesem Ordner ein, warten Sie, bis der Ordner hierher kopiert ist, und treten Sie dann bei.
error-code-pairing-code-does = Dieser Kopplungscode öffnet die Änderungsdateien in diesem Ordner nicht: Er gehört zu einem anderen Geschäft, oder der Ordner gehört einem anderen Geschäft. Prüfen Sie Code und Ordner.
error-code-pairing-code-has = Ein Kopplungscode hat nur Ziffern und Buchstaben; „{ $c }“ gehört nicht dazu. Prüfen Sie den Code auf dem ersten Computer.
error-code-pairing-code-has-2 = Ein Kopplungscode hat { $code_chars } Buchstaben und Ziffern; dieser hat { $values }. Prüfen Sie den Code auf dem ersten Computer.
error-code-pairing-code-has-3 = Dieser Kopplungscode enthält einen Tippfehler (die letzten beiden Zeichen passen nicht zum Rest). Vergleichen Sie ihn mit dem Bildschirm des ersten Computers.
error-line-total-purchase-s-total = Die Summe des Einkaufs ist zu groß.
error-currency-row-shop = Diese Zeile ist in { $code }, das Geschäft in { $value }.
error-quantity-row-has-quantity = Die Zeile hat keine Menge.
error-line-total-row-has-neither = Die Zeile hat weder eine Zeilensumme noch einen Stückpreis.
error-quantity-negative-quantity-only-2 = Eine negative Menge ist nur bei einer Rückgabe erlaubt, deren Summe ebenfalls negativ ist.
error-product-each-row-needs = Jede Zeile braucht eine Artikelnummer oder einen Artikelnamen.
error-line-total-line-s-total = Die Summe der Zeile ist zu groß.
error-import-import-was-already = Dieser Import wurde schon am { $at } rückgängig gemacht.
error-import-since-been-given = { $count ->
        [one] Ein Kunde aus diesem Import hat
       *[other] { $count } Kunden aus diesem Import haben
    } seitdem von Hand weitere Einkäufe, Notizen, Vorlieben, Einwilligungen oder Kontakte bekommen; Rückgängig machen würde sie verlieren. Es wurde nichts geändert.
error-not-found-there-import = Es gibt keinen Import { $id }.
error-file-file-could-read-2 = Die Datei konnte nicht gelesen werden: { $e }.
error-file-line-valid-csv = Diese Zeile ist kein gültiges CSV (oder kein UTF-8-Text).
error-file-file-has-readable = Die Datei hat keine lesbare Kopfzeile: { $e }.
error-map-field-use-one = „{ $field }“ ist kein Feld; verwenden Sie eines von: { $fields } oder { $ignore }.
error-layout-known-layout-use = „{ $name }“ ist kein bekanntes Format; verwenden Sie eines von: { $layouts }.
error-date-order-date-order-use = „{ $s }“ ist keine Datumsreihenfolge; verwenden Sie dmy, mdy oder ymd.
error-date-date-like = „{ $shown }“ ist kein Datum wie 2024-03-31, 31.03.2024 oder 03/31/2024.
error-customer-name-new-customer-needs = Ein neuer Kunde braucht einen Namen oder eine Kundennummer.
error-recovery-key-typo = { $why }
error-no-column = Die Datei hat keine Spalte „{ $field }“. Geben Sie an, welche Spalte es enthält, oder benennen Sie die Spalte um.
error-date-order-ambiguous = Jedes Datum in dieser Datei passt sowohl mit Tag als auch mit Monat zuerst (03/04/2024 kann der 3. April oder der 4. März sein). Geben Sie an, welche Reihenfolge die Datei verwendet.
error-sync-key-damaged = Der gespeicherte Abgleichsschlüssel ist beschädigt. Schalten Sie den Abgleich aus und treten Sie mit dem Kopplungscode neu bei.
error-sync-signing-key-damaged = Der Signaturschlüssel dieses Computers fehlt oder ist beschädigt. Schalten Sie den Abgleich aus und treten Sie mit dem Kopplungscode neu bei.
error-sync-off-no-code = Der Abgleich ist aus, also gibt es keinen Kopplungscode.
error-sync-file-too-large = Die Änderungen dieses Computers ergäben eine Änderungsdatei über den { $mib } MiB, die die anderen lesen würden; es wurde nichts geschrieben.
error-sync-unknown-table = { $table } ist keine abgeglichene Tabelle.
error-sync-already-on = Der Abgleich ist schon an, mit dem Ordner { $folder }. Um einen anderen Ordner zu nutzen, schalten Sie den Abgleich zuerst aus.
error-sync-folder-has-shop = In { $folder } liegen schon die Änderungsdateien eines Geschäfts. Um diesem Geschäft beizutreten, geben Sie den Kopplungscode ein, der auf einem seiner Computer angezeigt wird; um neu anzufangen, wählen Sie einen leeren Ordner.
error-sync-off = Der Abgleich ist aus. Schalten Sie ihn zuerst ein.
error-date-not-in-format = „{ $text }“ ist kein Datum im Format { $format }.
error-date-like-with-time = „{ $text }“ ist kein Datum wie 2024-03-31 oder 2024-03-31 14:05.
error-not-an-id = „{ $text }“ ist keine Kennung { $what ->
        [customer] eines Kunden
        [preference] einer Vorliebe
        [product] eines Artikels
        [purchase] eines Einkaufs
        [consent-entry] eines Einwilligungs-Eintrags
        [contact] eines Kontakts
        [household-link] einer Haushalts-Verknüpfung
        [promise] eines Versprechens
        [import] eines Imports
       *[other] eines Eintrags
    }.
error-not-a-known = „{ $text }“ ist kein bekannter Wert für { $field ->
        [reason] den Grund
        [kind] die Art
        [relation] die Beziehung
        [channel] den Weg
        [purpose] den Zweck
        [state] den Stand
        [status] den Status
        [sort] die Sortierung
        [messages] die Nachrichten
        [category] die Kategorie
        [source] die Quelle
       *[other] { $field }
    }; verwenden Sie einen von: { $names }.
error-vcard-line-too-long = In dieser vCard-Datei ist Zeile { $line } länger als { $mib } MiB, das Höchste, was eine Zeile außer einem Foto enthalten darf. Es wurde nichts importiert.
error-currency-file-shop-import = { $purchases ->
        [0] Die Datei ist in { $file }, das Geschäft in { $shop }. Importieren Sie nur Dateien in der Währung des Geschäfts (ein neues Geschäft übernimmt die Währung der Datei, wenn die Datei genau eine nennt).
       *[other] Die Datei ist in { $file }, das Geschäft in { $shop }. Importieren Sie nur Dateien in der Währung des Geschäfts.
    }
error-line-total-mismatch = Die Zeilensumme { $given } passt nicht zu { $quantity } × { $unit_price } = { $total }.
error-line-total-mismatch-discount = Die Zeilensumme { $given } passt nicht zu { $quantity } × { $unit_price } − { $discount } = { $total }.
error-unit-price-times-quantity = Stückpreis { $unit } mal Menge { $quantity } ergibt { $expected }, aber die Zeilensumme ist { $total }.
error-unit-price-times-quantity-discount = Stückpreis { $unit } mal Menge { $quantity } abzüglich Rabatt { $discount } ergibt { $expected }, aber die Zeilensumme ist { $total }.
error-location = Shopkeeper konnte seine Datendatei unter { $path } nicht öffnen: { $reason }. Wählen Sie einen Ordner, in den Sie schreiben dürfen.
error-too-new = Dieses Geschäft wurde von einer neueren Shopkeeper-Version gespeichert (Datenversion { $found }, diese Version liest bis { $supported }). Bitte aktualisieren Sie Shopkeeper.
error-migration = Shopkeeper konnte die Daten dieses Geschäfts nicht von Version { $from } auf Version { $to } umstellen und hat die Datei deshalb genau so gelassen, wie sie war. Bitte bewahren Sie die Datei auf und melden Sie das Problem; die vorige Shopkeeper-Version öffnet sie weiterhin.
error-no-shop = Unter { $path } gibt es kein Geschäft.
error-storage = Die Daten des Geschäfts konnten nicht gelesen oder geschrieben werden. Ihre Daten wurden nicht verändert.
error-vault-wrong-passphrase = Die Passphrase stimmt nicht. Es wurde nichts geändert.
error-vault-recovery-key-typo = Der Wiederherstellungsschlüssel enthält einen Tippfehler. Bitte prüfen Sie jede Zeichengruppe.
error-vault-not-a-vault = Diese Datei ist kein Shopkeeper-Tresor.
error-vault-newer-version = Dieser Tresor wurde von einer neueren Shopkeeper-Version angelegt.
error-vault-damaged = Diese Datei ist beschädigt oder wurde manipuliert.
error-vault-kdf-out-of-bounds = Dieser Tresor verlangt Entsperr-Einstellungen außerhalb der Grenzen; er wurde möglicherweise manipuliert.
error-vault-already-exists = Dort liegt schon eine Datei; Shopkeeper überschreibt sie nicht.
error-vault-bad-path = Diesen Speicherort kann Shopkeeper nicht verwenden.
error-vault-io = Die Tresordatei konnte nicht gelesen oder geschrieben werden: { $reason }
error-vault-sqlite = Die Datenbank im Tresor hat ein Problem gemeldet: { $reason }
error-backup-not-a-backup = Diese Datei ist keine Shopkeeper-Sicherung, oder sie wurde beim Kopieren beschädigt. Versuchen Sie eine andere Kopie.
error-backup-newer-version = Diese Sicherung wurde von einer neueren Shopkeeper-Version erstellt. Aktualisieren Sie Shopkeeper, um sie zu öffnen.
error-backup-wrong-passphrase = Die Passphrase passt nicht zu dieser Sicherung.
error-backup-wrong-recovery-key = Der Wiederherstellungsschlüssel passt nicht zu dieser Sicherung.
error-backup-no-recovery-slot = Diese Sicherung wurde ohne Wiederherstellungsschlüssel erstellt. Verwenden Sie stattdessen ihre Passphrase.
error-backup-invalid-recovery-key = Der Wiederherstellungsschlüssel hat die falsche Länge.
error-backup-kdf-out-of-bounds = Diese Sicherung verlangt Entsperr-Einstellungen außerhalb der Grenzen; sie wurde möglicherweise manipuliert.
error-backup-truncated = Diese Sicherung ist unvollständig: Sie endet zu früh, als wäre die Sicherung oder eine Kopie davon unterbrochen worden. Versuchen Sie eine andere Kopie.
error-backup-damaged = Diese Sicherung ist beschädigt: Teile des Inhalts wurden verändert oder fehlen. Versuchen Sie eine andere Kopie.
error-backup-already-exists = Dort liegt schon eine Datei; Shopkeeper überschreibt sie nicht.
error-backup-bad-path = Dieser Speicherort kann nicht für eine Sicherung verwendet werden.
error-backup-target-not-empty = Die Datenbank, in die wiederhergestellt werden soll, ist nicht leer; Shopkeeper stellt nur in eine neue, leere Datenbank wieder her.
error-backup-page-size-mismatch = Die neue Datenbank wurde so angelegt, dass sie nicht zu dieser Sicherung passt (andere Seitengröße).
error-backup-restore-check-failed = Die wiederhergestellte Datenbank hat die Prüfung nicht bestanden. Die Sicherung stammt vielleicht aus einem beschädigten Geschäft; arbeiten Sie mit dem jetzigen weiter.
error-backup-busy = Die Datenbank des Geschäfts ist gerade beschäftigt; versuchen Sie die Sicherung gleich noch einmal.
error-backup-io = Die Sicherungsdatei konnte nicht gelesen oder geschrieben werden: { $reason }
error-backup-sqlite = Die Datenbank des Geschäfts hat ein Problem gemeldet: { $reason }
error-summary-no-customers = Es gibt keinen Kunden für das Kundenblatt.
error-summary-main-font-missing = Die Hauptschrift für das Kundenblatt ist nicht installiert (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-fonts).
error-summary-arabic-font-missing = Die Schrift für arabische Namen ist nicht installiert (Debian, Ubuntu: fonts-noto-core; Fedora: google-noto-sans-arabic-fonts).
error-summary-cjk-font-missing = Die Schrift für chinesische, japanische und koreanische Namen ist nicht installiert (Debian, Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts).
error-summary-font-unreadable = Die Schriftdatei { $path } konnte nicht gelesen werden. Installieren Sie das Paket, aus dem sie stammt, neu.
error-summary-pdf = Das PDF konnte nicht geschrieben werden ({ $reason }). Das ist ein Fehler in Shopkeeper; bitte melden Sie ihn.
error-not-chosen = Shopkeeper speichert nur in eine Datei, die Sie gerade im Speichern-Dialog gewählt haben. Wählen Sie den Speicherort bitte noch einmal.
error-too-many-tries = Zu viele falsche Versuche. Versuchen Sie es in { $seconds } Sekunden wieder.
error-desk-locked = Shopkeeper ist gesperrt. Entsperren Sie es mit Ihrer Passphrase.
error-desk-in-customer-view = Der Bildschirm ist in der Kundenansicht. Der Inhaber muss ihn zuerst entsperren.
error-desk-customer-view-ended = Vielen Dank. Bitte geben Sie den Bildschirm dem Geschäft zurück.
error-desk-customer-view-off = Die Kundenansicht ist nicht an.
error-desk-wrong-secret = Das ist weder die PIN noch die Passphrase des Inhabers.
error-desk-demo-without-pin = Nach der Kundenansicht gibt nur die PIN oder Passphrase des Inhabers den Bildschirm zurück, und das Demo-Geschäft hat keine von beiden. Probieren Sie die Kundenansicht in Ihrem eigenen Geschäft aus.
error-desk-suggestion-gone = Dieser Vorschlag steht nicht mehr auf der Liste. Öffnen Sie „Heute“ erneut, um die aktuellen zu sehen.
error-desk-no-restored-copy = Es gibt keine wiederhergestellte Kopie, zu der gewechselt werden kann. Stellen Sie zuerst eine Sicherung wieder her.
error-desk-backup-busy = Es wird schon eine Sicherung erstellt. Sie ist gleich fertig.
error-not-days = „{ $text }“ ist keine Anzahl von Tagen; schreiben Sie sie etwa als 30.
error-place-unusable = Shopkeeper kann diesen Ort nicht verwenden: { $reason }. Wählen Sie eine Datei auf diesem Computer.
error-contact-app = Das Programm für diesen Link konnte nicht geöffnet werden ({ $reason }). Kopieren Sie die Nachricht stattdessen.
error-work-stopped = Die Arbeit wurde unerwartet abgebrochen: { $reason }
error-preferred-days-day = „{ $day }“ ist kein Wochentag.
error-not-found-there-import-see = es gibt keinen Import { $id } (siehe `shopkeeper import list`)
error-folder-choose-folder-backups = Wählen Sie zuerst einen Ordner für Sicherungen (am besten ein USB-Stick oder ein anderes Laufwerk).
error-folder-choose-shared-folder = Wählen Sie den gemeinsamen Ordner (einen, den Syncthing, Nextcloud, Dropbox oder ein NAS zwischen Ihren Computern kopiert).
error-path-file-could-opened = Die Datei { $path } konnte nicht geöffnet werden: { $e }.

## Personal an der Theke
error-staff-wrong-pin = Diese PIN stimmt nicht. Versuchen Sie es noch einmal oder lassen Sie sich vom Inhaber eine neue geben.
error-not-found-staff = Diese Person gehört nicht zum Personal.
error-not-found-staff-named = Niemand im Personal heißt „{ $name }“. Der Inhaber kann die Person unter Einstellungen → Personal hinzufügen.
error-staff-pin-short = Eine PIN für das Personal braucht mindestens { $min } Ziffern.
error-staff-colour = „{ $text }“ ist keine Farbe; schreiben Sie sie wie #3a7d5c.
error-staff-initials = Initialen sind ein bis vier Buchstaben.
error-staff-name-taken = Im Personal heißt schon jemand „{ $name }“; ergänzen Sie einen Nachnamen oder eine Initiale.
error-not-allowed = { $permission ->
    [export-many] Viele Kunden auf einmal exportieren oder drucken
    [erase] Kunden löschen
    [restore] Eine Sicherung wiederherstellen oder eine Datei importieren
    [settings] Die Einstellungen des Geschäfts ändern
    [vault] Passphrase, Wiederherstellungsschlüssel oder Inhaber-PIN ändern
    [staff] Personal hinzufügen oder ändern
    [sync] Die Synchronisierung ein- oder ausschalten
   *[counter] Das
} ist für die Rolle { $role ->
    [manager] Leitung
   *[staff] Personal
} nicht vorgesehen. Bitten Sie den Inhaber, es zu tun oder Ihnen eine andere Rolle zu geben.

## Staff at the counter: the app
error-staff-ask-minutes = Die Frage, wer an der Kasse steht, lässt sich auf 1 bis { $max } Minuten einstellen oder ausschalten.
