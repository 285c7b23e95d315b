# Lo que la línea de órdenes añade a un error.
cli-hint-no-shop = Crea una primero (shopkeeper vault init) o elige otro archivo con --vault.
cli-hint-map-column = Indica la columna con --map COLUMNA={ $field }.
cli-hint-date-order = Indícalo con --date-order dmy o --date-order mdy.
cli-hint-sync-on = Actívala con: shopkeeper sync enable --folder CARPETA
cli-hint-sync-off = Desactívala con: shopkeeper sync disable
cli-hint-sync-join = Para unirte: shopkeeper sync enable --folder CARPETA --join CÓDIGO
