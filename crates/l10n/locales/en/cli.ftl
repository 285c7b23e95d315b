# The command line's own words: what it adds to an error (the command or
# flag that takes the step the owner is asked for).
cli-hint-no-shop = Create one first (shopkeeper vault init), or choose another file with --vault.
cli-hint-map-column = Use --map COLUMN={ $field } to say which column it is.
cli-hint-date-order = Say which with --date-order dmy or --date-order mdy.
cli-hint-sync-on = Turn it on with: shopkeeper sync enable --folder DIR
cli-hint-sync-off = Turn it off with: shopkeeper sync disable
cli-hint-sync-join = To join: shopkeeper sync enable --folder DIR --join CODE
