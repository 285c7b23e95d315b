# Was die Kommandozeile einem Fehler hinzufügt.
cli-hint-no-shop = Legen Sie zuerst einen an (shopkeeper vault init) oder wählen Sie mit --vault eine andere Datei.
cli-hint-map-column = Sagen Sie mit --map SPALTE={ $field }, welche Spalte es ist.
cli-hint-date-order = Sagen Sie es mit --date-order dmy oder --date-order mdy.
cli-hint-sync-on = Einschalten mit: shopkeeper sync enable --folder ORDNER
cli-hint-sync-off = Ausschalten mit: shopkeeper sync disable
cli-hint-sync-join = Beitreten mit: shopkeeper sync enable --folder ORDNER --join CODE
