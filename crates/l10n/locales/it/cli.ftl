# Ciò che la riga di comando aggiunge a un errore.
cli-hint-no-shop = Creane prima uno (shopkeeper vault init) oppure scegli un altro file con --vault.
cli-hint-map-column = Indica la colonna con --map COLONNA={ $field }.
cli-hint-date-order = Indicalo con --date-order dmy o --date-order mdy.
cli-hint-sync-on = Attivala con: shopkeeper sync enable --folder CARTELLA
cli-hint-sync-off = Disattivala con: shopkeeper sync disable
cli-hint-sync-join = Per unirti: shopkeeper sync enable --folder CARTELLA --join CODICE
