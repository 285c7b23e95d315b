# The morning digest: a notification after the first unlock of the day.
# Only counts, never a customer's name: a notification may show on the
# lock screen.

digest-title = Bonjour
# $n: how many follow-ups Today lists.
digest-follow-ups = { $n ->
        [one] { $n } suivi dans Aujourd’hui
       *[other] { $n } suivis dans Aujourd’hui
    }
# $n: birthdays and other important dates falling today.
digest-occasions = { $n ->
        [one] { $n } anniversaire ou jour spécial aujourd’hui
       *[other] { $n } anniversaires ou jours spéciaux aujourd’hui
    }
# $n: promised follow-ups due today or overdue.
digest-promises = { $n ->
        [one] { $n } promesse à tenir
       *[other] { $n } promesses à tenir
    }
digest-backup-due = sauvegarde à faire
# One more item at the end of the list: $list is the list so far.
digest-list = { $list }, { $item }
