# The morning digest: a notification after the first unlock of the day.
# Only counts, never a customer's name: a notification may show on the
# lock screen.

digest-title = Buongiorno
# $n: how many follow-ups Today lists.
digest-follow-ups = { $n ->
        [one] { $n } contatto da fare in Oggi
       *[other] { $n } contatti da fare in Oggi
    }
# $n: birthdays and other important dates falling today.
digest-occasions = { $n ->
        [one] { $n } compleanno o giorno speciale oggi
       *[other] { $n } compleanni o giorni speciali oggi
    }
# $n: promised follow-ups due today or overdue.
digest-promises = { $n ->
        [one] { $n } promessa in scadenza
       *[other] { $n } promesse in scadenza
    }
digest-backup-due = backup da fare
# One more item at the end of the list: $list is the list so far.
digest-list = { $list }, { $item }
