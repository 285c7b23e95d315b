# The morning digest: a notification after the first unlock of the day.
# Only counts, never a customer's name: a notification may show on the
# lock screen.

digest-title = Buenos días
# $n: how many follow-ups Today lists.
digest-follow-ups = { $n ->
        [one] { $n } seguimiento en Hoy
       *[other] { $n } seguimientos en Hoy
    }
# $n: birthdays and other important dates falling today.
digest-occasions = { $n ->
        [one] { $n } cumpleaños o día especial hoy
       *[other] { $n } cumpleaños o días especiales hoy
    }
# $n: promised follow-ups due today or overdue.
digest-promises = { $n ->
        [one] { $n } promesa pendiente
       *[other] { $n } promesas pendientes
    }
digest-backup-due = copia de seguridad pendiente
# One more item at the end of the list: $list is the list so far.
digest-list = { $list }, { $item }
